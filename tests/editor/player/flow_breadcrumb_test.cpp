// The player names the flow a detour took the walk into ("in: TITLE") and not the first one.
#include "heartflow/loader.h"
#include "heartflow/session.h"
#include "player/flow_breadcrumb.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <unistd.h>

using namespace heartflow;
namespace fs = std::filesystem;

namespace {

constexpr const char* kFirst = R"(
[flow]
id = "first"
title = "Heart of It"
start = "go"
format = 2

[[node]]
id = "go"
kind = "detour"
flow = "talk.toml"
next = "done"

[[node]]
id = "done"
kind = "ending"
text = "Done."
)";

constexpr const char* kTalk = R"(
[flow]
id = "talk"
title = "Preparing a Mutual Support Conversation"
start = "ready"

[[node]]
id = "ready"
kind = "ending"
text = "Ready."
)";

} // namespace

TEST_CASE("a step of a flow a detour opened is named 'in: its title'; the first flow's is not") {
    std::string pattern = (fs::temp_directory_path() / "heartflow-crumb-XXXXXX").string();
    const fs::path dir = ::mkdtemp(pattern.data());
    std::ofstream(dir / "first.toml") << kFirst;
    std::ofstream(dir / "talk.toml") << kTalk;
    const LoadedFlow loaded = load_flow_file(dir / "first.toml");
    REQUIRE(loaded.ok());
    Session session(loaded.program);
    REQUIRE(session.start() == SessionError::ok);
    REQUIRE(session.current().has_value());
    CHECK(player::other_flow_words(*loaded.program, *session.current()) ==
          "in: Preparing a Mutual Support Conversation");
    REQUIRE(session.choose(1) == SessionError::ok);
    REQUIRE(session.current().has_value());
    CHECK(player::other_flow_words(*loaded.program, *session.current()).empty());
    fs::remove_all(dir);
}

// Flows that open other flows: detours come back, hand-overs go on for good; checked together,
// walked, tested, saved and resumed across both files.
#include "test_support.h"

#include <heartflow/session.h>
#include <heartflow/walk.h>

#include <fstream>

#include <unistd.h>

using namespace heartflow;
using heartflow::testing::describe_all;
using heartflow::testing::has_diagnostic;

namespace {

// A fresh folder of flow files, removed at the end of the test.
struct FlowFolder {
    std::filesystem::path path = std::filesystem::temp_directory_path() /
                                 ("heartflow-detour-" + std::to_string(::getpid()) + "-" +
                                  std::to_string(reinterpret_cast<std::uintptr_t>(this)));
    FlowFolder() { std::filesystem::create_directories(path); }
    ~FlowFolder() { std::filesystem::remove_all(path); }
    std::filesystem::path write(const std::string& name, std::string_view text) const {
        std::ofstream(path / name) << text;
        return path / name;
    }
};

// The first flow: line 11 is the detour's `flow`, line 22 its `next`'s step.
constexpr std::string_view kFirst = R"([flow]
id = "first"
title = "First"
start = "hello"
help = "help"
format = 2

[[node]]
id = "to_b"
kind = "detour"
flow = "b.toml"
next = "back"

[[node]]
id = "hello"
kind = "question"
text = "Hello"
  [[node.choice]]
  label = "Go to B"
  goto = "to_b"

[[node]]
id = "back"
kind = "prompt"
text = "Back in the first flow"
next = "done"

[[node]]
id = "done"
kind = "ending"
text = "Bye"

[[node]]
id = "help"
kind = "ending"
text = "Help here"
)";

// The flow it opens; it has its own variable `n`, also named as in the first flow's tests.
constexpr std::string_view kB = R"([flow]
id = "b"
title = "B"
start = "b1"

[vars]
n = 0

[[node]]
id = "b1"
kind = "reflection"
text = "In B"
next = "b2"
set = { n = "n + 1" }

[[node]]
id = "b2"
kind = "ending"
text = "B ends"
)";

LoadedFlow load_pair(const FlowFolder& folder, std::string_view first = kFirst,
                     std::string_view b = kB) {
    folder.write("b.toml", b);
    return load_flow_file(folder.write("first.toml", first));
}

std::string replaced(std::string_view text, std::string_view from, std::string_view to) {
    std::string out(text);
    out.replace(out.find(from), from.size(), to);
    return out;
}

} // namespace

TEST_CASE("a detour walks into the other flow and, at its ending, comes back to next") {
    FlowFolder folder;
    LoadedFlow loaded = load_pair(folder);
    INFO(describe_all(loaded.diagnostics));
    REQUIRE(loaded.ok());
    Session s(loaded.program);
    REQUIRE(s.start() == SessionError::ok);
    REQUIRE(s.choose(1) == SessionError::ok);
    CHECK(s.program().step_ref(*s.current()) == "b.toml:b1");
    CHECK(s.current_flow().info.id == "b");
    CHECK(s.current_text() == "In B");
    REQUIRE(s.choose(1) == SessionError::ok);
    CHECK(s.program().step_ref(*s.current()) == "b.toml:b2");
    CHECK(s.status() == SessionStatus::at_node); // an ending of the other flow is not the end
    REQUIRE(s.choices().size() == 1);
    CHECK(s.choices().front().label == "Continue");
    REQUIRE(s.choose(1) == SessionError::ok);
    CHECK(s.program().step_ref(*s.current()) == "back");
    CHECK(s.current_flow().info.id == "first");
    REQUIRE(s.back() == SessionError::ok);
    CHECK(s.program().step_ref(*s.current()) == "b.toml:b2");
    REQUIRE(s.choose(1) == SessionError::ok);
    REQUIRE(s.choose(1) == SessionError::ok);
    CHECK(s.status() == SessionStatus::finished);
    CHECK(s.variable("b.toml:n") == Value{std::int64_t{1}});
}

TEST_CASE("a hand-over goes on in the other flow for good: its ending ends the walk") {
    FlowFolder folder;
    std::string first =
        replaced(replaced(kFirst, "\"detour\"", "\"handover\""), "next = \"back\"\n", "");
    LoadedFlow loaded = load_pair(folder, first);
    INFO(describe_all(loaded.diagnostics));
    REQUIRE(loaded.ok());
    Session s(loaded.program);
    REQUIRE(s.start() == SessionError::ok);
    REQUIRE(s.choose(1) == SessionError::ok);
    REQUIRE(s.choose(1) == SessionError::ok);
    CHECK(s.program().step_ref(*s.current()) == "b.toml:b2");
    CHECK(s.status() == SessionStatus::finished);
}

TEST_CASE("the other flow is checked with the first: missing file, unknown step, a circle") {
    FlowFolder folder;
    SUBCASE("a file that cannot be opened is located at its flow key") {
        auto loaded = load_flow_file(folder.write("first.toml", kFirst));
        INFO(describe_all(loaded.diagnostics));
        CHECK(has_diagnostic(loaded.diagnostics, DiagCode::missing_flow, 11, 8));
        CHECK_FALSE(loaded.ok());
    }
    SUBCASE("an at that names no step of the other flow") {
        auto loaded =
            load_pair(folder, replaced(kFirst, "next = \"back\"", "next = \"back\"\nat = \"b9\""));
        INFO(describe_all(loaded.diagnostics));
        CHECK(has_diagnostic(loaded.diagnostics, DiagCode::unknown_flow_step, 13, 6));
    }
    SUBCASE("flows that detour into each other") {
        std::string b =
            replaced(kB, "id = \"b2\"\nkind = \"ending\"\ntext = \"B ends\"",
                     "id = \"b2\"\nkind = \"detour\"\nflow = \"first.toml\"\nnext = "
                     "\"b3\"\n\n[[node]]\nid = \"b3\"\nkind = \"ending\"\ntext = \"e\"");
        b = replaced(b, "title = \"B\"", "title = \"B\"\nformat = 2");
        auto loaded = load_pair(folder, kFirst, b);
        INFO(describe_all(loaded.diagnostics));
        CHECK(has_diagnostic(loaded.diagnostics, DiagCode::detour_cycle, 11, 8));
        CHECK_FALSE(loaded.ok());
    }
    SUBCASE("an error of the other flow is told at its own file, line and column") {
        auto loaded = load_pair(folder, kFirst, replaced(kB, "next = \"b2\"", "next = \"b7\""));
        INFO(describe_all(loaded.diagnostics));
        REQUIRE(has_diagnostic(loaded.diagnostics, DiagCode::unknown_target, 13, 8));
        for (const Diagnostic& d : loaded.diagnostics)
            if (d.code == DiagCode::unknown_target)
                CHECK(d.file == (folder.path / "b.toml").string());
    }
    SUBCASE("a flow that is only text has no folder to open others from") {
        auto loaded = load_flow_text(kFirst);
        CHECK(has_diagnostic(loaded.diagnostics, DiagCode::missing_flow, 11, 8));
    }
    SUBCASE("a format 1 file gets the needs-format-2 diagnostic") {
        auto loaded = load_pair(folder, replaced(kFirst, "format = 2\n", ""));
        CHECK(has_diagnostic(loaded.diagnostics, DiagCode::needs_format_2, 7, 1));
    }
    SUBCASE("a detour without next has no way out; flow on another kind is misplaced") {
        auto loaded = load_pair(folder, replaced(kFirst, "next = \"back\"\n", ""));
        CHECK(has_diagnostic(loaded.diagnostics, DiagCode::no_way_out, 8, 1));
        auto misplaced = load_pair(
            folder, replaced(kFirst, "text = \"Bye\"", "text = \"Bye\"\nflow = \"b.toml\""));
        CHECK(has_diagnostic(misplaced.diagnostics, DiagCode::misplaced_field, 32, 8));
    }
}

TEST_CASE("trap and unreachable analysis treat a detour as going on to its next") {
    FlowFolder folder;
    LoadedFlow loaded = load_pair(folder);
    CHECK(loaded.diagnostics.empty()); // 'back' is reached only through the detour
}

TEST_CASE("a walk saved inside the other flow resumes there, across both files") {
    FlowFolder folder;
    LoadedFlow loaded = load_pair(folder);
    REQUIRE(loaded.ok());
    Session s(loaded.program);
    REQUIRE(s.start() == SessionError::ok);
    REQUIRE(s.choose(1) == SessionError::ok);
    REQUIRE(s.set_journal("my words") == SessionError::ok);
    REQUIRE(s.choose(1) == SessionError::ok);
    const std::string saved = encode_session(s.snapshot());
    CHECK(saved.find("version = " + std::to_string(kSessionSaveVersion)) != std::string::npos);
    CHECK(saved.find("flow = \"b.toml\"") != std::string::npos);
    CHECK(saved.find("\"b.toml:b1\" = \"my words\"") != std::string::npos);
    auto decoded = decode_session(saved);
    REQUIRE(std::holds_alternative<SessionSnapshot>(decoded));
    Session resumed(loaded.program);
    REQUIRE(resumed.restore(std::get<SessionSnapshot>(decoded)) == SessionError::ok);
    CHECK(resumed.program().step_ref(*resumed.current()) == "b.toml:b2");
    CHECK(resumed.variable("b.toml:n") == Value{std::int64_t{1}});
    CHECK(resumed.journal(*resumed.program().find_step("b.toml:b1")) == "my words");
    REQUIRE(resumed.choose(1) == SessionError::ok); // the way back was rebuilt by the replay
    CHECK(resumed.program().step_ref(*resumed.current()) == "back");
}

TEST_CASE("a version 2 save still loads and resumes") {
    FlowFolder folder;
    LoadedFlow loaded = load_pair(folder);
    REQUIRE(loaded.ok());
    auto decoded = decode_session(R"(version = 2
flow = "first"
status = "at_node"
started_at_ms = 5

[vars]

[journal]

[[step]]
node = "hello"
at_ms = 5
)");
    REQUIRE(std::holds_alternative<SessionSnapshot>(decoded));
    Session s(loaded.program);
    REQUIRE(s.restore(std::get<SessionSnapshot>(decoded)) == SessionError::ok);
    CHECK(s.program().step_ref(*s.current()) == "hello");
}

TEST_CASE("help inside the other flow goes to its help step, else to the first flow's") {
    FlowFolder folder;
    LoadedFlow loaded = load_pair(folder);
    REQUIRE(loaded.ok());
    Session s(loaded.program);
    REQUIRE(s.start() == SessionError::ok);
    REQUIRE(s.choose(1) == SessionError::ok);
    CHECK(s.help_step() == loaded.program->find("help"));
    std::string b = replaced(kB, "start = \"b1\"", "start = \"b1\"\nhelp = \"b2\"");
    LoadedFlow own = load_pair(folder, kFirst, b);
    REQUIRE(own.ok());
    Session t(own.program);
    REQUIRE(t.start() == SessionError::ok);
    REQUIRE(t.choose(1) == SessionError::ok);
    CHECK(t.help_step() == own.program->find_step("b.toml:b2"));
    REQUIRE(t.jump_to(*t.help_step()) == SessionError::ok);
    CHECK(t.on_help_path());
}

TEST_CASE("walks and tests follow a detour; a test can name a step of the other flow") {
    FlowFolder folder;
    std::string first = std::string(kFirst) + R"(
[[test]]
name = "into B"
choose = [1]
reach = "b.toml:b1"
answers = { "b.toml:b1" = "typed" }

[[test]]
name = "and back"
choose = [1, 1, "Continue"]
reach = "back"
)";
    LoadedFlow loaded = load_pair(folder, first);
    INFO(describe_all(loaded.diagnostics));
    REQUIRE(loaded.ok());
    Session s(loaded.program);
    const std::vector<TestStep> steps = {{1, {}}, {1, {}}, {1, {}}};
    WalkOutcome outcome = walk(s, steps);
    REQUIRE_FALSE(outcome.error);
    std::vector<std::string> entered;
    for (NodeIndex n : outcome.entered)
        entered.push_back(loaded.program->step_ref(n));
    CHECK(entered == std::vector<std::string>{"hello", "to_b", "b.toml:b1", "b.toml:b2", "back"});
    TestReport report = run_flow_tests(loaded.program);
    CHECK(report.passed == 2);
    CHECK(report.failures.empty());
    auto bad = load_pair(folder, replaced(first, "reach = \"b.toml:b1\"", "reach = \"b.toml:zz\""));
    CHECK(has_diagnostic(bad.diagnostics, DiagCode::bad_test, 41, 9));
}

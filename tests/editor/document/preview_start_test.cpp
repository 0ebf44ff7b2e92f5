// Play from here: the walk starts at the node, with the variables the shortest walk there has.
#include "document/preview_start.h"
#include "document/validation.h"
#include "editor_test_flows.h"
#include "heartflow/session.h"

#include <doctest/doctest.h>

using namespace heartflow;
using namespace heartflow::editor;
using heartflow::editor::test::must_parse;

namespace {

constexpr std::string_view kCounting = R"(
[flow]
id = "counting"
title = "Counting"
start = "start"

[vars]
count = 0
mood = ""

[[node]]
id = "start"
kind = "question"
text = "Pick"
set = { count = "count + 1" }

  [[node.choice]]
  label = "Low"
  goto = "middle"
  set = { mood = "'low'" }

  [[node.choice]]
  label = "Hidden"
  goto = "far"
  when = "count > 5"

[[node]]
id = "middle"
kind = "prompt"
text = "Middle"
set = { count = "count + 10" }
next = "far"

[[node]]
id = "far"
kind = "ending"
text = "Far"

[[node]]
id = "island"
kind = "ending"
text = "No way here"
)";

std::shared_ptr<const Program> program_of(std::string_view text) {
    Validation v = validate_for_editor(must_parse(text));
    REQUIRE(v.program != nullptr);
    return v.program;
}

std::optional<Value> variable_at(const std::shared_ptr<const Program>& p, std::string_view node,
                                 std::string_view name) {
    Session session(p);
    REQUIRE(session.restore(preview_start(p, *p->find(node))) == SessionError::ok);
    CHECK(session.program().node(*session.current()).id.value == node);
    CHECK(session.path().size() == 1);
    return session.variable(name);
}

} // namespace

TEST_CASE("play from here starts at the node with the variables of the shortest walk there") {
    const auto p = program_of(kCounting);
    CHECK(variable_at(p, "start", "count") == Value{std::int64_t{1}});
    CHECK(variable_at(p, "middle", "count") == Value{std::int64_t{11}});
    CHECK(variable_at(p, "middle", "mood") == Value{std::string("low")});
}

TEST_CASE("a step hidden by its condition is still taken, without its choice's effects") {
    const auto p = program_of(kCounting);
    // The shortest way to 'far' is the hidden choice from the start.
    CHECK(variable_at(p, "far", "count") == Value{std::int64_t{1}});
    CHECK(variable_at(p, "far", "mood") == Value{std::string("")});
}

TEST_CASE("a node no walk reaches starts with the initial values") {
    Validation v = validate_for_editor(must_parse(kCounting));
    REQUIRE(v.program != nullptr);
    CHECK(variable_at(v.program, "island", "count") == Value{std::int64_t{0}});
}

TEST_CASE("back from the first node of play from here goes nowhere") {
    const auto p = program_of(kCounting);
    Session session(p);
    REQUIRE(session.restore(preview_start(p, *p->find("middle"))) == SessionError::ok);
    CHECK(session.back() == SessionError::at_start);
    REQUIRE(session.choose(1) == SessionError::ok);
    CHECK(session.program().node(*session.current()).id.value == "far");
}

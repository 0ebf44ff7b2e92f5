// Tests of flow format 2: conditional and plural text, routes, visit counts, and their saving.
#include "test_support.h"

#include <heartflow/flow_text.h>
#include <heartflow/session.h>
#include <heartflow/walk.h>
#include <heartflow/writer.h>

using namespace heartflow;
using namespace heartflow::testing;

namespace {

constexpr std::string_view kHeader2 = R"([flow]
id = "t"
title = "T"
start = "a"
format = 2
)";

std::string v2(std::string_view rest) {
    return std::string(kHeader2) + std::string(rest);
}

// A format 1 flow whose one node, an ending, has `text_line` as its line 8.
std::string flow_with_header_1(std::string_view text_line) {
    return std::string(kHeader) + "[[node]]\nid = \"a\"\nkind = \"ending\"\n" +
           std::string(text_line);
}

// A format 2 flow: a question (line 6) leading to route r (from line 13) whose choices are
// `route_choices`, and the endings e1 and e2.
std::string with_route(std::string_view route_choices) {
    return v2(R"([[node]]
id = "a"
kind = "question"
text = "t"
  [[node.choice]]
  label = "go"
  goto = "r"
[[node]]
id = "r"
kind = "route"
)") + std::string(route_choices) +
           R"([[node]]
id = "e1"
kind = "ending"
text = "one"
[[node]]
id = "e2"
kind = "ending"
text = "two"
)";
}

// A loop: "again" comes back to a, and a route sends the second "again" to the end.
constexpr std::string_view kLoop = R"(
[vars]
feeling = ""

[[node]]
id = "a"
kind = "question"
text = "{if visits(a) > 1: Again|First}, {plural visits(a): once|# times}."

  [[node.choice]]
  label = "Again{if feeling != '':  ({feeling})}"
  goto = "check"
  set = { feeling = "'tight'" }

[[node]]
id = "check"
kind = "route"
title = "Third time?"

  [[node.choice]]
  label = "three visits"
  goto = "end"
  when = "visits(a) >= 2"

  [[node.choice]]
  goto = "a"

[[node]]
id = "end"
kind = "ending"
text = "Done after {plural visits(check): # route|# routes}."
)";

} // namespace

TEST_CASE("conditional and plural text render from values and visit counts") {
    REQUIRE_LOADS(loaded, v2(kLoop));
    Session s(loaded.program);
    REQUIRE(s.start() == SessionError::ok);
    CHECK(s.current_text() == "First, once.");
    CHECK(s.choices().front().label == "Again");
    REQUIRE(s.choose(1) == SessionError::ok);
    CHECK(s.current_text() == "Again, 2 times.");
    CHECK(s.choices().front().label == "Again (tight)");
    REQUIRE(s.choose(1) == SessionError::ok);
    CHECK(s.program().node(*s.current()).id.value == "end");
    CHECK(s.current_text() == "Done after 2 routes.");
}

TEST_CASE(
    "a route is passed through: never the current step, kept in the step's via, undone by back") {
    REQUIRE_LOADS(loaded, v2(kLoop));
    Session s(loaded.program);
    REQUIRE(s.start() == SessionError::ok);
    REQUIRE(s.choose(1) == SessionError::ok);
    REQUIRE(s.path().size() == 2);
    CHECK(s.program().node(s.path()[1].node).id.value == "a");
    REQUIRE(s.path()[1].via.size() == 1);
    CHECK(s.program().node(s.path()[1].via[0]).id.value == "check");
    REQUIRE(s.back() == SessionError::ok);
    CHECK(s.current_text() == "First, once.");
    CHECK(*s.variable("feeling") == Value{std::string()});
}

TEST_CASE("visit counts are saved, and a save without them resumes by replaying the path") {
    REQUIRE_LOADS(loaded, v2(kLoop));
    Session s(loaded.program);
    REQUIRE(s.start() == SessionError::ok);
    REQUIRE(s.choose(1) == SessionError::ok);
    SessionSnapshot snap = s.snapshot();
    std::string saved = encode_session(snap);
    CHECK(saved.find("version = " + std::to_string(kSessionSaveVersion)) != std::string::npos);
    CHECK(saved.find("[visits]\na = 2\ncheck = 1\n") != std::string::npos);
    auto decoded = decode_session(saved);
    REQUIRE(std::holds_alternative<SessionSnapshot>(decoded));
    CHECK(std::get<SessionSnapshot>(decoded) == snap);

    Session resumed(loaded.program);
    REQUIRE(resumed.restore(snap) == SessionError::ok);
    CHECK(resumed.current_text() == "Again, 2 times.");
    REQUIRE(resumed.path().size() == 2);
    CHECK(resumed.path()[1].via.size() == 1);

    snap.visits.clear(); // as a version 1 save reads
    Session old(loaded.program);
    REQUIRE(old.restore(snap) == SessionError::ok);
    CHECK(old.current_text() == "Again, 2 times.");
    REQUIRE(old.choose(1) == SessionError::ok);
    CHECK(old.current_text() == "Done after 2 routes.");
}

TEST_CASE("a version 1 session save still loads") {
    auto decoded =
        decode_session("version = 1\nflow = \"t\"\nstatus = \"at_node\"\n[[step]]\nnode = \"a\"\n");
    REQUIRE(std::holds_alternative<SessionSnapshot>(decoded));
    CHECK(std::get<SessionSnapshot>(decoded).visits.empty());
}

TEST_CASE("walk and tests follow routes") {
    std::string text = v2(kLoop) + R"(
[[test]]
name = "three times round"
choose = [1, 1]
reach = "end"
vars = { feeling = "tight" }
)";
    REQUIRE_LOADS(loaded, text);
    TestReport report = run_flow_tests(loaded.program);
    CHECK(report.passed == 1);
    CHECK(report.failures.empty());
    CHECK(report.untested_endings.empty());
    Session s(loaded.program);
    WalkOutcome outcome = walk(s, loaded.flow->tests[0].steps);
    std::string ids;
    for (NodeIndex n : outcome.entered)
        ids += loaded.flow->nodes[n.value].id.value + " ";
    CHECK(ids == "a check a check end ");
}

TEST_CASE("format 2 constructs in a format 1 file are located errors") {
    CHECK_DIAGNOSTIC_AT(flow_with_header_1("text = \"{if true: a}\"\n"), DiagCode::needs_format_2,
                        8, 9);
    CHECK_DIAGNOSTIC_AT(flow_with_header_1("text = \"n {plural 2: a|b}\"\n"),
                        DiagCode::needs_format_2, 8, 11);
    CHECK_DIAGNOSTIC_AT(
        std::string(kHeader) +
            "[[node]]\nid = \"a\"\nkind = \"question\"\ntext = \"t\"\n"
            "  [[node.choice]]\n  label = \"x\"\n  goto = \"b\"\n  when = \"visits(b) > 0\"\n"
            "[[node]]\nid = \"b\"\nkind = \"ending\"\ntext = \"t\"\n",
        DiagCode::needs_format_2, 12, 11);
}

TEST_CASE("a route needs one fallback, last, and routes must not loop") {
    CHECK_DIAGNOSTIC_AT(with_route("  [[node.choice]]\n  goto = \"e1\"\n  when = \"true\"\n"),
                        DiagCode::route_without_fallback, 16, 3);
    CHECK_DIAGNOSTIC_AT(
        with_route("  [[node.choice]]\n  goto = \"e1\"\n  [[node.choice]]\n  goto = \"e2\"\n"),
        DiagCode::misplaced_fallback, 16, 3);
    CHECK_DIAGNOSTIC_AT(with_route("  [[node.choice]]\n  goto = \"e1\"\n  when = \"true\"\n"
                                   "  [[node.choice]]\n  goto = \"r\"\n"),
                        DiagCode::route_loop, 13, 1);
    CHECK_DIAGNOSTIC_AT(with_route("next = \"e1\"\n  [[node.choice]]\n  goto = \"e1\"\n"),
                        DiagCode::misplaced_field, 16, 8);
    REQUIRE_LOADS(ok, with_route("  [[node.choice]]\n  goto = \"e1\"\n  when = \"visits(a) > 1\"\n"
                                 "  [[node.choice]]\n  label = \"otherwise\"\n  goto = \"e2\"\n"));
    Session s(ok.program);
    REQUIRE(s.start() == SessionError::ok);
    REQUIRE(s.choose(1) == SessionError::ok);
    CHECK(s.program().node(*s.current()).id.value == "e2");
}

TEST_CASE("conditional text and visits are checked like every expression, at their place") {
    CHECK_DIAGNOSTIC_AT(
        v2("[[node]]\nid = \"a\"\nkind = \"ending\"\ntext = \"{if visits(nope) > 0: x}\"\n"),
        DiagCode::unknown_step, 9, 20);
    CHECK_DIAGNOSTIC_AT(v2("[[node]]\nid = \"a\"\nkind = \"ending\"\ntext = \"ok {if 3: x}\"\n"),
                        DiagCode::type_mismatch, 9, 16);
    CHECK_DIAGNOSTIC_AT(
        v2("[[node]]\nid = \"a\"\nkind = \"ending\"\ntext = \"{plural true: x|y}\"\n"),
        DiagCode::type_mismatch, 9, 17);
    CHECK_DIAGNOSTIC_AT(
        v2("[[node]]\nid = \"a\"\nkind = \"ending\"\ntext = \"{if true: a|b|c}\"\n"),
        DiagCode::expr_syntax, 9, 22);
    CHECK_DIAGNOSTIC_AT(v2("[[node]]\nid = \"a\"\nkind = \"ending\"\ntext = \"{if true a}\"\n"),
                        DiagCode::expr_syntax, 9, 9);
    CHECK_DIAGNOSTIC_AT(v2("[[node]]\nid = \"a\"\nkind = \"ending\"\ntext = \"{if ghost: a}\"\n"),
                        DiagCode::unknown_variable, 9, 13);
}

TEST_CASE("texts without format 2 constructs read as before, and {if} alone is still a variable") {
    auto t = parse_text_template("{if} and {if|none} and # and a|b",
                                 [](std::string_view n) -> std::optional<VariableRef> {
                                     if (n == "if") return VariableRef{0, ValueType::string};
                                     return std::nullopt;
                                 });
    REQUIRE(std::holds_alternative<TextTemplate>(t));
    std::vector<Value> values = {std::string()};
    CHECK(std::get<TextTemplate>(t).render(values) == " and none and # and a|b");
}

TEST_CASE("nested forms, placeholders in forms and quotes in conditions") {
    std::vector<Value> values = {std::string("a:b}"), std::int64_t{1}};
    auto lookup = [](std::string_view n) -> std::optional<VariableRef> {
        if (n == "s") return VariableRef{0, ValueType::string};
        if (n == "n") return VariableRef{1, ValueType::integer};
        return std::nullopt;
    };
    VisitLookup visits = [](std::string_view) -> std::optional<std::uint32_t> { return 1; };
    auto render = [&](std::string_view text) {
        auto t = parse_text_template(text, lookup, visits);
        INFO(text);
        REQUIRE(std::holds_alternative<TextTemplate>(t));
        return std::get<TextTemplate>(t).render(values);
    };
    CHECK(render("{if s == 'a:b}': yes {s}|no}") == "yes a:b}");
    CHECK(render("{plural n: {if n > 0: # step|none}|# steps}") == "1 step");
    values[1] = std::int64_t{0};
    CHECK(render("{plural n: # step|# steps}") == "0 steps");
    CHECK(render("{if n == 0: {{braces}}|}") == "{braces}");
    CHECK(render("{plural n: once}") == "");
}

TEST_CASE("routes, unlabelled route choices and format 2 round-trip through the writer and the "
          "text layer") {
    std::string text = v2(kLoop);
    REQUIRE_LOADS(loaded, text);
    const Flow& flow = *loaded.flow;
    std::string written = write_flow(flow);
    CHECK(written.find("format = 2") != std::string::npos);
    CHECK(written.find("label = \"\"") == std::string::npos);
    auto back = parse_flow(written);
    REQUIRE(back.flow);
    CHECK(*back.flow == flow);
    auto formatted = format_flow_text(text, flow);
    REQUIRE(formatted);
    CHECK(*parse_flow(*formatted).flow == flow);

    Flow edited = flow;
    edited.nodes[1].choices[0].when->source = "visits(a) >= 4";
    std::string updated = update_flow_text(text, flow, edited);
    CHECK(updated.find("when = \"visits(a) >= 4\"") != std::string::npos);
    CHECK(updated.size() == text.size());
    CHECK(*parse_flow(updated).flow == edited);

    Flow downgraded = flow;
    downgraded.info.format = 1;
    std::string as_one = update_flow_text(text, flow, downgraded);
    CHECK(as_one.find("format") == std::string::npos);
    CHECK(has_errors(load_flow_text(as_one).diagnostics));
}

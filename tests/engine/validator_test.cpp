// Tests of the validator: each code, at its line and column.
#include "test_support.h"

using namespace heartflow;
using namespace heartflow::testing;

namespace {
std::string flow_with(std::string_view nodes) {
    return std::string(kHeader) + std::string(nodes);
}
} // namespace

TEST_CASE("a start that names no node is an error at the start value") {
    CHECK_DIAGNOSTIC_AT("[flow]\nid = \"t\"\ntitle = \"T\"\nstart = \"nowhere\"\n[[node]]\nid = "
                        "\"a\"\nkind = \"ending\"\ntext = \"t\"\n",
                        DiagCode::missing_start, 4, 9);
}

TEST_CASE("unknown goto and next targets are errors at the target") {
    auto flow = flow_with(R"([[node]]
id = "a"
kind = "question"
text = "q"
  [[node.choice]]
  label = "x"
  goto = "nope"
[[node]]
id = "b"
kind = "prompt"
text = "p"
next = "gone"
)");
    CHECK_DIAGNOSTIC_AT(flow, DiagCode::unknown_target, 11, 10);
    CHECK_DIAGNOSTIC_AT(flow, DiagCode::unknown_target, 16, 8);
}

TEST_CASE("duplicate node ids are errors at the second id") {
    CHECK_DIAGNOSTIC_AT(flow_with("[[node]]\nid = \"a\"\nkind = \"ending\"\ntext = "
                                  "\"t\"\n[[node]]\nid = \"a\"\nkind = \"ending\"\ntext = \"u\"\n"),
                        DiagCode::duplicate_id, 10, 6);
}

TEST_CASE("exits must fit the kind") {
    CHECK_DIAGNOSTIC_AT(flow_with("[[node]]\nid = \"a\"\nkind = \"prompt\"\ntext = \"t\"\n"),
                        DiagCode::no_way_out, 5, 1);
    CHECK_DIAGNOSTIC_AT(flow_with(R"([[node]]
id = "a"
kind = "question"
text = "t"
next = "b"
  [[node.choice]]
  label = "x"
  goto = "b"
[[node]]
id = "b"
kind = "ending"
text = "e"
)"),
                        DiagCode::next_and_choices, 9, 8);
    CHECK_DIAGNOSTIC_AT(
        flow_with("[[node]]\nid = \"a\"\nkind = \"ending\"\ntext = \"t\"\nnext = \"a\"\n"),
        DiagCode::ending_with_exits, 9, 8);
}

TEST_CASE("a loop with no way to an ending is a trap at each of its nodes") {
    auto flow = flow_with(R"([[node]]
id = "a"
kind = "question"
text = "t"
  [[node.choice]]
  label = "loop"
  goto = "b"
  [[node.choice]]
  label = "out"
  goto = "end"
[[node]]
id = "b"
kind = "prompt"
text = "b"
next = "c"
[[node]]
id = "c"
kind = "prompt"
text = "c"
next = "b"
[[node]]
id = "end"
kind = "ending"
text = "e"
)");
    auto loaded = load_flow_text(flow);
    INFO(describe_all(loaded.diagnostics));
    CHECK(has_diagnostic(loaded.diagnostics, DiagCode::trap, 15, 1));
    CHECK(has_diagnostic(loaded.diagnostics, DiagCode::trap, 20, 1));
    CHECK_FALSE(has_diagnostic(loaded.diagnostics, DiagCode::trap, 5, 1));
}

TEST_CASE("unreachable nodes are warnings; the help node counts as reachable") {
    auto loaded = load_flow_text(R"([flow]
id = "t"
title = "T"
start = "a"
help = "help"
[[node]]
id = "a"
kind = "ending"
text = "t"
[[node]]
id = "lonely"
kind = "ending"
text = "t"
[[node]]
id = "help"
kind = "ending"
text = "h"
)");
    INFO(describe_all(loaded.diagnostics));
    CHECK(loaded.ok());
    CHECK(has_diagnostic(loaded.diagnostics, DiagCode::unreachable, 10, 1));
    CHECK_FALSE(has_diagnostic(loaded.diagnostics, DiagCode::unreachable, 14, 1));
}

TEST_CASE("a help that names no node is an error") {
    CHECK_DIAGNOSTIC_AT("[flow]\nid = \"t\"\ntitle = \"T\"\nstart = \"a\"\nhelp = "
                        "\"sos\"\n[[node]]\nid = \"a\"\nkind = \"ending\"\ntext = \"t\"\n",
                        DiagCode::unknown_help, 5, 8);
}

TEST_CASE("duplicate labels in one node are warnings") {
    auto flow = flow_with(R"([[node]]
id = "a"
kind = "question"
text = "t"
  [[node.choice]]
  label = "Same"
  goto = "e"
  [[node.choice]]
  label = "Same"
  goto = "e"
[[node]]
id = "e"
kind = "ending"
text = "e"
)");
    auto loaded = load_flow_text(flow);
    CHECK(loaded.ok());
    CHECK(has_diagnostic(loaded.diagnostics, DiagCode::duplicate_label, 12, 3));
}

TEST_CASE("breathing patterns and rounds are checked") {
    CHECK_DIAGNOSTIC_AT(
        flow_with("[[node]]\nid = \"a\"\nkind = \"breathing\"\ntext = \"t\"\npattern = [4, "
                  "4]\nnext = \"e\"\n[[node]]\nid = \"e\"\nkind = \"ending\"\ntext = \"e\"\n"),
        DiagCode::bad_pattern, 9, 11);
    CHECK_DIAGNOSTIC_AT(
        flow_with("[[node]]\nid = \"a\"\nkind = \"breathing\"\ntext = \"t\"\npattern = [0, 4, 4, "
                  "4]\nnext = \"e\"\n[[node]]\nid = \"e\"\nkind = \"ending\"\ntext = \"e\"\n"),
        DiagCode::bad_pattern, 9, 11);
    CHECK_DIAGNOSTIC_AT(
        flow_with("[[node]]\nid = \"a\"\nkind = \"breathing\"\ntext = \"t\"\nrounds = 0\nnext = "
                  "\"e\"\n[[node]]\nid = \"e\"\nkind = \"ending\"\ntext = \"e\"\n"),
        DiagCode::bad_rounds, 9, 10);
    CHECK_DIAGNOSTIC_AT(
        flow_with("[[node]]\nid = \"a\"\nkind = \"prompt\"\ntext = \"t\"\nrounds = 3\nnext = "
                  "\"e\"\n[[node]]\nid = \"e\"\nkind = \"ending\"\ntext = \"e\"\n"),
        DiagCode::misplaced_field, 9, 10);
}

TEST_CASE("expression errors are located inside their string") {
    auto flow = flow_with(R"([vars]
n = 0
[[node]]
id = "a"
kind = "question"
text = "Hello {mood}"
  [[node.choice]]
  label = "x"
  goto = "e"
  when = "n + "
  [[node.choice]]
  label = "y"
  goto = "e"
  when = "n"
  set = { n = "'text'", ghost = 1 }
[[node]]
id = "e"
kind = "ending"
text = "e"
)");
    CHECK_DIAGNOSTIC_AT(flow, DiagCode::unknown_variable, 10, 16);
    CHECK_DIAGNOSTIC_AT(flow, DiagCode::expr_syntax, 14, 15);
    CHECK_DIAGNOSTIC_AT(flow, DiagCode::type_mismatch, 18, 10);
    CHECK_DIAGNOSTIC_AT(flow, DiagCode::type_mismatch, 19, 15);
    CHECK_DIAGNOSTIC_AT(flow, DiagCode::unknown_variable, 19, 25);
}

TEST_CASE("save_as declares a text variable; a clash with [vars] is an error") {
    REQUIRE_LOADS(
        ok,
        flow_with(
            "[[node]]\nid = \"a\"\nkind = \"reflection\"\ntext = \"t\"\nsave_as = \"words\"\nnext "
            "= \"e\"\n[[node]]\nid = \"e\"\nkind = \"ending\"\ntext = \"You wrote {words}\"\n"));
    CHECK(ok.program->variable_slot("words").has_value());
    CHECK_DIAGNOSTIC_AT(
        flow_with(
            "[vars]\nwords = 1\n[[node]]\nid = \"a\"\nkind = \"reflection\"\ntext = \"t\"\nsave_as "
            "= \"words\"\nnext = \"e\"\n[[node]]\nid = \"e\"\nkind = \"ending\"\ntext = \"e\"\n"),
        DiagCode::duplicate_variable, 11, 11);
}

TEST_CASE("tests that name unknown nodes or variables are errors") {
    auto flow = flow_with(R"([[node]]
id = "a"
kind = "ending"
text = "t"
[[test]]
name = "bad"
choose = []
reach = "nowhere"
vars = { ghost = 1 }
answers = { a = "x" }
)");
    CHECK_DIAGNOSTIC_AT(flow, DiagCode::bad_test, 12, 9);
    CHECK_DIAGNOSTIC_AT(flow, DiagCode::bad_test, 13, 10);
    CHECK_DIAGNOSTIC_AT(flow, DiagCode::bad_test, 14, 13);
}

TEST_CASE("every code has one descriptor with a name and a summary") {
    std::set<int> seen;
    for (const DiagnosticDescriptor& d : diagnostic_table()) {
        CHECK(seen.insert(static_cast<int>(d.code)).second);
        CHECK_FALSE(d.name.empty());
        CHECK_FALSE(d.summary.empty());
        CHECK(&describe(d.code) == &d);
    }
    CHECK(code_label(DiagCode::unknown_target) == "HF0302");
}

TEST_CASE("diagnostics print like a compiler's") {
    Diagnostic d = make_diagnostic(DiagCode::unknown_target, "goto 'x' names no node\nof this flow",
                                   {{3, 7}, {3, 10}});
    CHECK(format_diagnostic("f.toml", d) ==
          "f.toml:3:7: error: goto 'x' names no node\\nof this flow [HF0302]");
    Diagnostic w = make_diagnostic(DiagCode::unreachable, "lonely", {});
    CHECK(format_diagnostic("f.toml", w) == "f.toml: warning: lonely [HF0308]");
}

TEST_CASE("a bare word set on a text variable suggests quoting it") {
    auto loaded = load_flow_text(flow_with(R"([vars]
feeling = ""
[[node]]
id = "a"
kind = "question"
text = "t"
  [[node.choice]]
  label = "Angry"
  goto = "e"
  set = { feeling = "angry" }
[[node]]
id = "e"
kind = "ending"
text = "e"
)"));
    REQUIRE(has_diagnostic(loaded.diagnostics, DiagCode::unknown_variable, 14, 22));
    CHECK(loaded.diagnostics.front().message.find(
              "put it in quotes inside the string: \"'angry'\"") != std::string::npos);
}

// Tests of the loader: reading every key, located type errors, unknown keys, not-a-flow.
#include "test_support.h"

using namespace heartflow;
using namespace heartflow::testing;

TEST_CASE("a complete flow loads with every field") {
    REQUIRE_LOADS(loaded, R"([flow]
id = "full"
title = "Full"
start = "a"
description = "All fields."
author = "A. Therapist"
help = "help"
format = 1

[vars]
feeling = ""
visits = 0
ready = false

[[node]]
id = "a"
kind = "breathing"
title = "Breathe"
text = """Breathe with me."""
pos = [1.5, -2]
pattern = [4, 2, 6, 0]
rounds = 2
set = { visits = "visits + 1" }
notes = "[ext] extended exhale"
next = "b"

[[node]]
id = "b"
kind = "question"
text = "Which?"
  [[node.choice]]
  label = "Resentment"
  goto = "c"
  set = { feeling = "'resentment'", ready = true }
  [[node.choice]]
  label = "Only when ready"
  goto = "help"
  when = "ready"

[[node]]
id = "c"
kind = "reflection"
text = "You feel {feeling}."
save_as = "boundary"
placeholder = "e.g. no"
next = "help"

[[node]]
id = "help"
kind = "ending"
text = "Done: {boundary}"

[[test]]
name = "path"
choose = [1, "Resentment", 1]
reach = "help"
vars = { feeling = "resentment", visits = 1 }
answers = { c = "words" }
)");
    const Flow& f = *loaded.flow;
    CHECK(f.info.id == "full");
    CHECK(f.info.author == "A. Therapist");
    CHECK(f.info.help == NodeId{"help"});
    REQUIRE(f.variables.size() == 3);
    CHECK(f.variables[1].initial == Value{std::int64_t{0}});
    REQUIRE(f.nodes.size() == 4);
    const Node& a = f.nodes[0];
    CHECK(a.kind == NodeKind::breathing);
    CHECK(a.pos == std::array<double, 2>{1.5, -2.0});
    CHECK(a.pattern == BreathPattern{4, 2, 6, 0});
    CHECK(a.rounds == 2);
    CHECK(a.effects.size() == 1);
    CHECK(a.range.begin.line == 15);
    const Node& b = f.nodes[1];
    REQUIRE(b.choices.size() == 2);
    CHECK(b.choices[0].effects[1].value.source == "true");
    CHECK(b.choices[1].when->source == "ready");
    CHECK(b.choices[1].target_range.begin.line == 37);
    CHECK(f.nodes[2].save_as == "boundary");
    REQUIRE(f.tests.size() == 1);
    CHECK(f.tests[0].steps[1].label == "Resentment");
    CHECK(f.tests[0].answers[0].text == "words");
}

TEST_CASE("wrong types and missing keys are errors at the offending line") {
    std::string flow = std::string(kHeader) + R"(
[[node]]
id = "a"
kind = "ending"
text = 5
)";
    CHECK_DIAGNOSTIC_AT(flow, DiagCode::wrong_type, 9, 8);
    CHECK_DIAGNOSTIC_AT(std::string(kHeader) + "\n[[node]]\nid = \"a\"\nkind = \"ending\"\n",
                        DiagCode::missing_key, 6, 1);
    CHECK_DIAGNOSTIC_AT("[flow]\nid = \"x\"\nstart = \"a\"\n[[node]]\nid = \"a\"\nkind = "
                        "\"ending\"\ntext = \"t\"\n",
                        DiagCode::missing_key, 1, 1);
}

TEST_CASE("bad kinds and bad ids are located errors") {
    CHECK_DIAGNOSTIC_AT(std::string(kHeader) +
                            "[[node]]\nid = \"a\"\nkind = \"quiz\"\ntext = \"t\"\n",
                        DiagCode::bad_kind, 7, 8);
    CHECK_DIAGNOSTIC_AT(std::string(kHeader) +
                            "[[node]]\nid = \"a b\"\nkind = \"ending\"\ntext = \"t\"\n",
                        DiagCode::bad_id, 6, 6);
}

TEST_CASE("unknown keys are warnings with a suggestion when one is close") {
    auto loaded = load_flow_text(
        std::string(kHeader) +
        "[[node]]\nid = \"a\"\nkind = \"ending\"\ntext = \"t\"\ntilte = \"x\"\nzzz = 1\n");
    INFO(describe_all(loaded.diagnostics));
    CHECK(loaded.ok());
    REQUIRE(has_diagnostic(loaded.diagnostics, DiagCode::unknown_key, 9, 1));
    auto it = std::find_if(loaded.diagnostics.begin(), loaded.diagnostics.end(),
                           [](const Diagnostic& d) { return d.range.begin.line == 9; });
    CHECK(it->message.find("did you mean 'title'?") != std::string::npos);
    CHECK(it->severity == Severity::warning);
    CHECK(has_diagnostic(loaded.diagnostics, DiagCode::unknown_key, 10, 1));
}

TEST_CASE("files that are not flows say so") {
    CHECK_DIAGNOSTIC_AT("", DiagCode::not_a_flow, 1, 1);
    CHECK_DIAGNOSTIC_AT("   \n# only a comment\n", DiagCode::not_a_flow, 1, 1);
    CHECK_DIAGNOSTIC_AT("a = 1\n", DiagCode::not_a_flow, 1, 1);
    CHECK_DIAGNOSTIC_AT(std::string(kHeader), DiagCode::not_a_flow, 1, 1);
    CHECK_DIAGNOSTIC_AT("[flow]\nid = \"x\"\ntitle = \"x\"\nstart = \"a\"\nformat = "
                        "3\n[[node]]\nid = \"a\"\nkind = \"ending\"\ntext = \"t\"\n",
                        DiagCode::unsupported_format, 5, 10);
}

TEST_CASE("TOML syntax errors are located") {
    CHECK_DIAGNOSTIC_AT("[flow]\nid = \n", DiagCode::toml_syntax, 2, 0);
    CHECK_DIAGNOSTIC_AT("[flow]\nid = \"x\"\nid = \"y\"\n", DiagCode::toml_syntax, 3, 0);
}

TEST_CASE("positions must be finite numbers") {
    CHECK_DIAGNOSTIC_AT(
        std::string(kHeader) +
            "[[node]]\nid = \"a\"\nkind = \"ending\"\ntext = \"t\"\npos = [inf, 1]\n",
        DiagCode::bad_value, 9, 7);
    CHECK_DIAGNOSTIC_AT(std::string(kHeader) +
                            "[[node]]\nid = \"a\"\nkind = \"ending\"\ntext = \"t\"\npos = [1]\n",
                        DiagCode::bad_value, 9, 7);
}

TEST_CASE("a byte-order mark and CRLF line endings are accepted") {
    std::string flow = "\xEF\xBB\xBF[flow]\r\nid = \"t\"\r\ntitle = \"T\"\r\nstart = "
                       "\"a\"\r\n[[node]]\r\nid = \"a\"\r\nkind = \"ending\"\r\ntext = \"t\"\r\n";
    REQUIRE_LOADS(loaded, flow);
    CHECK(loaded.flow->nodes[0].text == "t");
}

TEST_CASE("files that cannot be read give a file diagnostic") {
    auto loaded = load_flow_file("/nonexistent/heartflow/flow.toml");
    REQUIRE(loaded.diagnostics.size() == 1);
    CHECK(loaded.diagnostics[0].code == DiagCode::file_unreadable);
    auto folder = load_flow_file(data_dir());
    REQUIRE(folder.diagnostics.size() == 1);
    CHECK(folder.diagnostics[0].code == DiagCode::file_unreadable);
}

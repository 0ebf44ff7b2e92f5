// Regression tests for what the fuzz targets found (fuzz/, docs/reliability.md). Each input is
// also kept in fuzz/regressions/, which every fuzz run replays under the sanitizers.
#include "test_support.h"

#include "input_guard.h"

#include <heartflow/session_snapshot.h>

using namespace heartflow;
using namespace heartflow::testing;

namespace {

std::string flow_with_text(const std::string& toml_text) {
    return std::string(kHeader) + "[[node]]\nid = \"a\"\nkind = \"ending\"\ntext = " + toml_text +
           "\n";
}

} // namespace

TEST_CASE("a line-ending backslash before a non-ASCII character is escaped for the parser") {
    // toml++ 3.3.0 reached __builtin_unreachable deciding whether 'é' is whitespace.
    auto guard = guard_toml_input(
        "s = \"\"\"\\\n  \xC3\xA9t\xC3\xA9 \xE3\x80\x81 \\\n\xF0\x9F\x92\xAC\"\"\"\n");
    REQUIRE_FALSE(guard.problem);
    REQUIRE(guard.escaped);
    CHECK(*guard.escaped ==
          "s = \"\"\"\\\n  \\u00E9t\xC3\xA9 \xE3\x80\x81 \\\n\\U0001F4AC\"\"\"\n");
    CHECK_FALSE(guard_toml_input("s = \"\"\"\\\n  ete\"\"\"\nt = '''\\\n\xC3\xA9'''\n").escaped);
}

TEST_CASE("a flow whose text continues a line before 'é' loads the same words at the same lines") {
    REQUIRE_LOADS(
        loaded, flow_with_text(
                    "\"\"\"\\\n   \xC3\xA9t\xC3\xA9\\\r\n\xD0\x96 and \\\n\n \xE3\x80\x81\"\"\"") +
                    "bad_key = 1\n");
    CHECK(loaded.flow->nodes[0].text == "\xC3\xA9t\xC3\xA9\xD0\x96 and \xE3\x80\x81");
    CHECK(has_diagnostic(loaded.diagnostics, DiagCode::unknown_key, 13));
}

TEST_CASE("a backslash before a non-ASCII character is a located TOML error") {
    CHECK_DIAGNOSTIC_AT(flow_with_text("\"\"\"a \\\xC3\xA9\"\"\""), DiagCode::toml_syntax, 8, 0);
    CHECK_DIAGNOSTIC_AT(flow_with_text("\"\"\"a \\  \xC3\xA9\"\"\""), DiagCode::toml_syntax, 8, 0);
}

TEST_CASE("a saved journal that continues a line before 'é' decodes") {
    auto decoded = decode_session("version = 1\nflow = \"f\"\nstatus = \"finished\"\n[journal]\n"
                                  "a = \"\"\"\\\n\xC3\xA9t\xC3\xA9\"\"\"\n");
    REQUIRE(std::holds_alternative<SessionSnapshot>(decoded));
    REQUIRE(std::get<SessionSnapshot>(decoded).journal.size() == 1);
    CHECK(std::get<SessionSnapshot>(decoded).journal[0].second == "\xC3\xA9t\xC3\xA9");
}

TEST_CASE("a table header without a key is a located TOML error, not a toml++ assertion") {
    // toml++ 3.3.0 asserts in parse_key when '[' or '[[' is followed by anything but a key.
    for (const char* text : {"[\n", "[", "[.]\nk = 1\n", "[..]\n", "[!]\nk = 123\n", "[[ .a]]\n",
                             "[ [a]]\n", "[flow]\nid = \"t\"\n\n  [\t=]\n"}) {
        CAPTURE(text);
        auto loaded = load_flow_text(text);
        REQUIRE_FALSE(loaded.diagnostics.empty());
        CHECK(loaded.diagnostics.front().code == DiagCode::toml_syntax);
        CHECK(loaded.diagnostics.front().range.begin.line ==
              (std::string_view(text).substr(0, 6) == "[flow]" ? 4u : 1u));
    }
}

TEST_CASE("table headers with spaces or quoted keys still load") {
    REQUIRE_LOADS(
        loaded,
        "[ \"flow\" ]\nid = \"t\"\ntitle = \"T\"\nstart = \"a\"\n[[\t'node' ]]\nid = \"a\"\n"
        "kind = \"ending\"\ntext = \"t\"\n[[ node ]]\nid = \"b\"\nkind = \"ending\"\ntext = "
        "\"t\"\n");
    CHECK(loaded.flow->nodes.size() == 2);
}

TEST_CASE("a value shaped like a date but not one, before a space, is a located TOML error") {
    // toml++ 3.3.0 read "1979-05-(7 1" as a date and time and asserted on it.
    CHECK_DIAGNOSTIC_AT("a=[1979-05-(7 1]\n", DiagCode::toml_syntax, 1, 0);
    CHECK_DIAGNOSTIC_AT("a = 1_979-05-27 1\n", DiagCode::toml_syntax, 1, 0);
    CHECK_DIAGNOSTIC_AT(std::string(kHeader) + "x = 19x9-05-27 07:00:00\n", DiagCode::toml_syntax,
                        5, 0);
    // Real dates and keys of that shape are untouched.
    CHECK(guard_toml_input("d = 1979-05-27 07:32:00\n").problem == std::nullopt);
    CHECK(guard_toml_input("1234-ab-cd = 1\n").problem == std::nullopt);
}

TEST_CASE("a quote inside a value that is not a string is a located TOML error") {
    // toml++ 3.3.0 read "0eee3:'" on as one value and reached __builtin_unreachable on the '§'.
    auto guard = guard_toml_input("a = 0eee3:'\xC2\xA7"
                                  "00Z'''\n");
    REQUIRE(guard.problem);
    CHECK(guard.problem->code == DiagCode::toml_syntax);
    CHECK(guard.problem->range.begin.line == 1);
    auto decoded = decode_session("version = 1\nflow = \"f\"\nanswers = 1'\xC2\xA7'\n");
    CHECK(std::holds_alternative<std::string>(decoded));
    // The same with a bracket or another character before the quote ("197917f[['§'e").
    for (const char* text :
         {"Q=[197917f[['\xC2\xA7'e]](7 1]\n", "a = 1($'\xC2\xA7'\n", "a = [1{\"\xC2\xA7\"}]\n"}) {
        CAPTURE(text);
        auto refused = guard_toml_input(text);
        REQUIRE(refused.problem);
        CHECK(refused.problem->code == DiagCode::toml_syntax);
    }
    // An '=' inside such a value, then a string: toml++ read "1a=\"§" as one value (a finding of
    // the session fuzzer, fuzz/regressions/equals-inside-value.session).
    for (const char* text : {"a=1a=\"\xC2\xA7\n", "a=1=\"\xC2\xA7\"\n", "a=[1979-05a=\"\xC2\xA7\n",
                             "a=1a='\xC2\xA7\n"}) {
        CAPTURE(text);
        auto refused = guard_toml_input(text);
        REQUIRE(refused.problem);
        CHECK(refused.problem->code == DiagCode::toml_syntax);
    }
    CHECK(guard_toml_input("a = 1\nb = { c = 2, d = [3, 4] }\ne.f = 5\n").problem == std::nullopt);
    // Quotes after '.' in dotted keys, and strings in arrays and inline tables, are untouched.
    CHECK(guard_toml_input(
              "a.\"b\".'c' = 1\nx = [\"a\",'b', \"\"\"c\"\"\"]\ny = { \"k\" = 'v', n.\"m\" = 2 }\n")
              .problem == std::nullopt);
}

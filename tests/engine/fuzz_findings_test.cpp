// Regression tests for what the fuzz targets found (fuzz/, docs/reliability.md). Each input is
// also kept in fuzz/regressions/, which every fuzz run replays under the sanitizers.
#include "test_support.h"

#include "input_guard.h"

#include <heartflow/session_snapshot.h>

using namespace heartflow;
using namespace heartflow::testing;

namespace {

std::string flow_with_text(const std::string& toml_text) {
    return std::string(kHeader) + "[[node]]\nid = \"a\"\nkind = \"ending\"\ntext = " + toml_text + "\n";
}

} // namespace

TEST_CASE("a line-ending backslash before a non-ASCII character is escaped for the parser") {
    // toml++ 3.3.0 reached __builtin_unreachable deciding whether 'é' is whitespace.
    auto guard = guard_toml_input("s = \"\"\"\\\n  \xC3\xA9t\xC3\xA9 \xE3\x80\x81 \\\n\xF0\x9F\x92\xAC\"\"\"\n");
    REQUIRE_FALSE(guard.problem);
    REQUIRE(guard.escaped);
    CHECK(*guard.escaped == "s = \"\"\"\\\n  \\u00E9t\xC3\xA9 \xE3\x80\x81 \\\n\\U0001F4AC\"\"\"\n");
    CHECK_FALSE(guard_toml_input("s = \"\"\"\\\n  ete\"\"\"\nt = '''\\\n\xC3\xA9'''\n").escaped);
}

TEST_CASE("a flow whose text continues a line before 'é' loads the same words at the same lines") {
    REQUIRE_LOADS(loaded, flow_with_text("\"\"\"\\\n   \xC3\xA9t\xC3\xA9\\\r\n\xD0\x96 and \\\n\n \xE3\x80\x81\"\"\"") +
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

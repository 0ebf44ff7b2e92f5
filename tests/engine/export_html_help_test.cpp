// Tests of the HTML page's help: the lines it carries (the extra ones first, each once, escaped),
// which steps are on the help path, and the words of the help path taken from the engine.
#include "html_player_assets.h"
#include "interop_text.h"
#include "test_support.h"

#include <heartflow/export_html.h>
#include <heartflow/help_lines.h>

#include <string>
#include <string_view>
#include <vector>

using namespace heartflow;
using namespace heartflow::testing;

namespace {

const char* const kHelpFlow = R"([flow]
id = "h"
title = "H"
start = "a"
help = "help"
help_lines = ["Practice line: 555 0100", "Shared line", "Close </script><b>x</b> & more"]

[[node]]
id = "a"
kind = "question"
text = "Start"
  [[node.choice]]
  label = "Go on"
  goto = "end"
  [[node.choice]]
  label = "I need help"
  goto = "help"

[[node]]
id = "help"
kind = "question"
text = "Help"
  [[node.choice]]
  label = "Reach out"
  goto = "reached"
  [[node.choice]]
  label = "I am safe"
  goto = "a"

[[node]]
id = "reached"
kind = "ending"
text = "Reached"

[[node]]
id = "end"
kind = "ending"
text = "End"
)";

// The page's JSON for the node `id`: from its opening brace to the end of its line.
std::string node_json(const std::string& html, std::string_view id) {
    std::size_t at = html.find("{\"id\":\"" + std::string(id) + "\"");
    if (at == std::string::npos) return {};
    return html.substr(at, html.find('\n', at) - at);
}

bool has(const std::string& text, std::string_view what) {
    return text.find(what) != std::string::npos;
}

} // namespace

TEST_CASE("the HTML page carries the extra help lines first, then the flow's, each once") {
    REQUIRE_LOADS(loaded, kHelpFlow);
    std::vector<std::string> extra{"My line: 000", "Shared line", "My line: 000"};
    std::string html = export_html(*loaded.program, extra);
    CHECK(has(html,
              "\"helpLines\":[\"My line: 000\",\"Shared line\",\"Practice line: 555 0100\","
              "\"Close \\u003c/script\\u003e\\u003cb\\u003ex\\u003c/b\\u003e \\u0026 more\"]"));
}

TEST_CASE("a help line with markup stays JSON text: no element or script end comes from it") {
    REQUIRE_LOADS(loaded, kHelpFlow);
    std::string html = export_html(*loaded.program);
    CHECK(has(html, "\"helpLines\":[\"Practice line: 555 0100\""));
    CHECK_FALSE(has(html, "<b>x</b>"));
    std::size_t scripts = 0;
    for (std::size_t at = html.find("</script>"); at != std::string::npos;
         at = html.find("</script>", at + 1))
        ++scripts;
    CHECK(scripts == 2); // the data island's and the player's own
}

TEST_CASE("the HTML page marks the help node and what only it reaches as the help path") {
    REQUIRE_LOADS(loaded, kHelpFlow);
    std::string html = export_html(*loaded.program);
    CHECK(has(node_json(html, "help"), "\"helpPath\":true"));
    CHECK(has(node_json(html, "reached"), "\"helpPath\":true"));
    CHECK(has(node_json(html, "a"), "\"helpPath\":false"));
    CHECK(has(node_json(html, "end"), "\"helpPath\":false"));
    CHECK(has(html, "<button type=\"button\" id=\"help\">Get help now</button>"));
    CHECK(has(html, "H opens help"));
}

TEST_CASE("the help path's words come from the engine, and the player holds none of its own") {
    REQUIRE_LOADS(loaded, std::string(kHeader) + R"(
[[node]]
id = "a"
kind = "ending"
text = "Only"
)");
    std::string html = export_html(*loaded.program);
    CHECK(has(html, "\"helpLines\":[]"));
    DefaultHelpText fallback = default_help_text();
    std::vector<std::string_view> words{kHelpLinesHeading, fallback.heading, kHelpEndingSentence,
                                        kBackToFlowLabel};
    words.insert(words.end(), fallback.steps.begin(), fallback.steps.end());
    for (std::string_view word : words) {
        INFO(std::string(word));
        CHECK(has(html, interop::json_string(word)));
        CHECK_FALSE(has(std::string(html_player::kScript), word));
    }
    CHECK_FALSE(has(html, "id=\"help\"")); // no help node: no button and no H key
    CHECK_FALSE(has(html, "H opens help"));
}

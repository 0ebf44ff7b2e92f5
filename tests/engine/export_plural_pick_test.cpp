// The HTML and ink exports of plurals beyond one and other (a translation's Plural-Forms rule
// chooses the form, as the engine does) and of a pick's options in words. tests/interop plays
// both exports for real (plural_and_pick.mjs).
#include "test_support.h"

#include <doctest/doctest.h>
#include <heartflow/export_html.h>
#include <heartflow/export_ink.h>
#include <heartflow/po_file.h>
#include <heartflow/translation.h>
#include <heartflow/translation_files.h>
#include <heartflow/validator.h>

#include <string>

using namespace heartflow;
using heartflow::testing::data_dir;
using heartflow::testing::describe_all;

namespace export_plural_pick {

std::filesystem::path breaths_file() {
    return data_dir() / "translations" / "breaths.toml";
}

/// breaths.toml in Polish (breaths.pl.po, three forms), or in its own words with no language.
std::shared_ptr<const Program> breaths(const std::vector<std::string>& languages) {
    TranslatedFlow translated = load_flow_translated(breaths_file(), languages);
    INFO(describe_all(translated.po_diagnostics));
    REQUIRE(translated.loaded.ok());
    REQUIRE(translated.used == !languages.empty());
    return translated.loaded.program;
}

/// breaths.toml with its counting step's text translated as `text` under the Plural-Forms `rule`.
std::shared_ptr<const Program> breaths_under(std::string_view rule, std::string_view text) {
    const std::string po = "msgid \"\"\nmsgstr \"Plural-Forms: " + std::string(rule) +
                           "\\n\"\n\nmsgctxt \"count.text\"\nmsgid \"You took {plural breaths: "
                           "one breath|# breaths}.\"\nmsgstr \"" +
                           std::string(text) + "\"\n";
    PoParse parse = parse_po(po);
    INFO(describe_all(parse.diagnostics));
    REQUIRE(parse.file);
    LoadedFlow loaded = load_flow_file(breaths_file());
    REQUIRE(loaded.ok());
    TranslationResult result = translate_flow(*loaded.program, *parse.file, "breaths.xx.po");
    INFO(describe_all(result.po_diagnostics));
    REQUIRE(result.translated == 1);
    ValidationResult checked = validate(result.flow);
    INFO(describe_all(checked.diagnostics));
    REQUIRE(checked.program);
    return checked.program;
}

bool contains(const std::string& text, std::string_view part) {
    return text.find(part) != std::string::npos;
}

std::size_t occurrences(const std::string& text, std::string_view part) {
    std::size_t count = 0;
    for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1))
        ++count;
    return count;
}

} // namespace export_plural_pick

using namespace export_plural_pick;

TEST_CASE("the HTML page carries a translation's plural rule and all its forms") {
    const std::string polish = export_html(*breaths({"pl"}));
    CHECK(contains(polish, "\"forms\":[[\"jeden oddech\"],[{\"count\":1},\" oddechy\"],"
                           "[{\"count\":1},\" oddechów\"]],\"rule\":{\"count\":3,\"ops\":[[\"n\","
                           "0],[\"num\",1],[\"eq\",0],[\"num\",0],[\"n\",0],[\"num\",10],[\"mod\","
                           "0],"));
    CHECK(contains(polish, "[\"num\",1],[\"num\",2],[\"choose\",0],[\"choose\",0]]}}"));
    // The flow's own words: English's two forms, and no rule, as before.
    const std::string english = export_html(*breaths({}));
    CHECK(contains(english, "\"forms\":[[\"one breath\"],[{\"count\":1},\" breaths\"]]}"));
    CHECK_FALSE(contains(english, "\"rule\":"));
}

TEST_CASE("ink chooses a translation's plural form with a function built from its rule") {
    const std::string polish = export_ink(*breaths({"pl"}));
    INFO(polish);
    CHECK(contains(polish, "Wziąłeś {hf_plural_form(breaths) == 0:jeden oddech|"
                           "{hf_plural_form(breaths) == 1:{breaths} oddechy|{breaths} oddechów}}"));
    CHECK(contains(polish, "\n=== function hf_plural_form(hf_n) ===\n"));
    CHECK(contains(polish, "{ hf_n < 0:\n    ~ hf_n = -hf_n\n}\n"));
    CHECK(contains(polish, "~ temp hf_form = hf_choose((hf_n == 1), 0, hf_choose(((((hf_n mod "
                           "10) >= 2) && ((hf_n mod 10) <= 4)) && (((hf_n mod 100) < 10) || "
                           "((hf_n mod 100) >= 20))), 1, 2))\n"));
    CHECK(
        contains(polish, "{ hf_form < 0 || hf_form >= 3:\n    ~ return 0\n}\n~ return hf_form\n"));
    CHECK(contains(polish, "=== function hf_choose(hf_c, hf_a, hf_b) ==="));
    CHECK_FALSE(contains(polish, "function hf_div"));
    const std::string english = export_ink(*breaths({}));
    CHECK(contains(english, "You took {(breaths) == 1:one breath|{breaths} breaths}\\."));
    CHECK_FALSE(contains(english, "hf_plural_form"));
    CHECK_FALSE(contains(english, "hf_choose"));
}

TEST_CASE("in the exports a division by zero gives 0 and a form left out is the last one given") {
    const auto program = breaths_under("nplurals=4; plural=n % 10 / (n - n) + n % 0 + (n > 1 ? 3 "
                                       ": 1);",
                                       "{plural breaths: a|b}, {plural breaths + 1: # c|# d}.");
    const std::string ink = export_ink(*program);
    INFO(ink);
    CHECK(contains(ink, "~ temp hf_form = ((hf_div((hf_n mod 10), (hf_n - hf_n)) + 0) + "
                        "hf_choose((hf_n > 1), 3, 1))\n"));
    CHECK(contains(ink, "=== function hf_div(hf_a, hf_b) ===\n// A plural rule's `a / b`: 0 when "
                        "b is 0.\n{ hf_b == 0:\n    ~ return 0\n}\n"));
    CHECK_FALSE(contains(ink, "function hf_mod"));
    CHECK(contains(ink,
                   "{hf_plural_form(breaths) == 0:a|b}\\, "
                   "{hf_plural_form((breaths + 1)) == 0:{(breaths + 1)} c|{(breaths + 1)} d}"));
    CHECK(occurrences(ink, "=== function hf_plural_form") == 1); // one function for one rule
    const std::string page = export_html(*program);
    CHECK(contains(page, "\"forms\":[[\"a\"],[\"b\"]],\"rule\":{\"count\":4,\"ops\":[[\"n\",0],"
                         "[\"num\",10],[\"mod\",0],[\"n\",0],[\"n\",0],[\"sub\",0],[\"div\",0],"));
}

TEST_CASE("ink shows a pick's options in words, and its fallback while none is picked") {
    LoadedFlow loaded = load_flow_file(data_dir() / "flows" / "scale-and-pick.toml");
    REQUIRE(loaded.ok());
    const std::string ink = export_ink(*loaded.program);
    INFO(ink);
    CHECK(contains(ink, "You picked {hf_words_felt(felt)}\\: "));
    CHECK(contains(ink, "You picked {hf_words_felt(felt) != \"\":{hf_words_felt(felt)}|nothing}"));
    CHECK(contains(ink, "=== function hf_words_felt(hf_bits) ===\n"));
    CHECK(contains(ink, "{ (hf_bits / 4) mod 2 == 1:\n    ~ hf_words = hf_joined(\"scared\", "
                        "hf_words, hf_found)\n    ~ hf_found = hf_found + 1\n}\n{ (hf_bits / 2)"));
    CHECK(contains(ink, "=== function hf_joined(hf_item, hf_words, hf_found) ==="));
    CHECK(occurrences(ink, "=== function hf_words_felt") == 1);
    CHECK(ink_warnings(*loaded.program).empty()); // nothing of the pick is lost
}

TEST_CASE("ink names no variable like the functions it writes") {
    REQUIRE_LOADS(loaded, std::string(testing::kHeader) + R"(format = 2

[vars]
hf_n = 0
hf_count = 0
hf_words_x = 0

[[node]]
id = "a"
kind = "pick"
text = "{hf_n} {hf_count} {hf_words_x}"
into = "x"
options = ["x, y"]
next = "b"

[[node]]
id = "b"
kind = "ending"
text = "{x|none}"
)");
    const std::string ink = export_ink(*loaded.program);
    INFO(ink);
    CHECK(contains(ink, "VAR hf_n_2 = 0\n"));
    CHECK(contains(ink, "VAR hf_count_2 = 0\n"));
    CHECK(contains(ink, "VAR hf_words_x = 0\n"));
    CHECK(contains(ink, "{hf_words_x_2(x) != \"\":{hf_words_x_2(x)}|none}"));
    CHECK(contains(ink, "hf_joined(\"x\\, y\", hf_words, hf_found)"));
}

TEST_CASE("ink warns of a scale of more than 21 ratings, located at the step") {
    REQUIRE_LOADS(loaded, std::string(testing::kHeader) + R"(format = 2

[vars]
r = 0

[[node]]
id = "a"
kind = "scale"
text = "How much?"
into = "r"
min = 0
max = 30
next = "b"

[[node]]
id = "b"
kind = "ending"
text = "Done"
)");
    std::vector<Diagnostic> warnings = ink_warnings(*loaded.program);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.front().code == DiagCode::export_unmapped);
    CHECK(warnings.front().range.begin.line == 10);
}

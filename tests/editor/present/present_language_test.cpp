// Present mode in the host's language: `--lang LANG` (or the locale) loads the flow's
// FLOW.LANG.po, so the console and the audience window show the translated words and the show
// notes keep them; a language with no file is said plainly and the flow keeps its own words.
#include "present/present_flow.h"
#include "present/step_blocks.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <map>

using namespace heartflow;
using namespace heartflow::present;

namespace {

const std::filesystem::path kTranslations =
    std::filesystem::path(HEARTFLOW_SOURCE_DIR) / "tests" / "data" / "translations";

/// A folder holding the flagship and its sample Greek file, removed when the test ends.
struct GreekFolder {
    std::filesystem::path dir =
        std::filesystem::temp_directory_path() / "heartflow-present-language-test";
    std::filesystem::path flow = dir / "heart-of-the-matter.toml";
    GreekFolder() {
        std::filesystem::remove_all(dir);
        std::filesystem::create_directories(dir);
        for (const char* name : {"heart-of-the-matter.toml", "heart-of-the-matter.el.po"})
            std::filesystem::copy_file(kTranslations / name, dir / name);
    }
    ~GreekFolder() { std::filesystem::remove_all(dir); }
};

/// An environment holding just `values`.
EnvironmentLookup environment(std::map<std::string, std::string> values) {
    return [values](const char* name) -> const char* {
        auto it = values.find(name);
        return it == values.end() ? nullptr : it->second.c_str();
    };
}

/// The text of the first block with `role` in the show's current step ("" when none).
std::string block(const PresentController& show, BlockRole role) {
    for (const StepBlock& b : step_blocks(show, help_block({}), true))
        if (b.role == role) return b.text;
    return {};
}

/// The options of `heartflow present FLOW ARGS...`.
PresentOptions options_for(const std::filesystem::path& flow, std::vector<std::string> args) {
    args.insert(args.begin(), flow.string());
    auto parsed = parse_present_options(args);
    REQUIRE(std::holds_alternative<PresentOptions>(parsed));
    return std::get<PresentOptions>(parsed);
}

} // namespace

TEST_CASE("--lang takes a language tag and nothing else") {
    CHECK(options_for("show.toml", {"--lang", "el"}).language == "el");
    CHECK(options_for("show.toml", {"--lang=pt_BR"}).language == "pt_BR");
    CHECK(options_for("show.toml", {}).language.empty());
    auto refused = parse_present_options({"show.toml", "--lang", "../el"});
    REQUIRE(std::holds_alternative<std::string>(refused));
    CHECK(std::get<std::string>(refused).find("--lang") != std::string::npos);
    CHECK(present_flags_help().find("--lang LANG") != std::string::npos);
}

TEST_CASE("present --lang el shows the Greek words in both windows and keeps them in the notes") {
    GreekFolder folder;
    PresentedFlow presented =
        load_presented_flow(options_for(folder.flow, {"--lang", "el"}), environment({}));
    REQUIRE(presented.loaded.ok());
    REQUIRE_FALSE(presented.said.empty());
    CHECK(presented.said.back().find("using the 'el' translation") != std::string::npos);
    PresentController show(presented.loaded.program, PresentStart{});
    CHECK(block(show, BlockRole::title) == "Καλώς ήρθες");
    CHECK(show.session().choices().at(0).label == "Είμαι έτοιμος να ξεκινήσω");
    CHECK(show.session().program().flow->info.title == "Φτάνοντας στην καρδιά του ζητήματος");
    CHECK(show.notes().markdown().find("Καλώς ήρθες") != std::string::npos);
    CHECK(show.notes().markdown().find("Welcome") == std::string::npos);
}

TEST_CASE("without --lang the locale chooses; a language with no file keeps the flow's words") {
    GreekFolder folder;
    PresentedFlow by_locale =
        load_presented_flow(options_for(folder.flow, {}), environment({{"LANG", "el_GR.UTF-8"}}));
    REQUIRE(by_locale.loaded.ok());
    PresentController greek(by_locale.loaded.program, PresentStart{});
    CHECK(block(greek, BlockRole::title) == "Καλώς ήρθες");

    PresentedFlow german = load_presented_flow(options_for(folder.flow, {"--lang", "de"}),
                                               environment({{"LANG", "el_GR.UTF-8"}}));
    REQUIRE(german.loaded.ok());
    REQUIRE(german.said.size() == 1);
    CHECK(german.said.front().find("no 'de' translation") != std::string::npos);
    PresentController english(german.loaded.program, PresentStart{});
    CHECK(block(english, BlockRole::title) == "Welcome");
}

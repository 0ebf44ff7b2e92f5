// Tests of the flow catalog (the player's chooser) and of the [flow] keys it shows.
#include "test_support.h"

#include <heartflow/flow_catalog.h>
#include <heartflow/writer.h>

using namespace heartflow;
using namespace heartflow::testing;

TEST_CASE("the shipped flows each say what they are for, who they suit and how long they take") {
    auto flows = flow_catalog(std::filesystem::path(HEARTFLOW_SOURCE_DIR) / "flows");
    REQUIRE(flows.size() == 6); // the starter template lives in a sub-folder and is not offered
    for (const CatalogEntry& flow : flows) {
        INFO(flow.file.string());
        CHECK_FALSE(flow.summary.empty());
        CHECK_FALSE(flow.suits.empty());
        REQUIRE(flow.minutes.has_value());
        CHECK((*flow.minutes)[0] <= (*flow.minutes)[1]);
    }
    CHECK(std::is_sorted(
        flows.begin(), flows.end(),
        [](const CatalogEntry& a, const CatalogEntry& b) { return a.title < b.title; }));
}

TEST_CASE("how long a flow takes reads as words") {
    CHECK(describe_minutes(std::nullopt).empty());
    CHECK(describe_minutes(std::array<int, 2>{10, 10}) == "About 10 minutes");
    CHECK(describe_minutes(std::array<int, 2>{1, 1}) == "About 1 minute");
    CHECK(describe_minutes(std::array<int, 2>{5, 20}) == "5 to 20 minutes");
}

TEST_CASE("summary, suits and minutes are read, written back, and minutes are checked") {
    REQUIRE_LOADS(loaded,
                  std::string(kHeader) +
                      "summary = \"For a hard day\"\nsuits = \"Carers\"\nminutes = [5, 10]\n"
                      "[[node]]\nid = \"a\"\nkind = \"ending\"\ntext = \"x\"\n");
    CHECK(loaded.flow->info.summary == "For a hard day");
    CHECK(loaded.flow->info.suits == "Carers");
    CHECK(loaded.flow->info.minutes == std::array<int, 2>{5, 10});
    CHECK(*load_flow_text(write_flow(*loaded.flow)).flow == *loaded.flow);
    for (const char* bad : {"[10, 5]", "[0, 5]", "[5]", "[\"5\", 10]"}) {
        INFO(bad);
        CHECK_DIAGNOSTIC_AT(std::string(kHeader) + "minutes = " + bad +
                                "\n[[node]]\nid = \"a\"\nkind = \"ending\"\ntext = \"x\"\n",
                            DiagCode::bad_value, 5, 11);
    }
}

TEST_CASE("the catalog gives each flow's words in the language asked for, else the locale's") {
    const auto folder = std::filesystem::path(HEARTFLOW_SOURCE_DIR) / "tests/data/translations";
    auto title_of = [](const std::vector<CatalogEntry>& flows, const std::string& stem) {
        for (const CatalogEntry& flow : flows)
            if (flow.file.stem() == stem) return flow.title;
        return std::string("(not offered)");
    };
    const auto no_locale = [](const char*) -> const char* { return nullptr; };
    CHECK(title_of(flow_catalog(folder, "", no_locale), "breaths") == "A few breaths");
    CHECK(title_of(flow_catalog(folder, "ja", no_locale), "breaths") == "数回の呼吸");
    const auto japanese = [](const char* name) -> const char* {
        return std::string_view(name) == "LANG" ? "ja_JP.UTF-8" : nullptr;
    };
    const auto in_japanese = flow_catalog(folder, "", japanese);
    CHECK(title_of(in_japanese, "breaths") == "数回の呼吸");
    // A flow with no Japanese file keeps its own words.
    CHECK(title_of(in_japanese, "heart-of-the-matter") == "Getting to the Heart of the Matter");
    CHECK(title_of(flow_catalog(folder, "el", no_locale), "breaths") == "A few breaths");
}

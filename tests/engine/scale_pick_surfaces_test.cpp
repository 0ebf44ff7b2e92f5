// Scale and pick steps beyond the session: translations, transcripts and the exports.
#include "test_support.h"

#include <heartflow/export_html.h>
#include <heartflow/export_ink.h>
#include <heartflow/export_mermaid.h>
#include <heartflow/session.h>
#include <heartflow/transcript.h>
#include <heartflow/translation.h>
#include <heartflow/validator.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

using namespace heartflow;
using heartflow::testing::data_dir;
using heartflow::testing::describe_all;

namespace {

// tests/data/flows/scale-and-pick.toml, loaded.
LoadedFlow scale_and_pick() {
    LoadedFlow loaded = load_flow_file(data_dir() / "flows" / "scale-and-pick.toml");
    INFO(describe_all(loaded.diagnostics));
    REQUIRE(loaded.ok());
    return loaded;
}

bool contains_text(const std::string& text, std::string_view part) {
    return text.find(part) != std::string::npos;
}

} // namespace

TEST_CASE("end words and options are strings to translate; a translation shows its options") {
    LoadedFlow loaded = scale_and_pick();
    std::vector<std::string> contexts;
    for (const FlowString& s : flow_strings(*loaded.flow))
        contexts.push_back(s.context);
    for (const char* c : {"how_big.low", "how_big.high", "which.option.1", "which.option.3"})
        CHECK(std::find(contexts.begin(), contexts.end(), c) != contexts.end());
    PoFile po = translation_template(*loaded.flow, "t.toml");
    for (PoEntry& e : po.entries)
        if (!e.is_header()) e.translations = {"DE " + e.id};
    TranslationResult result = translate_flow(*loaded.program, po, "t.de.po");
    INFO(describe_all(result.po_diagnostics));
    REQUIRE(result.translated == result.strings);
    ValidationResult checked = validate(result.flow); // conditions keep the flow's own words
    INFO(describe_all(checked.diagnostics));
    REQUIRE(checked.program);
    CHECK(result.flow->nodes[0].low == "DE calm");
    Session s(checked.program);
    REQUIRE(s.start() == SessionError::ok);
    REQUIRE(s.choose(1) == SessionError::ok);
    const std::size_t picks[] = {0, 2};
    REQUIRE(s.set_picks(picks) == SessionError::ok);
    REQUIRE(s.choose(1) == SessionError::ok);
    CHECK(contains_text(s.current_text(), "DE tired and DE scared"));
}

TEST_CASE("a transcript gives the rating and the picks in words") {
    LoadedFlow loaded = scale_and_pick();
    Session s(loaded.program);
    REQUIRE(s.start() == SessionError::ok);
    REQUIRE(s.rate(8) == SessionError::ok);
    REQUIRE(s.choose(1) == SessionError::ok);
    REQUIRE(s.set_picked(1, true) == SessionError::ok);
    REQUIRE(s.choose(1) == SessionError::ok);
    const std::string md = session_transcript(s.snapshot(), loaded.flow.get());
    INFO(md);
    CHECK(contains_text(md, "How big it felt at the start: 8/10"));
    CHECK(contains_text(md, "**how\\_big**: 8 (0 calm to 10 overwhelmed)"));
    CHECK(contains_text(md, "**which**: alone"));
}

TEST_CASE("the HTML page carries the scale's range and the pick's options and ops") {
    LoadedFlow loaded = scale_and_pick();
    const std::string page = export_html(*loaded.program);
    CHECK(contains_text(page, "\"kind\":\"scale\""));
    CHECK(contains_text(page, "\"low\":\"calm\",\"high\":\"overwhelmed\""));
    CHECK(contains_text(page, "\"options\":[\"tired\",\"alone\",\"scared\"]"));
    CHECK(contains_text(page, "[\"cnt\",0]"));
    CHECK(contains_text(page, "{\"picks\":"));
    CHECK(contains_text(page, "role=\"radiogroup\""));
}

TEST_CASE("ink writes a scale as choices and a pick as once-only choices") {
    LoadedFlow loaded = scale_and_pick();
    const std::string ink = export_ink(*loaded.program);
    INFO(ink);
    CHECK(contains_text(ink, "+ [0 calm]\n    ~ distress = 0\n"));
    CHECK(contains_text(ink, "+ [10 overwhelmed]\n"));
    CHECK(contains_text(ink, "+ [Skip]\n"));
    CHECK(contains_text(ink, "* [scared]\n    ~ felt = felt + 4\n    -> opts\n"));
    CHECK(contains_text(ink, "+ [That's all]\n"));
    CHECK(contains_text(ink, "hf_count(felt) >= 2"));
    CHECK(contains_text(ink, "((felt / 1) mod 2 == 1)"));
    CHECK(contains_text(ink, "=== function hf_count(bits) ==="));
}

TEST_CASE("Mermaid names a scale's range and a pick's options") {
    LoadedFlow loaded = scale_and_pick();
    const std::string chart = export_mermaid(*loaded.flow);
    CHECK(contains_text(chart, "scale 0 to 10, calm to overwhelmed"));
    CHECK(contains_text(chart, "pick all that fit: 3 options"));
}

TEST_CASE("a transcript finds the steps of a flow a detour opened, and says where it went") {
    const auto folder = std::filesystem::temp_directory_path() /
                        ("heartflow-transcript-" + std::to_string(::getpid()));
    std::filesystem::create_directories(folder);
    std::ofstream(folder / "first.toml") << R"([flow]
id = "first"
title = "First"
start = "go"
format = 2

[[node]]
id = "go"
kind = "detour"
flow = "other.toml"
next = "done"

[[node]]
id = "done"
kind = "ending"
text = "Done"
)";
    std::ofstream(folder / "other.toml") << R"([flow]
id = "other"
title = "The Other Flow"
start = "done"

[[node]]
id = "done"
kind = "reflection"
title = "Words elsewhere"
text = "Write here."
next = "end"

[[node]]
id = "end"
kind = "ending"
text = "Over there"
)";
    LoadedFlow loaded = load_flow_file(folder / "first.toml");
    std::filesystem::remove_all(folder);
    INFO(describe_all(loaded.diagnostics));
    REQUIRE(loaded.ok());
    Session s(loaded.program);
    REQUIRE(s.start() == SessionError::ok);
    REQUIRE(s.set_journal("mine") == SessionError::ok);
    REQUIRE(s.choose(1) == SessionError::ok);
    REQUIRE(s.choose(1) == SessionError::ok);
    const std::string md = session_transcript(s.snapshot(), *loaded.program);
    INFO(md);
    CHECK(contains_text(md, "1. **Words elsewhere** (in The Other Flow)"));
    CHECK(contains_text(md, "3. **done** (back in First)"));
    CHECK(contains_text(md, "### Words elsewhere\n\n*Write here.*"));
    CHECK_FALSE(
        contains_text(session_transcript(s.snapshot(), loaded.flow.get()), "Words elsewhere"));
}

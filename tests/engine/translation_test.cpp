// Tests of translating a flow with PO files: the strings and their stable ids, the template, a
// round trip (extract, fill, apply, walk), placeholder checks, stale and missing reports, and
// choosing a translation by language and locale.
#include "test_support.h"

#include <doctest/doctest.h>
#include <heartflow/session.h>
#include <heartflow/translation.h>
#include <heartflow/translation_files.h>
#include <heartflow/validator.h>

#include <fstream>
#include <map>

using namespace heartflow;
using heartflow::testing::describe_all;
using heartflow::testing::has_diagnostic;

namespace {

constexpr std::string_view kTranslatedFlow = R"([flow]
id = "t"
title = "A Small Check"
start = "welcome"
description = "About boundaries."
help = "urgent"
help_lines = ["Call 555 0100"]
format = 2

[vars]
feeling = ""
tries = 0

[[node]]
id = "welcome"
kind = "question"
title = "Welcome"
text = "Which feeling is strongest?"
notes = "C11. Only authors see notes."

  [[node.choice]]
  label = "Resentment"
  goto = "boundary"
  set = { feeling = "'resentment'" }

  [[node.choice]]
  label = "Disgust"
  goto = "boundary"
  set = { feeling = "'disgust'" }

[[node]]
id = "boundary"
kind = "reflection"
title = "The boundary"
text = "Your {feeling} may ask for a boundary. Tried {plural tries: once|# times}."
placeholder = "I can't take that on."
save_as = "words"
set = { tries = "tries + 1" }
next = "end"

[[node]]
id = "end"
kind = "ending"
title = "Done"
text = "You wrote: {words|nothing yet}."

[[node]]
id = "urgent"
kind = "ending"
title = "Get help now"
text = "Contact someone you trust now."

[[node]]
id = "which"
kind = "route"
text = "Never shown to anyone"

  [[node.choice]]
  label = "tried before"
  goto = "end"
  when = "tries > 1"

  [[node.choice]]
  goto = "boundary"
)";

/// The flow's template with every msgstr filled by `translate(source words)`.
PoFile filled(const Flow& flow, const std::function<std::string(const std::string&)>& translate) {
    PoFile po = translation_template(flow, "t.toml");
    for (PoEntry& entry : po.entries)
        if (!entry.is_header()) entry.translations = {translate(entry.id)};
    return po;
}

/// The PO entry of a context (precondition: it is there).
PoEntry& entry_of(PoFile& po, std::string_view context) {
    auto it = std::find_if(po.entries.begin(), po.entries.end(),
                           [&](const PoEntry& e) { return e.context == context; });
    REQUIRE(it != po.entries.end());
    return *it;
}

} // namespace

TEST_CASE("every person-facing string has a stable id; routes and notes are not strings") {
    REQUIRE_LOADS(loaded, kTranslatedFlow);
    std::vector<std::string> contexts;
    for (const FlowString& s : flow_strings(*loaded.flow))
        contexts.push_back(s.context);
    CHECK(contexts == std::vector<std::string>{"[flow].title", "[flow].description",
                                               "[flow].help_lines.1", "welcome.title",
                                               "welcome.text", "welcome.choice.boundary",
                                               "welcome.choice.boundary.2", "boundary.title",
                                               "boundary.text", "boundary.placeholder", "end.title",
                                               "end.text", "urgent.title", "urgent.text"});
    const std::vector<FlowString> strings = flow_strings(*loaded.flow);
    CHECK(strings[4].note == "C11. Only authors see notes.");
    CHECK(strings[4].range.begin.line == 18);
    CHECK(strings[5].range.begin.line == 22);
    CHECK(strings[5].is_template);
    CHECK_FALSE(strings[9].is_template);
}

TEST_CASE("choices keep their ids when they are reordered") {
    std::string swapped(kTranslatedFlow);
    swapped.replace(swapped.find("Resentment"), 10, "Disgusted!");
    REQUIRE_LOADS(loaded, swapped);
    auto strings = flow_strings(*loaded.flow);
    auto label = std::find_if(strings.begin(), strings.end(), [](const FlowString& s) {
        return s.context == "welcome.choice.boundary";
    });
    REQUIRE(label != strings.end());
    CHECK(label->text == "Disgusted!");
}

TEST_CASE("the template reads back as PO with contexts, notes, reminders and references") {
    REQUIRE_LOADS(loaded, kTranslatedFlow);
    std::string pot = write_po(translation_template(*loaded.flow, "flows/t.toml"));
    PoParse parse = parse_po(pot);
    INFO(describe_all(parse.diagnostics));
    REQUIRE(parse.file);
    PoFile& po = *parse.file;
    CHECK(po.entries.size() == flow_strings(*loaded.flow).size() + 1);
    CHECK(po.entries.front().is_header());
    CHECK(po.header_field("Content-Type") == "text/plain; charset=UTF-8");
    PoEntry& text = entry_of(po, "welcome.text");
    CHECK(text.id == "Which feeling is strongest?");
    CHECK(text.references == std::vector<std::string>{"flows/t.toml:18"});
    CHECK(text.extracted_comments == std::vector<std::string>{"C11. Only authors see notes."});
    CHECK(entry_of(po, "boundary.text").extracted_comments.size() == 1); // keep {placeholders}
    CHECK(entry_of(po, "boundary.text").extracted_comments.front().find("{name}") !=
          std::string::npos);
    CHECK(entry_of(po, "boundary.text").translations == std::vector<std::string>{""});
}

TEST_CASE("a PO round trip: extract, fill, apply, and walk the translated flow") {
    REQUIRE_LOADS(loaded, kTranslatedFlow);
    PoFile po = filled(*loaded.flow, [](const std::string& words) { return "ΕΛ " + words; });
    entry_of(po, "boundary.text").translations = {
        "Το συναίσθημα {feeling} ζητά ένα όριο. {plural tries: Μία φορά|# φορές}."};
    TranslationResult result = translate_flow(*loaded.program, po, "t.el.po");
    INFO(describe_all(result.po_diagnostics));
    CHECK(result.po_diagnostics.empty());
    CHECK(result.flow_diagnostics.empty());
    CHECK(result.translated == result.strings);
    CHECK(result.flow->info.title == "ΕΛ A Small Check");
    CHECK(result.flow->info.help_lines.front().text == "ΕΛ Call 555 0100");
    CHECK(result.flow->nodes[1].placeholder == "ΕΛ I can't take that on.");
    ValidationResult checked = validate(result.flow);
    REQUIRE(checked.program);
    Session session(checked.program);
    REQUIRE(session.start() == SessionError::ok);
    CHECK(session.current_text() == "ΕΛ Which feeling is strongest?");
    CHECK(session.choices().at(1).label == "ΕΛ Disgust");
    REQUIRE(session.choose(2) == SessionError::ok);
    CHECK(session.current_text() == "Το συναίσθημα disgust ζητά ένα όριο. Μία φορά.");
    REQUIRE(session.set_journal("Κυριακές") == SessionError::ok);
    REQUIRE(session.choose(1) == SessionError::ok);
    CHECK(session.current_text() == "ΕΛ You wrote: Κυριακές.");
    CHECK(session.variable("feeling") == Value{std::string("disgust")}); // values stay the same
}

TEST_CASE("a translation whose placeholders differ is not used and says where and why") {
    REQUIRE_LOADS(loaded, kTranslatedFlow);
    PoFile po = filled(*loaded.flow, [](const std::string& words) { return words; });
    PoEntry& renamed = entry_of(po, "boundary.text");
    renamed.msgstr_position = {40, 1};
    renamed.translations = {"Το {feelings} σου."};
    PoEntry& dropped = entry_of(po, "end.text");
    dropped.msgstr_position = {50, 1};
    dropped.translations = {"Έγραψες κάτι."};
    PoEntry& broken = entry_of(po, "welcome.choice.boundary");
    broken.msgstr_position = {60, 1};
    broken.translations = {"Μνησικακία {if tries > : ναι}"};
    PoEntry& help_line = entry_of(po, "[flow].help_lines.1");
    help_line.msgstr_position = {70, 1};
    help_line.translations = {std::string(300, 'x')};
    TranslationResult result = translate_flow(*loaded.program, po, "t.el.po");
    INFO(describe_all(result.po_diagnostics));
    CHECK(has_diagnostic(result.po_diagnostics, DiagCode::bad_help_line, 70, 1));
    CHECK(has_diagnostic(result.po_diagnostics, DiagCode::translation_placeholders, 40, 1));
    CHECK(has_diagnostic(result.po_diagnostics, DiagCode::translation_placeholders, 50, 1));
    CHECK(has_diagnostic(result.po_diagnostics, DiagCode::translation_placeholders, 60, 1));
    CHECK(result.translated == result.strings - 4);
    CHECK(result.flow->nodes[1].text == loaded.flow->nodes[1].text); // the source words stay
    CHECK(result.flow->nodes[2].text == loaded.flow->nodes[2].text);
    CHECK(validate(result.flow).program != nullptr);
}

TEST_CASE("stale, fuzzy and missing translations are reported and never used") {
    REQUIRE_LOADS(loaded, kTranslatedFlow);
    PoFile po = filled(*loaded.flow, [](const std::string& words) { return "ΕΛ " + words; });
    PoEntry& changed = entry_of(po, "welcome.text");
    changed.id = "Which feeling is loudest?"; // the flow's words changed since
    changed.position = {10, 1};
    PoEntry& fuzzy = entry_of(po, "welcome.title");
    fuzzy.flags = {"fuzzy"};
    fuzzy.position = {20, 1};
    entry_of(po, "end.title").translations = {""};
    PoEntry gone;
    gone.context = "removed_step.text";
    gone.id = "Old words";
    gone.translations = {"Παλιά λόγια"};
    gone.position = {30, 1};
    po.entries.push_back(gone);
    po.entries.erase(std::find_if(po.entries.begin(), po.entries.end(),
                                  [](const PoEntry& e) { return e.context == "urgent.text"; }));
    TranslationResult result = translate_flow(*loaded.program, po, "t.el.po");
    INFO(describe_all(result.po_diagnostics));
    INFO(describe_all(result.flow_diagnostics));
    CHECK(has_diagnostic(result.po_diagnostics, DiagCode::translation_stale, 10, 1));
    CHECK(has_diagnostic(result.po_diagnostics, DiagCode::translation_missing, 20, 1));
    CHECK(has_diagnostic(result.po_diagnostics, DiagCode::translation_stale, 30, 1));
    CHECK(has_diagnostic(result.flow_diagnostics, DiagCode::translation_missing,
                         41)); // end.title: its [[node]]
    CHECK(
        has_diagnostic(result.flow_diagnostics, DiagCode::translation_missing, 51)); // urgent.text
    CHECK(result.flow_diagnostics.size() == 2);
    CHECK(result.translated == result.strings - 4);
    CHECK(result.flow->nodes[0].text == "Which feeling is strongest?");
    CHECK(result.flow->nodes[0].title == "Welcome");
    for (const Diagnostic& d : result.po_diagnostics)
        CHECK(d.severity == Severity::warning);
}

TEST_CASE("the locale chooses languages as gettext does") {
    auto with = [](std::map<std::string, std::string> env) {
        return locale_languages([env](const char* name) -> const char* {
            auto it = env.find(name);
            return it == env.end() ? nullptr : it->second.c_str();
        });
    };
    CHECK(with({{"LANG", "el_GR.UTF-8"}}) == std::vector<std::string>{"el_GR.UTF-8"});
    CHECK(with({{"LANG", "C.UTF-8"}, {"LANGUAGE", "el"}}).empty()); // C translates nothing
    CHECK(with({{"LANG", "de_DE.UTF-8"}, {"LC_MESSAGES", "ru_RU.UTF-8"}}) ==
          std::vector<std::string>{"ru_RU.UTF-8"});
    CHECK(with({{"LANG", "de_DE.UTF-8"}, {"LC_ALL", "fr_FR"}, {"LANGUAGE", "el:pt_BR"}}) ==
          std::vector<std::string>{"el", "pt_BR", "fr_FR"});
    CHECK(language_candidates("sr_RS.UTF-8@latin") ==
          std::vector<std::string>{"sr_RS@latin", "sr@latin", "sr_RS", "sr"});
    CHECK(language_candidates("el") == std::vector<std::string>{"el"});
    CHECK_FALSE(is_language_tag("../el"));
    CHECK_FALSE(is_language_tag("e"));
    CHECK(is_language_tag("zh-Hant"));
}

TEST_CASE("a flow loads in the first language with a file beside it, ll_CC before ll") {
    auto dir = std::filesystem::temp_directory_path() / "heartflow-translation-test";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    const auto flow_file = dir / "t.toml";
    std::ofstream(flow_file) << kTranslatedFlow;
    REQUIRE_LOADS(loaded, kTranslatedFlow);
    PoFile po = filled(*loaded.flow, [](const std::string& words) { return "ΕΛ " + words; });
    std::ofstream(dir / "t.el.po") << write_po(po);
    std::ofstream(dir / "t.pt.po") << "msgid \"a\"\nbroken\n";
    CHECK(translations_beside(flow_file).size() == 2);

    const std::vector<std::string> greek = {"el_GR.UTF-8"};
    TranslatedFlow translated = load_flow_translated(flow_file, greek);
    REQUIRE(translated.used);
    CHECK(translated.file->language == "el");
    CHECK(translated.loaded.flow->info.title == "ΕΛ A Small Check");
    CHECK(translated.translated == translated.strings);

    const std::vector<std::string> portuguese = {"pt_BR"};
    TranslatedFlow broken = load_flow_translated(flow_file, portuguese);
    CHECK_FALSE(broken.used);
    CHECK(broken.loaded.ok()); // the flow still plays, in its own words
    CHECK(broken.loaded.flow->info.title == "A Small Check");
    CHECK(has_diagnostic(broken.po_diagnostics, DiagCode::po_syntax, 2, 1));
    auto said = describe_translation(broken, "pt_BR");
    REQUIRE_FALSE(said.empty());
    CHECK(said.front().find("t.pt.po:2:1: error:") != std::string::npos);

    const std::vector<std::string> german = {"de"};
    TranslatedFlow none = load_flow_translated(flow_file, german);
    CHECK_FALSE(none.file);
    CHECK(describe_translation(none, "de").front().find("no 'de' translation") !=
          std::string::npos);
    CHECK(describe_translation(none, "").empty());
    std::filesystem::remove_all(dir);
}

// Tests of plural forms beyond one and other: gettext's Plural-Forms header read and evaluated
// with its guards, a bad header reported where it is written, and a translation that gives a
// {plural ...} the language's own forms (the Polish fixture, three forms).
#include "test_support.h"

#include <doctest/doctest.h>
#include <heartflow/plural_forms.h>
#include <heartflow/po_file.h>
#include <heartflow/session.h>
#include <heartflow/translation.h>
#include <heartflow/translation_files.h>

#include <string>

using namespace heartflow;
using heartflow::testing::describe_all;
using heartflow::testing::has_diagnostic;

namespace {

constexpr std::string_view kPolish = "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && "
                                     "(n%100<10 || n%100>=20) ? 1 : 2);";

/// The rule a value reads as (precondition: it reads).
PluralRule rule_of(std::string_view value) {
    auto parsed = parse_plural_forms(value);
    if (auto* error = std::get_if<PluralFormsError>(&parsed)) FAIL(error->message);
    return std::get<PluralRule>(parsed);
}

/// The error a value gives (precondition: it is refused).
PluralFormsError error_of(std::string_view value) {
    auto parsed = parse_plural_forms(value);
    REQUIRE(std::holds_alternative<PluralFormsError>(parsed));
    return std::get<PluralFormsError>(parsed);
}

/// The text of the step the session is at after taking `breaths` breaths in the fixture.
std::string after_breaths(const std::shared_ptr<const Program>& program, int breaths) {
    Session session(program);
    REQUIRE(session.start() == SessionError::ok);
    for (int i = 0; i < breaths; ++i) {
        if (i > 0) REQUIRE(session.choose(1) == SessionError::ok); // one more
        REQUIRE(session.choose(1) == SessionError::ok);            // done
    }
    return session.current_text();
}

} // namespace

TEST_CASE("Plural-Forms rules choose the language's form for each number") {
    const PluralRule polish = rule_of(kPolish);
    CHECK(polish.count() == 3);
    CHECK(polish.form(1) == 0);
    for (int n : {2, 3, 4, 22, 24, 102})
        CHECK(polish.form(n) == 1);
    for (int n : {0, 5, 11, 12, 14, 21, 25, 112})
        CHECK(polish.form(n) == 2);
    CHECK(polish.form(-2) == 1); // a negative count reads as its size

    const PluralRule french = rule_of("nplurals=2; plural=(n > 1);");
    CHECK(french.form(0) == 0);
    CHECK(french.form(1) == 0);
    CHECK(french.form(2) == 1);
    const PluralRule english;
    CHECK(english.form(1) == 0);
    CHECK(english.form(0) == 1);
    CHECK(rule_of("nplurals=1; plural=0").form(7) == 0); // Japanese: one form, no final ';'
    CHECK(rule_of(" nplurals = 2 ;plural= !(n == 1) ; ").form(1) == 0);
    CHECK(rule_of("nplurals=2; plural=n / 0 + n % 0;").form(5) == 0); // no division by zero
}

TEST_CASE("a Plural-Forms value that cannot be read says what and where") {
    CHECK(error_of("plural=n != 1;").message.find("nplurals=") != std::string::npos);
    CHECK(error_of("nplurals=0; plural=0;").offset == 9);
    CHECK(error_of("nplurals=7; plural=0;").message.find("1 to 6") != std::string::npos);
    const PluralFormsError unclosed = error_of("nplurals=2; plural=(n != 1;");
    CHECK(unclosed.message.find("'(' not closed") != std::string::npos);
    CHECK(unclosed.offset == 26);
    CHECK(error_of("nplurals=2; plural=n ? 1;").message.find("':'") != std::string::npos);
    const PluralFormsError assignment = error_of("nplurals=2; plural=(n = 1);");
    CHECK(assignment.offset == 22);
    CHECK(assignment.message.find("write '==' to compare") != std::string::npos);
    CHECK(error_of("nplurals=2; plural=x;").offset == 19);
    CHECK(error_of("nplurals=2; plural=n != 1; extra").offset == 27);
    CHECK(error_of("nplurals=2; plural=99999999999999;").message.find("too large") !=
          std::string::npos);
    const PluralFormsError range = error_of("nplurals=2; plural=n;");
    CHECK(range.message.find("form 2 for n = 2") != std::string::npos);
    std::string deep = "nplurals=2; plural=" + std::string(40, '(') + "n" + std::string(40, ')');
    CHECK(error_of(deep).message.find("nests too deeply") != std::string::npos);
    std::string nots = "nplurals=2; plural=" + std::string(40, '!') + "n;";
    CHECK(error_of(nots).message.find("nests too deeply") != std::string::npos);
    std::string chain = "nplurals=2; plural=n";
    for (int i = 0; i < 40; ++i)
        chain += " ? 1 : n";
    CHECK(error_of(chain + ";").message.find("nests too deeply") != std::string::npos);
    CHECK(error_of("nplurals=2; plural=" + std::string(2000, ' ') + "0;").message.find("1024") !=
          std::string::npos);
}

TEST_CASE("a PO header whose Plural-Forms cannot be read is an error at its line and column") {
    const std::string po = "msgid \"\"\n"
                           "msgstr \"\"\n"
                           "\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
                           "\"Plural-Forms: nplurals=3; plural=n %% 3;\\n\"\n";
    PoParse parse = parse_po(po);
    INFO(describe_all(parse.diagnostics));
    CHECK_FALSE(parse.file);
    CHECK(has_diagnostic(parse.diagnostics, DiagCode::po_syntax, 4, 38));
    REQUIRE_FALSE(parse.diagnostics.empty());
    CHECK(parse.diagnostics.front().message.find("Plural-Forms") != std::string::npos);
    // A template's placeholder is no rule yet, and not an error.
    PoParse pot = parse_po("msgid \"\"\nmsgstr \"Plural-Forms: nplurals=INTEGER; "
                           "plural=EXPRESSION;\\n\"\n");
    REQUIRE(pot.file);
    CHECK_FALSE(po_plural_rule(*pot.file));
}

TEST_CASE("a Polish translation gives a plural its three forms, chosen by Plural-Forms") {
    const auto flow_file = testing::data_dir() / "translations" / "breaths.toml";
    const std::vector<std::string> polish = {"pl_PL.UTF-8"};
    TranslatedFlow translated = load_flow_translated(flow_file, polish);
    INFO(describe_all(translated.po_diagnostics));
    REQUIRE(translated.used);
    CHECK(translated.translated == translated.strings);
    const auto& program = translated.loaded.program;
    CHECK(after_breaths(program, 1) == "Wziąłeś jeden oddech.");
    CHECK(after_breaths(program, 2) == "Wziąłeś 2 oddechy.");
    CHECK(after_breaths(program, 5) == "Wziąłeś 5 oddechów.");
    // The flow's own words keep English's two forms.
    TranslatedFlow english = load_flow_translated(flow_file, {});
    CHECK(after_breaths(english.loaded.program, 1) == "You took one breath.");
    CHECK(after_breaths(english.loaded.program, 5) == "You took 5 breaths.");
}

TEST_CASE("a plural with more forms than the language has, or three without a rule, is unused") {
    const auto flow_file = testing::data_dir() / "translations" / "breaths.toml";
    LoadedFlow loaded = load_flow_file(flow_file);
    REQUIRE(loaded.ok());
    PoParse parse = read_po_file(testing::data_dir() / "translations" / "breaths.pl.po");
    REQUIRE(parse.file);
    PoFile po = *parse.file;
    auto text = std::find_if(po.entries.begin(), po.entries.end(),
                             [](const PoEntry& e) { return e.context == "count.text"; });
    REQUIRE(text != po.entries.end());
    text->translations = {"{plural breaths: a|b|c|d}."};
    TranslationResult four = translate_flow(*loaded.program, po, "breaths.pl.po");
    CHECK(has_diagnostic(four.po_diagnostics, DiagCode::translation_placeholders,
                         text->msgstr_position.line, text->msgstr_position.column));
    CHECK(describe_all(four.po_diagnostics).find("has 3 forms") != std::string::npos);

    text->translations = {"{plural breaths: a|b|c}."};
    po.entries.front().translations = {"Content-Type: text/plain; charset=UTF-8\n"};
    TranslationResult no_rule = translate_flow(*loaded.program, po, "breaths.pl.po");
    CHECK(has_diagnostic(no_rule.po_diagnostics, DiagCode::translation_placeholders,
                         text->msgstr_position.line, text->msgstr_position.column));
    CHECK(describe_all(no_rule.po_diagnostics).find("at most two forms") != std::string::npos);
}

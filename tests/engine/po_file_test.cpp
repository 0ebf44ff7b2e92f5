// Tests of reading and writing gettext PO text: entries, comments, flags, escapes, plurals,
// wrapping, and located errors for malformed files.
#include "test_support.h"

#include <doctest/doctest.h>
#include <heartflow/po_file.h>

#include <fstream>
#include <iterator>

using namespace heartflow;
using heartflow::testing::describe_all;
using heartflow::testing::has_diagnostic;

namespace {

const PoFile& parsed_ok(const PoParse& parse) {
    INFO(describe_all(parse.diagnostics));
    REQUIRE(parse.file);
    return *parse.file;
}

} // namespace

TEST_CASE("a PO file's entries keep context, words, comments, flags and positions") {
    PoParse parse = parse_po(R"(# header comment
msgid ""
msgstr ""
"Language: el\n"
"Content-Type: text/plain; charset=UTF-8\n"

# a translator's remark
#. C01: from the seed
#: flows/x.toml:12
#, fuzzy, c-format
msgctxt "welcome.text"
msgid "Hello, "
"{name}"
msgstr "Γεια σου, {name}"

#~ msgid "old"
#~ msgstr "παλιό"
msgctxt "welcome.title"
msgid "Welcome"
msgstr ""
)");
    const PoFile& file = parsed_ok(parse);
    REQUIRE(file.entries.size() == 3);
    CHECK(file.entries[0].is_header());
    CHECK(file.header_field("Language") == "el");
    const PoEntry& text = file.entries[1];
    CHECK(text.context == "welcome.text");
    CHECK(text.id == "Hello, {name}");
    CHECK(text.translations == std::vector<std::string>{"Γεια σου, {name}"});
    CHECK(text.translator_comments == std::vector<std::string>{"a translator's remark"});
    CHECK(text.extracted_comments == std::vector<std::string>{"C01: from the seed"});
    CHECK(text.references == std::vector<std::string>{"flows/x.toml:12"});
    CHECK(text.flags == std::vector<std::string>{"fuzzy", "c-format"});
    CHECK(text.fuzzy());
    CHECK(text.position == SourcePos{11, 1});
    CHECK(text.msgstr_position == SourcePos{14, 1});
    CHECK(file.entries[2].context == "welcome.title");
    CHECK(file.entries[2].translations.front().empty());
    CHECK_FALSE(file.entries[2].fuzzy());
}

TEST_CASE("escapes read as C reads them, and writing escapes them back") {
    PoParse parse = parse_po("msgid \"a\\\"b\\\\c\\nd\\te\\101\\x42\"\nmsgstr \"x\"\n");
    const PoFile& file = parsed_ok(parse);
    CHECK(file.entries[0].id == "a\"b\\c\nd\teAB");
    CHECK(po_escape("a\"b\\c\nd\te\x01") == "a\\\"b\\\\c\\nd\\te\\001");
}

TEST_CASE("plural entries read msgid_plural and msgstr[n] in order") {
    PoParse parse = parse_po("msgid \"one\"\nmsgid_plural \"many\"\nmsgstr[0] \"ένα\"\n"
                             "msgstr[1] \"πολλά\"\nmsgstr[2] \"πάρα πολλά\"\n");
    const PoFile& file = parsed_ok(parse);
    CHECK(file.entries[0].id_plural == "many");
    CHECK(file.entries[0].translations.size() == 3);
}

TEST_CASE("written PO text reads back to the same entries, wrapped as gettext wraps") {
    PoFile file;
    PoEntry entry;
    entry.extracted_comments = {"a note"};
    entry.references = {"flows/x.toml:3"};
    entry.flags = {"fuzzy"};
    entry.context = "start.text";
    entry.id = "First line.\nA second line that is long enough to need wrapping because it goes "
               "on and on past seventy-nine columns of text.";
    entry.translations = {"Πρώτη γραμμή."};
    file.entries.push_back(entry);
    std::string text = write_po(file);
    CHECK(text.find("msgid \"\"\n\"First line.\\n\"\n\"A second line") != std::string::npos);
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        CHECK(end - start <= 79);
        start = end + 1;
    }
    PoParse back = parse_po(text);
    const PoFile& read = parsed_ok(back);
    REQUIRE(read.entries.size() == 1);
    CHECK(read.entries[0].id == entry.id);
    CHECK(read.entries[0].context == entry.context);
    CHECK(read.entries[0].translations == entry.translations);
    CHECK(read.entries[0].extracted_comments == entry.extracted_comments);
    CHECK(read.entries[0].fuzzy());
}

TEST_CASE("a malformed PO file is refused with each problem at its line and column") {
    auto errors = [](std::string_view text) {
        PoParse parse = parse_po(text);
        CHECK_FALSE(parse.file);
        return parse.diagnostics;
    };
    auto ds = errors("msgid \"a\"\nmsgstr \"unterminated\n");
    CHECK(has_diagnostic(ds, DiagCode::po_syntax, 2, 8));
    ds = errors("msgid \"a\"\nmsgstr \"b\"\nnonsense here\n");
    CHECK(has_diagnostic(ds, DiagCode::po_syntax, 3, 1));
    ds = errors("msgid \"a\"\n\nmsgid \"b\"\nmsgstr \"c\"\n");
    CHECK(has_diagnostic(ds, DiagCode::po_syntax, 3, 1)); // the first entry has no msgstr
    ds = errors("msgid \"a\"\nmsgstr \"b\\q\"\n");
    CHECK(has_diagnostic(ds, DiagCode::po_syntax, 2, 10));
    ds = errors(
        "msgctxt \"x\"\nmsgid \"a\"\nmsgstr \"b\"\n\nmsgctxt \"x\"\nmsgid \"a\"\nmsgstr \"c\"\n");
    CHECK(has_diagnostic(ds, DiagCode::po_syntax, 5, 1)); // the same entry twice
    ds = errors("msgid \"a\"\nmsgstr[0] \"b\"\n");
    CHECK(has_diagnostic(ds, DiagCode::po_syntax, 2, 1));
    ds = errors("msgid \"a\"\nmsgstr \"b\" extra\n");
    CHECK(has_diagnostic(ds, DiagCode::po_syntax, 2, 12));
    ds = errors("msgid \"a\"\nmsgstr \"caf\xE9\"\n");
    CHECK(has_diagnostic(ds, DiagCode::po_syntax, 2, 12));
    ds = errors("msgid \"a\"\nmsgstr \"\\xff\"\n");
    CHECK(has_diagnostic(ds, DiagCode::po_syntax, 1, 1)); // an escape that is not UTF-8
    ds = errors("msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=ISO-8859-1\\n\"\n");
    CHECK(has_diagnostic(ds, DiagCode::po_syntax, 2, 1));
}

TEST_CASE("an entry with no msgstr at the end of the file is reported where it starts") {
    PoParse parse = parse_po("msgid \"a\"\nmsgstr \"b\"\n\nmsgctxt \"c\"\nmsgid \"d\"\n");
    CHECK_FALSE(parse.file);
    CHECK(has_diagnostic(parse.diagnostics, DiagCode::po_syntax, 4, 1));
}

namespace {

/// The entries' meaning (positions left out), to compare a file with its rewrite.
std::vector<std::string> meaning(const PoFile& file) {
    std::vector<std::string> out;
    for (const PoEntry& e : file.entries) {
        std::string s = e.context.value_or("<none>") + "|" + e.id + "|" + e.id_plural.value_or("") +
                        "|" + std::to_string(e.translations.size());
        for (const auto* list : {&e.translations, &e.translator_comments, &e.extracted_comments,
                                 &e.references, &e.flags})
            for (const std::string& item : *list)
                s += "|" + item;
        out.push_back(s);
    }
    return out;
}

} // namespace

TEST_CASE("mutated PO files are refused with located errors or rewrite to the same entries") {
    std::ifstream in(heartflow::testing::data_dir() / "translations" / "heart-of-the-matter.el.po");
    const std::string original((std::istreambuf_iterator<char>(in)), {});
    REQUIRE(original.size() > 1000);
    const std::string alphabet = "\"\\\n#.:,|~[]0 msgidstrctxplural\xCE\xB1\x01";
    std::uint32_t state = 20261202;
    auto next = [&state] { return state = state * 1664525u + 1013904223u; };
    std::size_t parsed = 0;
    for (int round = 0; round < 400; ++round) {
        std::string text = original;
        for (int k = 0; k < 4; ++k) {
            std::size_t at = next() % text.size();
            if (next() % 2)
                text[at] = alphabet[next() % alphabet.size()];
            else
                text.erase(at, next() % 8);
        }
        PoParse parse = parse_po(text);
        const auto lines =
            static_cast<std::uint32_t>(std::count(text.begin(), text.end(), '\n') + 1);
        for (const Diagnostic& d : parse.diagnostics) {
            CHECK(d.range.begin.line >= 1);
            CHECK(d.range.begin.line <= lines);
        }
        if (!parse.file) continue;
        ++parsed;
        PoParse again = parse_po(write_po(*parse.file));
        INFO(describe_all(again.diagnostics));
        REQUIRE(again.file);
        CHECK(meaning(*again.file) == meaning(*parse.file));
    }
    CHECK(parsed > 0);
}

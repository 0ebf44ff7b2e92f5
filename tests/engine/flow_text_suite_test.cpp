// The lossless text layer over TOML's own conformance cases (../shared/toml-test/valid, skipped
// with a message when absent): the scanner follows every valid file byte for byte, and a flow
// carrying that file's tables survives an unedited save and a one-node edit with every other
// line kept.
#include "flow_layout.h"
#include "test_support.h"

#include <heartflow/flow_text.h>

#include <fstream>
#include <sstream>

using namespace heartflow;
using namespace heartflow::testing;

namespace {

std::string suite_text(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

std::vector<std::filesystem::path> suite_valid_files() {
    std::vector<std::filesystem::path> files;
    const auto valid = std::filesystem::path(HEARTFLOW_SHARED_DIR) / "toml-test" / "valid";
    if (!std::filesystem::exists(valid)) return files;
    for (const auto& e : std::filesystem::recursive_directory_iterator(valid))
        if (e.path().extension() == ".toml") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    return files;
}

// True when [begin, end) of `text` holds only blank and comment lines.
bool only_trivia(std::string_view text, std::size_t begin, std::size_t end) {
    if (begin == 0 && text.starts_with("\xEF\xBB\xBF")) begin = 3; // a byte order mark
    for (std::size_t i = begin; i < end;) { // each line blank (spaces, tabs, CR) or a comment
        const std::size_t nl = std::min(text.find('\n', i), end);
        std::string_view line = text.substr(i, nl - i);
        while (!line.empty() && (line.front() == ' ' || line.front() == '\t'))
            line.remove_prefix(1);
        if (!line.empty() && line != "\r" && line.front() != '#') return false;
        i = nl + 1;
    }
    return true;
}

// The text rebuilt from the scan's headers and entry lines and the trivia between them; empty
// with a message in `why` when a gap holds anything but blank and comment lines.
std::string rebuilt(std::string_view text, const ScannedToml& scan, std::string& why) {
    std::string out;
    std::size_t at = 0;
    auto piece = [&](Span s, const char* what) {
        if (s.begin < at || !only_trivia(text, at, s.begin))
            why = std::string("text before a ") + what + " at byte " + std::to_string(s.begin);
        out.append(text.substr(at, s.begin - at)).append(text.substr(s.begin, s.end - s.begin));
        at = s.end;
    };
    for (const ScannedTable& t : scan.tables) {
        if (t.header.end > t.header.begin) piece(t.header, "header");
        for (const ScannedEntry& e : t.entries)
            piece(e.line, "key");
    }
    if (!only_trivia(text, at, text.size())) why = "text after the last key";
    return out.append(text.substr(at));
}

const std::string kSuiteFlow = R"(# a flow carrying a toml-test file's tables
[flow]
id = "suite"
title = "Suite" # inline
start = "a"

# above a
[[node]]
id = "a"
kind = "question"
text = "Which?"

  [[node.choice]]
  label = "On" # after the label
  goto = "z"

# above z
[[node]]
id = "z"
kind = "ending"
text = "The end." # after the end
)";

// A flow whose only unknown table holds `key = value`, to check that a scanned value is whole.
bool value_loads(std::string_view value) {
    const std::string text = kSuiteFlow + "\n[scan_check]\nk = " + std::string(value) + "\n";
    return parse_flow(text).flow.has_value();
}

// True when `scan` names a root key or table that is one of the flow's parts.
bool collides(const ScannedToml& scan) {
    auto part = [](const std::vector<std::string>& name) {
        return !name.empty() && (name.front() == "flow" || name.front() == "vars" ||
                                 name.front() == "node" || name.front() == "test");
    };
    for (const ScannedTable& t : scan.tables) {
        if (part(t.name)) return true;
        if (&t == &scan.tables.front())
            for (const ScannedEntry& e : t.entries)
                if (part(e.key)) return true;
    }
    return false;
}

// Saves `text` (a flow holding `embedded` verbatim) unedited and after an edit of node z's text:
// only that line may change.
void check_saves(const std::string& text, const std::string& embedded) {
    ParseResult r = parse_flow(text);
    REQUIRE_MESSAGE(r.flow, describe_all(r.diagnostics));
    const Flow& base = *r.flow;
    CHECK(update_flow_text(text, base, base) == text);
    Flow edited = base;
    edited.nodes.back().text = "The end, edited.";
    const std::string out = update_flow_text(text, base, edited);
    std::string expected = text;
    expected.replace(expected.rfind("text = \"The end.\""), 17, "text = \"The end, edited.\"");
    CHECK(out == expected);
    CHECK(out.find(embedded) != std::string::npos);
    ParseResult again = parse_flow(out);
    REQUIRE(again.flow);
    CHECK(loads_as_edited(*again.flow, base, edited));
}

} // namespace

TEST_CASE("the scanner follows every valid toml-test file byte for byte") {
    const auto files = suite_valid_files();
    if (files.empty()) {
        MESSAGE("toml-test suite not found beside the checkout: skipped");
        return;
    }
    std::size_t values = 0;
    for (const auto& file : files) {
        CAPTURE(file);
        const std::string text = suite_text(file);
        const auto scan = scan_toml(text);
        REQUIRE(scan);
        std::string why;
        CHECK(rebuilt(text, *scan, why) == text);
        CHECK_MESSAGE(why.empty(), why);
        for (const Span& c : scan->comments)
            CHECK(text[c.begin] == '#');
        for (const ScannedTable& t : scan->tables)
            for (const ScannedEntry& e : t.entries) {
                const std::string_view value(text.data() + e.value.begin,
                                             e.value.end - e.value.begin);
                CHECK_MESSAGE(value_loads(value), value);
                ++values;
            }
    }
    MESSAGE("toml-test valid files scanned: " << files.size() << ", values checked: " << values);
    CHECK(files.size() >= 200);
}

TEST_CASE("a flow carrying each valid toml-test file's tables saves with every line kept") {
    const auto files = suite_valid_files();
    if (files.empty()) {
        MESSAGE("toml-test suite not found beside the checkout: skipped");
        return;
    }
    std::size_t prepended = 0, embedded = 0, colliding = 0;
    for (const auto& file : files) {
        CAPTURE(file);
        std::string text = suite_text(file);
        if (!text.empty() && text.back() != '\n') text += '\n';
        const auto scan = scan_toml(text);
        REQUIRE(scan);
        if (collides(*scan)) {
            ++colliding;
            continue;
        }
        check_saves(text + "\n" + kSuiteFlow, text);
        ++prepended;
        if (!scan->tables.front().entries.empty()) continue;    // its root keys would join node a
        if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3); // only a file's start may hold one
        std::string inside = kSuiteFlow;
        inside.insert(inside.find("# above z"), text + "\n");
        check_saves(inside, text);
        ++embedded;
    }
    MESSAGE("toml-test valid files carried by a flow: " << prepended << " at its top, " << embedded
                                                        << " between its nodes; " << colliding
                                                        << " skipped (they use the flow's keys)");
    CHECK(prepended >= 150);
}

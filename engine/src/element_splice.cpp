// Element-wise edits of an array or inline table: the canonical elements before and after are
// aligned (equal ones kept, moved ones carried, ones in the same place edited), then the value is
// written again from its own pieces: its opening and closing as written, each kept element's
// text with its comments, its own separators between them.
#include "element_splice.h"

#include "sequence_align.h"
#include "toml_text.h"

#include <vector>

namespace heartflow {

namespace {

bool blank(char c) {
    return c == ' ' || c == '\t';
}

std::size_t line_begin(std::string_view text, std::size_t at) {
    const std::size_t nl = at == 0 ? std::string_view::npos : text.rfind('\n', at - 1);
    return nl == std::string_view::npos ? 0 : nl + 1;
}

bool only_blanks(std::string_view text, std::size_t begin, std::size_t end) {
    for (std::size_t i = begin; i < end; ++i)
        if (!blank(text[i])) return false;
    return true;
}

// After the line that an element ending at `at` ends: blanks, a comma (noted in `comma`),
// blanks, a comment, the newline. nullopt when anything else follows the element on its line.
std::optional<std::size_t> element_line_end(std::string_view text, std::size_t at, bool& comma) {
    auto skip_blanks = [&] {
        while (at < text.size() && blank(text[at]))
            ++at;
    };
    skip_blanks();
    comma = at < text.size() && text[at] == ',';
    if (comma) ++at;
    skip_blanks();
    if (at < text.size() && text[at] == '#') at = text.find('\n', at);
    if (at < text.size() && text[at] == '\r') ++at;
    if (at >= text.size() || text[at] != '\n') return std::nullopt;
    return at + 1;
}

// One element of a value over lines, with the lines that go with it.
struct Unit {
    Span free;          ///< Blank and comment lines before it, not directly above it: they stay.
    Span own;           ///< The comment lines directly above it and its line(s), comment included.
    Span value;         ///< The element as written.
    bool comma = false; ///< A comma follows it on its line.
};

// An array over lines, each element on lines of its own.
struct OverLines {
    Span opening; ///< From '[' to the end of its line.
    std::vector<Unit> units;
    Span closing; ///< From the end of the last element's line to after ']'.
};

std::optional<OverLines> over_lines(std::string_view text, const ScannedEntry& entry) {
    OverLines l;
    bool comma = false;
    const auto opening_end = element_line_end(text, entry.value.begin + 1, comma);
    if (!opening_end || comma) return std::nullopt;
    l.opening = {entry.value.begin, *opening_end};
    std::size_t previous = *opening_end;
    for (const Span& e : entry.elements) {
        const std::size_t line = line_begin(text, e.begin);
        Unit u{{}, {}, e};
        const auto end = element_line_end(text, e.end, u.comma);
        if (line < previous || !only_blanks(text, line, e.begin) || !end) return std::nullopt;
        const std::size_t own = attached_comments_begin(text, previous, line);
        u.free = {previous, own};
        u.own = {own, *end};
        previous = *end;
        l.units.push_back(u);
    }
    const std::size_t closing = entry.value.end - 1;
    const std::size_t closing_line = line_begin(text, closing);
    if (closing_line < previous || !only_blanks(text, closing_line, closing)) return std::nullopt;
    l.closing = {previous, entry.value.end};
    return l;
}

std::string_view slice(std::string_view text, Span s) {
    return text.substr(s.begin, s.end - s.begin);
}

// An inline table item's key as written, without spaces or the quotes of a simple quoted key.
std::string_view item_key(std::string_view item) {
    std::string_view key = item.substr(0, item.find('='));
    while (!key.empty() && blank(key.back()))
        key.remove_suffix(1);
    if (key.size() >= 2 && (key.front() == '"' || key.front() == '\'') && key.back() == key.front())
        key = key.substr(1, key.size() - 2);
    return key;
}

// True when the file's items are the canonical ones, one for one (the model keeps the file's
// order; an item it left out, such as one with an error, makes them differ).
bool same_keys(std::string_view text, const std::vector<Span>& items,
               const std::vector<std::string_view>& canonical) {
    for (std::size_t i = 0; i < items.size(); ++i)
        if (item_key(slice(text, items[i])) != item_key(canonical[i])) return false;
    return true;
}

// One piece of the value written again: the free lines of base element `base`, or an element
// (kept or moved from `base`, else new) holding edited element `edited`.
struct Piece {
    bool element = true;
    std::optional<std::size_t> base;
    std::size_t edited = 0;
};

// The pieces of the value written again, in order: equal elements kept, an inserted element
// equal to a removed one is that one moved, others in the same place are edited in place (an
// inline table's items by key).
std::vector<Piece> pieces(const std::vector<std::string_view>& before,
                          const std::vector<std::string_view>& after, bool table) {
    auto same_key = [&](std::string_view b, std::string_view a) {
        return table && item_key(b) == item_key(a);
    };
    const auto steps = align_gaps(
        equal_anchors(before, after), before, after, same_key,
        [&](std::string_view b, std::string_view a) { return !table || same_key(b, a); });
    std::vector<bool> taken(before.size(), false);
    std::vector<Piece> out;
    for (const AlignStep& s : steps) {
        if (s.kind != AlignStep::insert) out.push_back({false, s.base, 0});
        if (s.kind == AlignStep::pair) out.push_back({true, s.base, s.edited});
        if (s.kind != AlignStep::insert) continue;
        Piece p{true, std::nullopt, s.edited};
        for (const AlignStep& r : steps)
            if (r.kind == AlignStep::remove && !taken[r.base] &&
                before[r.base] == after[s.edited]) {
                p.base = r.base;
                taken[r.base] = true;
                break;
            }
        out.push_back(p);
    }
    return out;
}

std::string written_over_lines(std::string_view text, const OverLines& l,
                               const std::vector<Piece>& ps,
                               const std::vector<std::string_view>& before,
                               const std::vector<std::string_view>& after,
                               const ElementStyle& style) {
    std::size_t last = 0; // the last element piece: only it may go without a comma
    for (std::size_t i = 0; i < ps.size(); ++i)
        if (ps[i].element) last = i;
    const std::string indent(l.units.empty() ? style.indent
                                             : indentation_at(text, l.units.front().value.begin));
    std::string out(slice(text, l.opening));
    for (std::size_t i = 0; i < ps.size(); ++i) {
        const Piece& p = ps[i];
        if (!p.element) {
            out += slice(text, l.units[*p.base].free);
            continue;
        }
        if (!p.base) {
            out.append(indent).append(after[p.edited]).append(",").append(style.newline);
            continue;
        }
        const Unit& u = l.units[*p.base];
        const bool same = before[*p.base] == after[p.edited];
        out += slice(text, {u.own.begin, u.value.begin});
        out += same ? slice(text, u.value) : after[p.edited];
        if (!u.comma && i != last) out += ',';
        out += slice(text, {u.value.end, u.own.end});
    }
    return out.append(slice(text, l.closing));
}

std::string written_on_one_line(std::string_view text, const ScannedEntry& entry,
                                const std::vector<Piece>& ps,
                                const std::vector<std::string_view>& before,
                                const std::vector<std::string_view>& after) {
    const std::vector<Span>& e = entry.elements;
    const std::string_view separator =
        e.size() > 1 ? slice(text, {e[0].end, e[1].begin}) : std::string_view(", ");
    std::string out(slice(text, {entry.value.begin, e.front().begin}));
    bool first = true;
    for (const Piece& p : ps) {
        if (!p.element) continue;
        if (!first) out += separator;
        first = false;
        const bool same = p.base && before[*p.base] == after[p.edited];
        out += same ? slice(text, e[*p.base]) : after[p.edited];
    }
    return out.append(slice(text, {e.back().end, entry.value.end}));
}

} // namespace

std::optional<std::string> splice_elements(std::string_view text, const ScannedEntry& entry,
                                           std::string_view before, std::string_view after,
                                           const ElementStyle& style) {
    const char opening = text[entry.value.begin];
    if ((opening != '[' && opening != '{') || before.empty() || after.empty() ||
        before.front() != opening || after.front() != opening)
        return std::nullopt;
    const auto old_elements = array_elements(before), new_elements = array_elements(after);
    if (old_elements.size() != entry.elements.size() ||
        (opening == '{' && !same_keys(text, entry.elements, old_elements)))
        return std::nullopt;
    const auto ps = pieces(old_elements, new_elements, opening == '{');
    if (slice(text, entry.value).find('\n') != std::string_view::npos) {
        const auto l = opening == '[' ? over_lines(text, entry) : std::nullopt;
        if (!l) return std::nullopt;
        return written_over_lines(text, *l, ps, old_elements, new_elements, style);
    }
    if (entry.elements.empty() || new_elements.empty()) return std::nullopt;
    return written_on_one_line(text, entry, ps, old_elements, new_elements);
}

} // namespace heartflow

// Cutting a scanned flow file into its parts.
#include "flow_layout.h"

#include <algorithm>
#include <array>

namespace heartflow {

namespace {

// True for a key or table name that is one of the flow's parts.
bool flow_part(const std::vector<std::string>& name) {
    static constexpr std::array<std::string_view, 4> kParts = {"flow", "vars", "node", "test"};
    return !name.empty() && std::find(kParts.begin(), kParts.end(), name.front()) != kParts.end();
}

bool named(const ScannedTable& t, std::initializer_list<std::string_view> name, bool array) {
    return t.array == array && t.name.size() == name.size() &&
           std::equal(name.begin(), name.end(), t.name.begin());
}

// Adds a flow table written as `entries` of another (dotted under `prefix`, or an inline
// table's items spanning `around`); gives its index.
std::size_t add_record(FlowLayout& layout, std::vector<ScannedEntry> entries, bool inline_items,
                       std::string prefix, Span around) {
    ScannedTable t;
    t.inline_items = inline_items;
    t.key_prefix = std::move(prefix);
    t.header = {around.begin, inline_items ? around.begin + 1 : around.begin};
    t.content_end = around.end;
    t.entries = std::move(entries);
    layout.scan.tables.push_back(std::move(t));
    return layout.scan.tables.size() - 1;
}

// The choices of node `n` written as a `choice = [{...}, ...]` array.
void follow_inline_choices(FlowLayout& layout, NodeLayout& n, const ScannedEntry& choices) {
    n.inline_choices = true;
    const std::vector<ScannedEntry> elements = choices.items;
    for (const ScannedEntry& c : elements)
        n.choices.push_back(add_record(layout, c.items, true, "", c.value));
}

// Root keys: the flow's tables written as dotted keys (`flow.id = ...`), inline tables
// (`flow = {...}`) or a root array of inline nodes (`node = [{...}]`), and keys of others.
void follow_root_keys(std::string_view text, FlowLayout& layout) {
    const std::vector<ScannedEntry> root = layout.scan.tables.front().entries;
    std::vector<ScannedEntry> dotted[2]; // flow, vars
    for (const ScannedEntry& e : root) {
        if (!flow_part(e.key)) {
            layout.foreign = true;
            continue;
        }
        const bool info = e.key.front() == "flow", vars = e.key.front() == "vars";
        const char opening = text[e.value.begin];
        if ((info || vars) && e.key.size() > 1) {
            ScannedEntry d = e;
            d.key.erase(d.key.begin());
            dotted[info ? 0 : 1].push_back(std::move(d));
        } else if ((info || vars) && e.key.size() == 1 && opening == '{') {
            (info ? layout.info : layout.vars) = add_record(layout, e.items, true, "", e.value);
        } else if (e.key.size() == 1 && e.key.front() == "node" && opening == '[' &&
                   layout.nodes.empty()) {
            layout.inline_nodes = true;
            for (const ScannedEntry& n : e.items) {
                NodeLayout node{add_record(layout, n.items, true, "", n.value), {}, n.value};
                for (const ScannedEntry& item : n.items)
                    if (item.key.size() == 1 && item.key.front() == "choice")
                        follow_inline_choices(layout, node, item);
                layout.nodes.push_back(std::move(node));
            }
        } else {
            layout.plain = false;
        }
    }
    for (int k = 0; k < 2; ++k) {
        if (dotted[k].empty()) continue;
        const Span around{dotted[k].front().line.begin, dotted[k].back().line.end};
        (k == 0 ? layout.info : layout.vars) =
            add_record(layout, dotted[k], false, k == 0 ? "flow." : "vars.", around);
    }
}

} // namespace

std::optional<FlowLayout> layout_flow_text(std::string_view text) {
    auto scan = scan_toml(text);
    if (!scan) return std::nullopt;
    FlowLayout layout;
    layout.scan = std::move(*scan);
    const auto& tables = layout.scan.tables;
    layout.text_tables = tables.size();
    bool indents_seen = false;
    std::size_t last_foreign = 0; // a choice after it would tie it into its node's block
    for (std::size_t i = 1; i < tables.size(); ++i) {
        const ScannedTable& t = tables[i];
        if (named(t, {"flow"}, false) && !layout.info) {
            layout.info = i;
        } else if (named(t, {"vars"}, false) && !layout.vars) {
            layout.vars = i;
        } else if (named(t, {"node"}, true)) {
            layout.nodes.push_back({i, {}, {}});
        } else if (named(t, {"node", "choice"}, true) && !layout.nodes.empty()) {
            layout.nodes.back().choices.push_back(i);
            if (last_foreign > layout.nodes.back().table) layout.plain = false;
            if (!indents_seen) {
                layout.choice_header_indent = std::string(indentation_at(text, t.header.begin));
                if (!t.entries.empty())
                    layout.choice_indent =
                        std::string(indentation_at(text, t.entries.front().line.begin));
                indents_seen = true;
            }
        } else if (named(t, {"test"}, true)) {
            layout.tests.push_back(i);
        } else if (!flow_part(t.name)) {
            layout.foreign = true;
            last_foreign = i;
        } else {
            layout.plain = false;
        }
    }
    for (NodeLayout& n : layout.nodes) {
        const std::size_t last = n.choices.empty() ? n.table : n.choices.back();
        n.block = {table_block(text, layout, n.table).begin, table_block(text, layout, last).end};
        if (const ScannedEntry* choices = find_entry(layout.scan.tables[n.table], "choice"))
            follow_inline_choices(layout, n, *choices);
    }
    follow_root_keys(text, layout);
    return layout;
}

Span table_block(std::string_view text, const FlowLayout& layout, std::size_t index) {
    const auto& tables = layout.scan.tables;
    const std::size_t limit = index > 0 ? tables[index - 1].content_end : 0;
    const std::size_t next =
        index + 1 < layout.text_tables ? tables[index + 1].header.begin : text.size();
    std::size_t end = tables[index].content_end;
    const auto lines = trivia_lines(text, end, next);
    const bool blank_follows =
        next == text.size() ||
        std::any_of(lines.begin(), lines.end(), [](const TriviaLine& l) { return l.blank; });
    for (std::size_t i = 0; blank_follows && i < lines.size() && !lines[i].blank; ++i) {
        const std::size_t nl = text.find('\n', lines[i].comment.end);
        end = nl == std::string_view::npos ? text.size() : nl + 1;
    }
    return {attached_comments_begin(text, limit, tables[index].header.begin), end};
}

const ScannedEntry* find_entry(const ScannedTable& table, std::string_view key) {
    for (const ScannedEntry& e : table.entries)
        if (e.key.size() == 1 && e.key.front() == key) return &e;
    return nullptr;
}

bool has_dotted_entry(const ScannedTable& table, std::string_view key) {
    for (const ScannedEntry& e : table.entries)
        if (e.key.size() > 1 && e.key.front() == key) return true;
    return false;
}

} // namespace heartflow

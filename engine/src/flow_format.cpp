// format_flow_text: the canonical form (canonical_form.h) with the file's comments woven back
// in. Own-line comments belong to the header or key below them; comments that directly follow a
// table's last key (no blank line between) stay at that table's end; an inline comment stays
// on its line, inline comments of adjacent lines aligned. A value holding comments (an array
// over lines) is kept as written. Blank lines between comments collapse to one.
#include "heartflow/flow_text.h"

#include "canonical_form.h"
#include "flow_layout.h"
#include "heartflow/writer.h"

#include <algorithm>

namespace heartflow {

namespace {

// True when every part of the flow sits in the text where the formatter can find it.
bool fits(const FlowLayout& layout, const Flow& flow) {
    if (!layout.plain || layout.foreign || layout.scan.tables.size() != layout.text_tables ||
        !layout.info || layout.nodes.size() != flow.nodes.size() ||
        layout.tests.size() != flow.tests.size())
        return false;
    for (const ScannedTable& t : layout.scan.tables)
        for (const ScannedEntry& e : t.entries)
            if (e.key.size() != 1) return false;
    for (std::size_t i = 0; i < flow.nodes.size(); ++i)
        if (layout.nodes[i].choices.size() != flow.nodes[i].choices.size() ||
            find_entry(layout.scan.tables[layout.nodes[i].table], "choice"))
            return false;
    return true;
}

class Formatter {
public:
    Formatter(std::string_view text, const FlowLayout& layout)
        : t_(text), layout_(layout), tables_(layout.scan.tables) {
        leading_.resize(tables_.size());
        trailing_.resize(tables_.size());
        for (std::size_t k = 1; k < tables_.size(); ++k) {
            auto lines = trivia_lines(t_, tables_[k - 1].content_end, tables_[k].header.begin);
            auto blank = std::find_if(lines.begin(), lines.end(),
                                      [](const TriviaLine& l) { return l.blank; });
            if (k > 1 && blank != lines.end()) trailing_[k - 1].assign(lines.begin(), blank);
            leading_[k].assign(k > 1 && blank != lines.end() ? blank : lines.begin(), lines.end());
        }
        trailing_.back() = trivia_lines(t_, tables_.back().content_end, t_.size());
    }

    std::string run(const Flow& flow) {
        table(*layout_.info, "[flow]", info_entries(flow.info), FlowTable::info, "", "");
        if (layout_.vars)
            table(*layout_.vars, "[vars]", variable_entries(flow.variables), FlowTable::vars, "",
                  "");
        for (std::size_t i = 0; i < flow.nodes.size(); ++i) {
            const NodeLayout& n = layout_.nodes[i];
            table(n.table, "[[node]]", node_entries(flow.nodes[i]), FlowTable::node, "", "");
            for (std::size_t c = 0; c < n.choices.size(); ++c)
                table(n.choices[c], "[[node.choice]]", choice_entries(flow.nodes[i].choices[c]),
                      FlowTable::choice, "  ", "  ");
        }
        for (std::size_t i = 0; i < flow.tests.size(); ++i)
            table(layout_.tests[i], "[[test]]", test_entries(flow.tests[i]), FlowTable::test, "",
                  "");
        flush();
        return std::move(out_);
    }

private:
    struct Line {
        std::string code;                   // the line without its inline comment
        std::optional<std::string> comment; // its inline comment
    };

    std::string_view slice(Span s) const { return t_.substr(s.begin, s.end - s.begin); }

    void comments(const std::vector<TriviaLine>& lines, std::string_view indent,
                  bool keep_leading_blank, bool keep_trailing_blank) {
        bool pending_blank = false, any = false;
        for (const TriviaLine& l : lines) {
            if (l.blank) {
                pending_blank = true;
                continue;
            }
            if (pending_blank && (any || keep_leading_blank)) lines_.push_back({});
            pending_blank = false;
            any = true;
            lines_.push_back({std::string(indent) + std::string(slice(l.comment)), std::nullopt});
        }
        if (pending_blank && any && keep_trailing_blank) lines_.push_back({});
    }

    std::optional<std::string> inline_comment(const std::optional<Span>& c) const {
        if (!c) return std::nullopt;
        Span s = *c;
        while (s.end > s.begin &&
               (t_[s.end - 1] == ' ' || t_[s.end - 1] == '\t' || t_[s.end - 1] == '\r'))
            --s.end;
        return std::string(slice(s));
    }

    void table(std::size_t index, std::string_view header, const std::vector<KeyValue>& entries,
               FlowTable kind, std::string_view header_indent, std::string_view indent) {
        const ScannedTable& t = tables_[index];
        if (!lines_.empty()) lines_.push_back({});
        comments(leading_[index], header_indent, false, true);
        lines_.push_back(
            {std::string(header_indent) + std::string(header), inline_comment(t.comment)});
        const std::size_t header_line = lines_.size();
        auto leading_of = [&](std::size_t i) {
            return trivia_lines(t_, i == 0 ? t.header.end : t.entries[i - 1].line.end,
                                t.entries[i].line.begin);
        };
        std::vector<bool> used(t.entries.size(), false);
        for (const KeyValue& kv : entries) {
            auto it = std::find_if(t.entries.begin(), t.entries.end(),
                                   [&](const ScannedEntry& e) { return e.key.front() == kv.key; });
            if (it == t.entries.end()) continue;
            const std::size_t i = static_cast<std::size_t>(it - t.entries.begin());
            used[i] = true;
            comments(leading_of(i), indent, lines_.size() > header_line, true);
            const std::string value =
                it->value_has_comment ? std::string(slice(it->value)) : kv.value;
            lines_.push_back(
                {std::string(indent) + kv.key + " = " + value, inline_comment(it->comment)});
        }
        for (std::size_t i = 0; i < t.entries.size(); ++i) { // keys the model leaves out
            if (used[i]) continue;
            const ScannedEntry& e = t.entries[i];
            comments(leading_of(i), indent, lines_.size() > header_line, true);
            const bool default_value =
                kind != FlowTable::vars && e.key.front() != "format" &&
                canonical_rank(kind, e.key.front()) < canonical_rank(kind, "");
            if (!default_value) {
                std::size_t begin = e.line.begin;
                while (t_[begin] == ' ' || t_[begin] == '\t')
                    ++begin;
                lines_.push_back({std::string(indent) + std::string(slice({begin, e.value.end})),
                                  inline_comment(e.comment)});
            } else if (auto c = inline_comment(e.comment)) {
                lines_.push_back({std::string(indent) + *c, std::nullopt});
            }
        }
        comments(trailing_[index], indent, index + 1 == tables_.size(), false);
    }

    // Writes the lines, each run of adjacent single-line inline comments aligned two spaces
    // after the longest line of the run.
    void flush() {
        for (std::size_t i = 0; i < lines_.size();) {
            auto aligned = [&](std::size_t k) {
                return k < lines_.size() && lines_[k].comment &&
                       lines_[k].code.find('\n') == std::string::npos;
            };
            std::size_t end = i, width = 0;
            while (aligned(end))
                width = std::max(width, lines_[end++].code.size());
            if (end == i) end = i + 1;
            for (; i < end; ++i) {
                Line& l = lines_[i];
                out_ += l.code;
                if (l.comment) {
                    const std::size_t column =
                        l.code.find('\n') == std::string::npos ? width : l.code.size();
                    out_.append(column - std::min(column, l.code.size()) + 2, ' ') += *l.comment;
                }
                out_ += '\n';
            }
        }
    }

    std::string_view t_;
    const FlowLayout& layout_;
    const std::vector<ScannedTable>& tables_;
    std::vector<std::vector<TriviaLine>> leading_; // per table: comment lines above its header
    std::vector<std::vector<TriviaLine>>
        trailing_; // per table: comment lines right after its last key
    std::vector<Line> lines_;
    std::string out_;
};

} // namespace

std::optional<std::string> format_flow_text(std::string_view text, const Flow& flow) {
    auto layout = layout_flow_text(text);
    if (layout && fits(*layout, flow)) return Formatter(text, *layout).run(flow);
    if (layout && layout->scan.comments.empty()) return write_flow(flow);
    return std::nullopt;
}

} // namespace heartflow

// update_flow_text: diffs the flow the text loaded to against the edited flow (nodes by id, then
// by place; choices by equality, then by place; keys by name) and splices only the differences
// into the original text. Every byte no difference touches is copied, so an unchanged flow
// gives the same bytes by construction.
#include "heartflow/flow_text.h"

#include "canonical_form.h"
#include "flow_layout.h"
#include "heartflow/writer.h"
#include "toml_text.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <unordered_map>

namespace heartflow {

namespace {

// One step of an alignment of a base sequence with an edited one.
struct AlignStep {
    enum Kind { pair, remove, insert } kind;
    std::size_t base = 0;   // for pair and remove
    std::size_t edited = 0; // for pair and insert
};

// The steps from `anchors` (matched (base, edited) pairs, both ascending). In each gap between
// anchors, a base element pairs (an edit in place, such as a renamed id) with the next edited
// one `similar` to it; with `pair_in_order`, when none is and the gap has as many of each,
// those that did not move (`unmoved`) pair in order. An element equal to one removed or inserted
// elsewhere is never paired: it moved, and its text moves with it. The rest are removed or
// inserted.
template <class T, class Similar, class Unmoved>
std::vector<AlignStep> align_gaps(const std::vector<std::pair<std::size_t, std::size_t>>& anchors,
                                  const std::vector<T>& base, const std::vector<T>& edited,
                                  Similar similar, Unmoved unmoved, bool pair_in_order) {
    std::vector<AlignStep> steps;
    std::size_t bi = 0, ei = 0;
    auto gap = [&](std::size_t b_end, std::size_t e_end) {
        std::vector<std::pair<std::size_t, std::size_t>> pairs;
        for (std::size_t b = bi, next_e = ei; b < b_end; ++b)
            for (std::size_t e = next_e; e < e_end; ++e)
                if (similar(base[b], edited[e])) {
                    pairs.emplace_back(b, e);
                    next_e = e + 1;
                    break;
                }
        if (pairs.empty() && pair_in_order && b_end - bi == e_end - ei)
            for (std::size_t k = 0; bi + k < b_end; ++k)
                if (unmoved(base[bi + k], edited[ei + k])) pairs.emplace_back(bi + k, ei + k);
        for (auto [b, e] : pairs) {
            for (; bi < b; ++bi)
                steps.push_back({AlignStep::remove, bi, 0});
            for (; ei < e; ++ei)
                steps.push_back({AlignStep::insert, 0, ei});
            steps.push_back({AlignStep::pair, bi++, ei++});
        }
        for (; bi < b_end; ++bi)
            steps.push_back({AlignStep::remove, bi, 0});
        for (; ei < e_end; ++ei)
            steps.push_back({AlignStep::insert, 0, ei});
    };
    for (auto [b, e] : anchors) {
        gap(b, e);
        steps.push_back({AlignStep::pair, bi++, ei++});
    }
    gap(base.size(), edited.size());
    return steps;
}

// Anchors of two choice lists: a longest common subsequence of equal choices.
std::vector<std::pair<std::size_t, std::size_t>> equal_anchors(const std::vector<Choice>& a,
                                                               const std::vector<Choice>& b) {
    std::vector<std::pair<std::size_t, std::size_t>> anchors;
    if (a.size() * b.size() > 4096) return anchors;
    std::vector<std::vector<std::size_t>> lcs(a.size() + 1,
                                              std::vector<std::size_t>(b.size() + 1, 0));
    for (std::size_t i = a.size(); i-- > 0;)
        for (std::size_t j = b.size(); j-- > 0;)
            lcs[i][j] =
                a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
        if (a[i] == b[j])
            anchors.emplace_back(i++, j++);
        else if (lcs[i + 1][j] >= lcs[i][j + 1])
            ++i;
        else
            ++j;
    }
    return anchors;
}

// Anchors of two node lists: nodes with the same id, kept while both indices ascend.
std::vector<std::pair<std::size_t, std::size_t>> id_anchors(const std::vector<Node>& base,
                                                            const std::vector<Node>& edited) {
    std::unordered_map<std::string_view, std::size_t> index;
    index.reserve(base.size());
    for (std::size_t i = 0; i < base.size(); ++i)
        index.emplace(base[i].id.value, i);
    std::vector<std::pair<std::size_t, std::size_t>> anchors;
    for (std::size_t j = 0; j < edited.size(); ++j) {
        auto it = index.find(edited[j].id.value);
        if (it != index.end() && (anchors.empty() || it->second > anchors.back().first))
            anchors.emplace_back(it->second, j);
    }
    return anchors;
}

std::string whole_number_pos(const std::array<double, 2>& p) {
    return "[" + toml_number(std::round(p[0])) + ", " + toml_number(std::round(p[1])) + "]";
}

const KeyValue* find_key(const std::vector<KeyValue>& list, std::string_view key) {
    for (const KeyValue& kv : list)
        if (kv.key == key) return &kv;
    return nullptr;
}

class Updater {
public:
    Updater(std::string_view text, const FlowLayout& layout)
        : text_(text), layout_(layout), tables_(layout.scan.tables) {}

    bool update(const Flow& base, const Flow& edited) {
        if (!layout_.plain || !layout_.info || layout_.nodes.size() != base.nodes.size() ||
            layout_.tests.size() != base.tests.size())
            return false;
        if (!(base.info == edited.info)) edit_info(base.info, edited.info);
        if (base.variables != edited.variables && !edit_variables(base.variables, edited.variables))
            return false;
        edit_nodes(base.nodes, edited.nodes);
        if (base.tests != edited.tests) edit_tests(base.tests, edited.tests);
        return true;
    }

    // The text with every splice applied; nullopt when two splices overlap (a bug: the caller
    // then writes the canonical form).
    std::optional<std::string> result() {
        std::stable_sort(splices_.begin(), splices_.end(), [](const Splice& a, const Splice& b) {
            return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
        });
        std::string out;
        out.reserve(text_.size() + 256);
        std::size_t at = 0;
        for (const Splice& s : splices_) {
            if (s.begin < at) return std::nullopt;
            out.append(text_.substr(at, s.begin - at)).append(s.text);
            at = s.end;
        }
        return out.append(text_.substr(at));
    }

private:
    struct Splice {
        std::size_t begin, end;
        std::string text;
    };

    std::string with_newlines(std::string s) const {
        if (layout_.scan.newline == "\n") return s;
        std::string out;
        for (char c : s)
            out += c == '\n' ? std::string("\r\n") : std::string(1, c);
        return out;
    }
    std::string_view slice(Span s) const { return text_.substr(s.begin, s.end - s.begin); }
    void replace(Span s, std::string text) {
        splices_.push_back({s.begin, s.end, with_newlines(std::move(text))});
    }
    void insert(std::size_t at, std::string text) { replace({at, at}, std::move(text)); }
    void insert_verbatim(std::size_t at, std::string_view before, Span original) {
        splices_.push_back(
            {at, at, with_newlines(std::string(before)) + std::string(slice(original))});
    }
    // Removes `block` and the blank lines after it.
    void remove_block(Span block) {
        std::size_t end = block.end;
        for (std::size_t i = end; i < text_.size(); ++i) {
            if (text_[i] == '\n')
                end = i + 1;
            else if (text_[i] != ' ' && text_[i] != '\t' && text_[i] != '\r')
                break;
        }
        splices_.push_back({block.begin, end, ""});
    }

    // Edits the keys of one table from `before` to `after` (canonical entries of the model);
    // false when a key it must change is written in a way it cannot splice (a dotted key).
    bool edit_table(std::size_t index, const std::vector<KeyValue>& before,
                    const std::vector<KeyValue>& after,
                    const std::function<std::size_t(std::string_view)>& rank,
                    std::string_view default_indent) {
        const ScannedTable& t = tables_[index];
        std::vector<const KeyValue*> changed_or_removed;
        for (const KeyValue& a : after) {
            const KeyValue* b = find_key(before, a.key);
            if (b && b->value == a.value) continue;
            if (has_dotted_entry(t, a.key)) return false;
            if (const ScannedEntry* e = find_entry(t, a.key)) {
                const std::string_view old = slice(e->value);
                const bool quoted = !old.empty() && (old.front() == '"' || old.front() == '\'');
                replace(e->value, a.string && quoted ? toml_string_like(old, *a.string) : a.value);
                continue;
            }
            const std::string indent =
                t.entries.empty()
                    ? std::string(default_indent)
                    : std::string(indentation_at(text_, t.entries.front().line.begin));
            insert(insertion_point(t, rank(a.key), rank), indent + a.key + " = " + a.value + "\n");
        }
        for (const KeyValue& b : before) {
            if (find_key(after, b.key)) continue;
            if (has_dotted_entry(t, b.key)) return false;
            for (std::size_t i = 0; i < t.entries.size(); ++i) {
                const ScannedEntry& e = t.entries[i];
                if (e.key.size() != 1 || e.key.front() != b.key) continue;
                const std::size_t limit = i == 0 ? t.header.end : t.entries[i - 1].line.end;
                replace({attached_comments_begin(text_, limit, e.line.begin), e.line.end}, "");
            }
        }
        return true;
    }

    // After the last entry whose key comes before rank `r`, else right after the header.
    std::size_t insertion_point(const ScannedTable& t, std::size_t r,
                                const std::function<std::size_t(std::string_view)>& rank) const {
        std::size_t at = t.header.end;
        for (const ScannedEntry& e : t.entries)
            if (e.key.size() == 1 && rank(e.key.front()) < r) at = e.line.end;
        return at;
    }

    std::function<std::size_t(std::string_view)> ranked(FlowTable kind) const {
        return [kind](std::string_view key) { return canonical_rank(kind, key); };
    }

    void replace_table(std::size_t index, std::string_view header,
                       const std::vector<KeyValue>& entries) {
        std::string text;
        append_table(text, header, entries, "", "");
        replace({tables_[index].header.begin, tables_[index].content_end}, text);
    }

    void edit_info(const FlowInfo& base, const FlowInfo& edited) {
        const std::size_t mark = splices_.size();
        if (!edit_table(*layout_.info, info_entries(base), info_entries(edited),
                        ranked(FlowTable::info), "")) {
            splices_.resize(mark);
            replace_table(*layout_.info, "[flow]", info_entries(edited));
        }
    }

    bool edit_variables(const std::vector<Variable>& base, const std::vector<Variable>& edited) {
        std::unordered_map<std::string_view, std::size_t> rank_of;
        for (std::size_t i = 0; i < edited.size(); ++i)
            rank_of.emplace(edited[i].name, i);
        if (!layout_.vars) {
            std::string text = "\n";
            append_table(text, "[vars]", variable_entries(edited), "", "");
            insert(tables_[*layout_.info].content_end, text);
            return true;
        }
        std::size_t last = 0; // the kept variables must keep their order
        for (const Variable& v : base) {
            auto it = rank_of.find(v.name);
            if (it == rank_of.end()) continue;
            if (it->second < last) {
                replace_table(*layout_.vars, "[vars]", variable_entries(edited));
                return true;
            }
            last = it->second;
        }
        auto rank = [&rank_of](std::string_view key) {
            auto it = rank_of.find(key);
            return it == rank_of.end() ? std::size_t{0} : it->second;
        };
        const std::size_t mark = splices_.size();
        if (!edit_table(*layout_.vars, variable_entries(base), variable_entries(edited), rank,
                        "")) {
            splices_.resize(mark);
            replace_table(*layout_.vars, "[vars]", variable_entries(edited));
        }
        return true;
    }

    std::string node_text(const Node& n) const {
        return node_block(n, layout_.choice_header_indent, layout_.choice_indent);
    }

    // Edits node `layout` from `base` to `edited` in place; false when it must be rewritten whole.
    bool edit_node(const NodeLayout& layout, const Node& base, const Node& edited) {
        std::vector<KeyValue> after = node_entries(edited);
        if (edited.pos && edited.pos != base.pos)
            for (KeyValue& kv : after)
                if (kv.key == "pos") kv.value = whole_number_pos(*edited.pos);
        if (!edit_table(layout.table, node_entries(base), after, ranked(FlowTable::node), ""))
            return false;
        if (base.choices == edited.choices) return true;
        const ScannedTable& table = tables_[layout.table];
        if (layout.choices.size() != base.choices.size() || find_entry(table, "choice") ||
            has_dotted_entry(table, "choice"))
            return false;
        auto moved = [&](const Choice& c, const std::vector<Choice>& other) {
            return std::find(other.begin(), other.end(), c) != other.end();
        };
        const auto steps = align_gaps(
            equal_anchors(base.choices, edited.choices), base.choices, edited.choices,
            [&](const Choice& b, const Choice& e) {
                return (b.label == e.label || b.target == e.target) && !moved(b, edited.choices) &&
                       !moved(e, base.choices);
            },
            [&](const Choice& b, const Choice& e) {
                return !moved(b, edited.choices) && !moved(e, base.choices);
            },
            true);
        std::vector<std::size_t>
            removed_choices; // a choice moved in the order takes its own text along
        for (const AlignStep& s : steps)
            if (s.kind == AlignStep::remove) removed_choices.push_back(s.base);
        std::size_t insert_at = table_block(text_, layout_, layout.table).end;
        for (const AlignStep& s : steps) {
            if (s.kind == AlignStep::pair) {
                const std::size_t index = layout.choices[s.base];
                if (!(base.choices[s.base] == edited.choices[s.edited]) &&
                    !edit_table(index, choice_entries(base.choices[s.base]),
                                choice_entries(edited.choices[s.edited]), ranked(FlowTable::choice),
                                layout_.choice_indent))
                    return false;
                insert_at = table_block(text_, layout_, index).end;
            } else if (s.kind == AlignStep::remove) {
                remove_block(table_block(text_, layout_, layout.choices[s.base]));
            } else {
                const Choice& c = edited.choices[s.edited];
                auto same = std::find_if(removed_choices.begin(), removed_choices.end(),
                                         [&](std::size_t b) { return base.choices[b] == c; });
                if (same != removed_choices.end()) {
                    insert_verbatim(insert_at, "\n",
                                    table_block(text_, layout_, layout.choices[*same]));
                    removed_choices.erase(same);
                    continue;
                }
                std::string text = "\n";
                append_table(text, "[[node.choice]]", choice_entries(c),
                             layout_.choice_header_indent, layout_.choice_indent);
                insert(insert_at, text);
            }
        }
        return true;
    }

    void edit_nodes(const std::vector<Node>& base, const std::vector<Node>& edited) {
        const auto steps = align_gaps(
            id_anchors(base, edited), base, edited,
            [](const Node& b, const Node& e) {
                return b.kind == e.kind && (b.text == e.text || b.title == e.title) && b.id != e.id;
            },
            [](const Node&, const Node&) { return false; }, false);
        std::unordered_map<std::string_view, std::size_t>
            removed; // by id, for a node moved in the order
        for (const AlignStep& s : steps)
            if (s.kind == AlignStep::remove) removed.emplace(base[s.base].id.value, s.base);
        std::optional<std::size_t> after_block; // end of the last node kept, in edited order
        for (const AlignStep& s : steps) {
            if (s.kind == AlignStep::pair) {
                const NodeLayout& layout = layout_.nodes[s.base];
                after_block = layout.block.end;
                if (base[s.base] == edited[s.edited]) continue;
                const std::size_t mark = splices_.size();
                if (!edit_node(layout, base[s.base], edited[s.edited])) {
                    splices_.resize(mark);
                    replace({tables_[layout.table].header.begin, layout.block.end},
                            node_text(edited[s.edited]));
                }
            } else if (s.kind == AlignStep::remove) {
                remove_block(layout_.nodes[s.base].block);
            } else {
                insert_node(edited[s.edited], after_block, base, removed);
            }
        }
    }

    void insert_node(const Node& node, std::optional<std::size_t> after_block,
                     const std::vector<Node>& base,
                     std::unordered_map<std::string_view, std::size_t>& removed) {
        std::optional<Span> reuse;
        if (auto it = removed.find(node.id.value);
            it != removed.end() && base[it->second] == node) {
            reuse = layout_.nodes[it->second].block;
            removed.erase(it);
        }
        std::size_t at = text_.size();
        std::string before = "\n", after;
        if (after_block) {
            at = *after_block;
        } else if (!layout_.nodes.empty() || !layout_.tests.empty()) {
            at = layout_.nodes.empty() ? table_block(text_, layout_, layout_.tests.front()).begin
                                       : layout_.nodes.front().block.begin;
            before.clear();
            after = "\n";
        } else if (!text_.empty() && text_.back() != '\n') {
            before = "\n\n";
        }
        if (reuse) {
            insert_verbatim(at, before, *reuse);
            if (!after.empty()) insert(at, after);
        } else {
            insert(at, before + node_text(node) + after);
        }
    }

    void edit_tests(const std::vector<FlowTest>& base, const std::vector<FlowTest>& edited) {
        const std::size_t common = std::min(base.size(), edited.size());
        for (std::size_t i = 0; i < common; ++i)
            if (!(base[i] == edited[i]) &&
                !edit_table(layout_.tests[i], test_entries(base[i]), test_entries(edited[i]),
                            ranked(FlowTable::test), ""))
                replace_table(layout_.tests[i], "[[test]]", test_entries(edited[i]));
        for (std::size_t i = common; i < base.size(); ++i)
            remove_block(table_block(text_, layout_, layout_.tests[i]));
        const std::size_t at =
            common > 0 ? tables_[layout_.tests[common - 1]].content_end : text_.size();
        for (std::size_t i = common; i < edited.size(); ++i) {
            std::string text = "\n";
            append_table(text, "[[test]]", test_entries(edited[i]), "", "");
            insert(at, text);
        }
    }

    std::string_view text_;
    const FlowLayout& layout_;
    const std::vector<ScannedTable>& tables_;
    std::vector<Splice> splices_;
};

bool positions_agree(const std::optional<std::array<double, 2>>& written,
                     const std::optional<std::array<double, 2>>& edited, const Node* base) {
    if (!edited) return !written;
    if (!written) return base && base->pos == edited;
    return std::abs((*written)[0] - (*edited)[0]) <= 0.5 &&
           std::abs((*written)[1] - (*edited)[1]) <= 0.5;
}

} // namespace

std::string update_flow_text(std::string_view text, const Flow& base, const Flow& edited) {
    if (base == edited) return std::string(text);
    auto layout = layout_flow_text(text);
    if (!layout) return write_flow(edited);
    Updater updater(text, *layout);
    if (!updater.update(base, edited)) return write_flow(edited);
    auto out = updater.result();
    return out ? std::move(*out) : write_flow(edited);
}

bool loads_as_edited(const Flow& written, const Flow& base, const Flow& edited) {
    if (written.nodes.size() != edited.nodes.size() || !(written.info == edited.info) ||
        written.variables != edited.variables || written.tests != edited.tests)
        return false;
    std::unordered_map<std::string_view, const Node*> base_by_id;
    for (std::size_t i = 0; i < written.nodes.size(); ++i) {
        const Node& e = edited.nodes[i];
        if (written.nodes[i].pos == e.pos) {
            if (!(written.nodes[i] == e)) return false;
            continue;
        }
        Node w = written.nodes[i];
        if (!w.pos && base_by_id.empty())
            for (const Node& b : base.nodes)
                base_by_id.emplace(b.id.value, &b);
        auto it = base_by_id.find(e.id.value);
        if (!positions_agree(w.pos, e.pos, it == base_by_id.end() ? nullptr : it->second))
            return false;
        w.pos = e.pos;
        if (!(w == e)) return false;
    }
    return true;
}

} // namespace heartflow

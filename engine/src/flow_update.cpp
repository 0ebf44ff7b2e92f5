// update_flow_text: diffs the flow the text loaded to against the edited flow (nodes by id, then
// by place; choices by equality, then by place; keys by name) and splices only the differences
// into the original text. Every byte no difference touches is copied, so an unchanged flow
// gives the same bytes by construction.
#include "heartflow/flow_text.h"

#include "canonical_form.h"
#include "element_splice.h"
#include "flow_layout.h"
#include "heartflow/writer.h"
#include "sequence_align.h"
#include "toml_text.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

namespace heartflow {

namespace {

// Each node's id with how many nodes before it share it ("a", then "a#1"): a file may repeat an
// id (an error the validator reports), and each node must still be matched once.
std::vector<std::string> occurrence_keys(const std::vector<Node>& nodes) {
    std::unordered_map<std::string_view, std::size_t> seen;
    std::vector<std::string> keys;
    keys.reserve(nodes.size());
    for (const Node& n : nodes) {
        const std::size_t k = seen[n.id.value]++;
        keys.push_back(k == 0 ? n.id.value : n.id.value + "#" + std::to_string(k));
    }
    return keys;
}

// Anchors of two node lists: the most nodes with the same key whose order did not change (a
// longest increasing run of base indices, in edited order), so a node moved in the order is
// the one that moves, not every node it jumped over.
Anchors id_anchors(const std::vector<std::string>& base, const std::vector<std::string>& edited) {
    std::unordered_map<std::string_view, std::size_t> index;
    index.reserve(base.size());
    for (std::size_t i = 0; i < base.size(); ++i)
        index.emplace(base[i], i);
    Anchors matched;
    for (std::size_t j = 0; j < edited.size(); ++j)
        if (auto it = index.find(edited[j]); it != index.end()) matched.emplace_back(it->second, j);
    std::vector<std::size_t> tails, before(matched.size()); // patience sorting
    for (std::size_t k = 0; k < matched.size(); ++k) {
        auto at =
            std::lower_bound(tails.begin(), tails.end(), matched[k].first,
                             [&](std::size_t t, std::size_t b) { return matched[t].first < b; });
        before[k] = at == tails.begin() ? k : *(at - 1);
        if (at == tails.end())
            tails.push_back(k);
        else
            *at = k;
    }
    Anchors anchors(tails.size());
    for (std::size_t n = tails.size(), k = tails.empty() ? 0 : tails.back(); n-- > 0; k = before[k])
        anchors[n] = matched[k];
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
        if (!(base.info == edited.info) && !edit_info(base.info, edited.info)) return false;
        if (base.variables != edited.variables && !edit_variables(base.variables, edited.variables))
            return false;
        if (!edit_nodes(base.nodes, edited.nodes)) return false;
        if (base.tests != edited.tests) edit_tests(base.tests, edited.tests);
        return true;
    }

    // The text with every splice applied; nullopt when two splices overlap or a moved node had
    // to be written anew over comments (the caller then writes the canonical form, keeping every
    // comment).
    std::optional<std::string> result() {
        std::string out;
        out.reserve(text_.size() + 256);
        if (broken_ || !apply(splices_, {0, text_.size()}, out)) return std::nullopt;
        return out;
    }

private:
    struct Splice {
        std::size_t begin, end;
        std::string text;
    };

    // Appends `range` of the text with `splices` applied (each clipped to the range); false when
    // two overlap.
    bool apply(std::vector<Splice> splices, Span range, std::string& out) const {
        std::stable_sort(splices.begin(), splices.end(), [](const Splice& a, const Splice& b) {
            return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
        });
        std::size_t at = range.begin;
        for (const Splice& s : splices) {
            const std::size_t begin = std::clamp(s.begin, range.begin, range.end);
            if (begin < at) return false;
            out.append(text_.substr(at, begin - at)).append(s.text);
            at = std::clamp(s.end, range.begin, range.end);
        }
        out.append(text_.substr(at, range.end - at));
        return true;
    }

    // Takes the splices recorded since `mark` out of the edit and gives `block` with them
    // applied: a block that moves carries its edits (and its comments) along. No more than one
    // blank line is left at its end.
    std::optional<std::string> take_edited(Span block, std::size_t mark) {
        std::vector<Splice> own(splices_.begin() + static_cast<std::ptrdiff_t>(mark),
                                splices_.end());
        splices_.resize(mark);
        std::string out;
        if (!apply(std::move(own), block, out)) return std::nullopt;
        const std::string blank = layout_.scan.newline + layout_.scan.newline;
        while (out.ends_with(blank))
            out.resize(out.size() - layout_.scan.newline.size());
        return out;
    }

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
    void insert_verbatim(std::size_t at, std::string_view before, std::string_view original) {
        splices_.push_back({at, at, with_newlines(std::string(before)) + std::string(original)});
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
        for (const KeyValue& a : after) {
            const KeyValue* b = find_key(before, a.key);
            if (b && b->value == a.value) continue;
            if (has_dotted_entry(t, a.key)) return false;
            if (const ScannedEntry* e = find_entry(t, a.key)) {
                edit_value(*e, b, a);
                continue;
            }
            add_key(t, a, rank, default_indent);
        }
        for (const KeyValue& b : before) {
            if (find_key(after, b.key)) continue;
            if (has_dotted_entry(t, b.key)) return false;
            for (std::size_t i = 0; i < t.entries.size(); ++i)
                if (t.entries[i].key.size() == 1 && t.entries[i].key.front() == b.key)
                    remove_key(t, i);
        }
        return true;
    }

    // Changes the value of entry `e` from `before` (when the model had it) to `after`: a string
    // in its own style, an array or inline table element by element with the comments of each,
    // else written anew (where comments inside it would be lost, the whole file is written in
    // canonical form with every comment kept instead).
    void edit_value(const ScannedEntry& e, const KeyValue* before, const KeyValue& after) {
        const std::string_view old = slice(e.value);
        const bool quoted = !old.empty() && (old.front() == '"' || old.front() == '\'');
        if (after.string && quoted) return replace(e.value, toml_string_like(old, *after.string));
        const std::string indent(indentation_at(text_, e.line.begin));
        const std::string element_indent =
            indent + (layout_.choice_indent.empty() ? "  " : layout_.choice_indent);
        std::optional<std::string> spliced;
        if (before)
            spliced = splice_elements(text_, e, before->value, after.value,
                                      {layout_.scan.newline, element_indent});
        const bool too_long = spliced && spliced->find('\n') == std::string::npos &&
                              indent.size() + after.key.size() + 3 + spliced->size() > 100;
        if (spliced && !too_long)
            return splices_.push_back({e.value.begin, e.value.end, std::move(*spliced)});
        if (e.value_has_comment) broken_ = true; // never lose them silently
        replace(e.value, laid_out(after.value, after.key, indent, e.value));
    }

    // Adds `kv` to table `t` after the last key that comes before it: a line, with the prefix of
    // dotted keys, or an item of an inline table.
    void add_key(const ScannedTable& t, const KeyValue& kv,
                 const std::function<std::size_t(std::string_view)>& rank,
                 std::string_view default_indent) {
        if (t.inline_items) {
            const std::string item = kv.key + " = " + kv.value;
            const ScannedEntry* after = nullptr;
            for (const ScannedEntry& e : t.entries)
                if (e.key.size() == 1 && rank(e.key.front()) < rank(kv.key)) after = &e;
            if (after)
                insert(after->value.end, ", " + item);
            else if (!t.entries.empty())
                insert(t.entries.front().line.begin, item + ", ");
            else
                insert(t.header.end, " " + item + " ");
            return;
        }
        const std::string indent =
            t.entries.empty() ? std::string(default_indent)
                              : std::string(indentation_at(text_, t.entries.front().line.begin));
        insert(insertion_point(t, rank(kv.key), rank),
               indent + t.key_prefix + kv.key + " = " +
                   laid_out(kv.value, kv.key, indent, std::nullopt) + "\n");
    }

    // Removes entry `i` of table `t`: its line and the comment lines directly above it, or an
    // inline table's item and the comma before it (after it, for the first).
    void remove_key(const ScannedTable& t, std::size_t i) {
        const ScannedEntry& e = t.entries[i];
        if (!t.inline_items) {
            replace(entry_lines(t, i), "");
        } else if (i > 0) {
            replace({t.entries[i - 1].value.end, e.value.end}, "");
        } else {
            replace({e.line.begin, t.entries.size() > 1 ? t.entries[1].line.begin : e.value.end},
                    "");
        }
    }

    // The lines of entry `i` of table `t` (not an inline table): the comment lines directly
    // above it and its own.
    Span entry_lines(const ScannedTable& t, std::size_t i) const {
        const std::size_t limit = i == 0 ? t.header.end : t.entries[i - 1].line.end;
        return {attached_comments_begin(text_, limit, t.entries[i].line.begin),
                t.entries[i].line.end};
    }

    // Edits [vars] whose kept variables changed order: the fewest lines move, each with the
    // comment lines directly above it, to after the variable before it in the edited order;
    // false when [vars] is an inline table or its keys are dotted or repeated.
    bool move_variables(const std::vector<Variable>& base, const std::vector<Variable>& edited) {
        const ScannedTable& t = tables_[*layout_.vars];
        if (t.inline_items || t.entries.size() != base.size()) return false;
        std::vector<std::string> base_names, edited_names;
        std::unordered_map<std::string_view, std::size_t> moved; // base index, by name
        for (std::size_t i = 0; i < base.size(); ++i) {
            if (t.entries[i].key.size() != 1 || t.entries[i].key.front() != base[i].name)
                return false;
            base_names.push_back(base[i].name);
        }
        for (const Variable& v : edited)
            edited_names.push_back(v.name);
        auto never = [](const std::string&, const std::string&) { return false; };
        const auto steps = align_gaps(id_anchors(base_names, edited_names), base_names,
                                      edited_names, never, never);
        for (const AlignStep& s : steps)
            if (s.kind == AlignStep::remove) moved.emplace(base_names[s.base], s.base);
        const auto before = variable_entries(base), after = variable_entries(edited);
        std::size_t at = t.header.end;
        for (const AlignStep& s : steps) {
            if (s.kind == AlignStep::pair) {
                if (before[s.base].value != after[s.edited].value)
                    edit_value(t.entries[s.base], &before[s.base], after[s.edited]);
                at = t.entries[s.base].line.end;
            } else if (s.kind == AlignStep::remove) {
                remove_key(t, s.base);
            } else if (auto it = moved.find(edited_names[s.edited]); it != moved.end()) {
                const std::size_t mark = splices_.size();
                if (before[it->second].value != after[s.edited].value)
                    edit_value(t.entries[it->second], &before[it->second], after[s.edited]);
                auto text = take_edited(entry_lines(t, it->second), mark);
                if (!text) return false;
                insert_verbatim(at, "", *text);
            } else {
                const std::string_view indent = indentation_at(text_, t.entries.front().line.begin);
                insert(at, std::string(indent) + t.key_prefix + after[s.edited].key + " = " +
                               laid_out(after[s.edited].value, after[s.edited].key, indent,
                                        std::nullopt) +
                               "\n");
            }
        }
        return true;
    }

    // `value` as the file lays it out: an array replacing one written over lines, or one whose
    // line would pass 100 columns, goes one element per line in the file's own indentation.
    std::string laid_out(const std::string& value, std::string_view key, std::string_view indent,
                         std::optional<Span> old) const {
        if (value.size() < 2 || value.front() != '[' || value.find('\n') != std::string::npos)
            return value;
        const bool was_over_lines = old && slice(*old).find('\n') != std::string_view::npos;
        if (!was_over_lines && indent.size() + key.size() + 3 + value.size() <= 100) return value;
        std::string element(indent);
        element += layout_.choice_indent.empty() ? "  " : layout_.choice_indent;
        std::string closing(indent);
        if (was_over_lines) {
            const std::size_t first = text_.find('\n', old->begin) + 1;
            element = indentation_at(text_, first);
            closing = indentation_at(text_, old->end - 1);
        }
        return array_over_lines(value, element, closing);
    }

    // Appends a new table as append_table does, its long arrays laid out over lines.
    void append_laid_out(std::string& out, std::string_view header,
                         std::vector<KeyValue> entries) const {
        for (KeyValue& kv : entries)
            kv.value = laid_out(kv.value, kv.key, "", std::nullopt);
        append_table(out, header, entries, "", "");
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

    // Rewrites table `index` whole; false when it is not a table of its own.
    bool replace_table(std::size_t index, std::string_view header,
                       const std::vector<KeyValue>& entries) {
        if (!written_as_table(index)) return false;
        std::string text;
        append_table(text, header, entries, "", "");
        replace({tables_[index].header.begin, tables_[index].content_end}, text);
        return true;
    }

    bool written_as_table(std::size_t index) const { return index < layout_.text_tables; }

    // Edits [flow]; false when it must be rewritten and is not a table of its own.
    bool edit_info(const FlowInfo& base, const FlowInfo& edited) {
        const std::size_t mark = splices_.size();
        if (edit_table(*layout_.info, info_entries(base), info_entries(edited),
                       ranked(FlowTable::info), ""))
            return true;
        splices_.resize(mark);
        return replace_table(*layout_.info, "[flow]", info_entries(edited));
    }

    bool edit_variables(const std::vector<Variable>& base, const std::vector<Variable>& edited) {
        std::unordered_map<std::string_view, std::size_t> rank_of;
        for (std::size_t i = 0; i < edited.size(); ++i)
            rank_of.emplace(edited[i].name, i);
        if (!layout_.vars) {
            if (!written_as_table(*layout_.info)) return false;
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
                const std::size_t mark = splices_.size();
                if (move_variables(base, edited)) return true;
                splices_.resize(mark);
                return replace_table(*layout_.vars, "[vars]", variable_entries(edited));
            }
            last = it->second;
        }
        auto rank = [&rank_of](std::string_view key) {
            auto it = rank_of.find(key);
            return it == rank_of.end() ? std::size_t{0} : it->second;
        };
        const std::size_t mark = splices_.size();
        if (edit_table(*layout_.vars, variable_entries(base), variable_entries(edited), rank, ""))
            return true;
        splices_.resize(mark);
        return replace_table(*layout_.vars, "[vars]", variable_entries(edited));
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
        if (layout.choices.size() != base.choices.size() ||
            (!layout.inline_choices && find_entry(table, "choice")) ||
            has_dotted_entry(table, "choice"))
            return false;
        return edit_choices(layout, base.choices, edited.choices);
    }

    // Edits a node's choices: each kept choice in place, each moved one (edited or not) carried
    // with its comments to its new place, new ones as blocks after the one before.
    bool edit_choices(const NodeLayout& layout, const std::vector<Choice>& base,
                      const std::vector<Choice>& edited) {
        auto moved = [&](const Choice& c, const std::vector<Choice>& other) {
            return std::find(other.begin(), other.end(), c) != other.end();
        };
        auto unmoved = [&](const Choice& b, const Choice& e) {
            return !moved(b, edited) && !moved(e, base);
        };
        // Two choices are paired by their place only when neither is like a changed choice
        // elsewhere: a choice moved and edited is carried by its likeness, with its comments.
        auto like_another = [&](const Choice& b, const Choice& e) {
            for (const Choice& o : edited)
                if (&o != &e && !moved(o, base) && similar(b, o)) return true;
            for (const Choice& o : base)
                if (&o != &b && !moved(o, edited) && similar(o, e)) return true;
            return false;
        };
        const auto steps = align_gaps(
            equal_anchors(base, edited), base, edited,
            [&](const Choice& b, const Choice& e) { return unmoved(b, e) ? likeness(b, e) : 0; },
            [&](const Choice& b, const Choice& e) {
                return unmoved(b, e) && (similar(b, e) || !like_another(b, e));
            });
        const auto moved_from = pair_moved_choices(steps, base, edited);
        if (layout.inline_choices || !written_as_table(layout.table)) // inline: in place only
            return std::all_of(steps.begin(), steps.end(), [&](const AlignStep& s) {
                return s.kind == AlignStep::pair &&
                       (base[s.base] == edited[s.edited] ||
                        edit_choice(layout.choices[s.base], base[s.base], edited[s.edited]));
            });
        std::size_t insert_at = table_block(text_, layout_, layout.table).end;
        for (const AlignStep& s : steps) {
            if (s.kind == AlignStep::pair) {
                const std::size_t index = layout.choices[s.base];
                if (!(base[s.base] == edited[s.edited]) &&
                    !edit_choice(index, base[s.base], edited[s.edited]))
                    return false;
                insert_at = table_block(text_, layout_, index).end;
            } else if (s.kind == AlignStep::remove) {
                remove_block(table_block(text_, layout_, layout.choices[s.base]));
            } else if (!insert_choice(layout, base, edited[s.edited], moved_from[s.edited],
                                      insert_at)) {
                return false;
            }
        }
        return true;
    }

    // The same choice, edited: its label kept, or its target (given a rename of the target).
    bool similar(const Choice& b, const Choice& e) const { return likeness(b, e) > 0; }

    // How alike two choices are: 4 equal, 3 the same label and target (given a rename of the
    // target), 2 the same label, 1 the same target, 0 not alike.
    int likeness(const Choice& b, const Choice& e) const {
        if (b == e) return 4;
        auto renamed = renamed_to_.find(b.target.value);
        const bool target = b.target == e.target ||
                            (renamed != renamed_to_.end() && renamed->second == e.target.value);
        return b.label == e.label ? (target ? 3 : 2) : (target ? 1 : 0);
    }

    // For each inserted choice (by edited index), the removed choice it is, moved: pairs taken
    // likest first over all of them, so of two edited choices like one removed choice the one
    // that kept its label (and then the earlier one) takes its text and comments.
    std::vector<std::optional<std::size_t>> pair_moved_choices(const std::vector<AlignStep>& steps,
                                                               const std::vector<Choice>& base,
                                                               const std::vector<Choice>& edited) {
        struct Candidate {
            int likeness;
            std::size_t base, edited;
        };
        std::vector<Candidate> candidates;
        for (const AlignStep& r : steps)
            for (const AlignStep& i : steps)
                if (r.kind == AlignStep::remove && i.kind == AlignStep::insert)
                    if (const int l = likeness(base[r.base], edited[i.edited]); l > 0)
                        candidates.push_back({l, r.base, i.edited});
        std::stable_sort(
            candidates.begin(), candidates.end(),
            [](const Candidate& a, const Candidate& b) { return a.likeness > b.likeness; });
        std::vector<std::optional<std::size_t>> from(edited.size());
        std::vector<bool> taken(base.size(), false);
        for (const Candidate& c : candidates)
            if (!taken[c.base] && !from[c.edited]) {
                taken[c.base] = true;
                from[c.edited] = c.base;
            }
        return from;
    }

    bool edit_choice(std::size_t index, const Choice& base, const Choice& edited) {
        return edit_table(index, choice_entries(base), choice_entries(edited),
                          ranked(FlowTable::choice), layout_.choice_indent);
    }

    // Inserts choice `c` at `at`: the text of removed choice `from` (when it is `c`, moved),
    // edited, or a new block.
    bool insert_choice(const NodeLayout& layout, const std::vector<Choice>& base, const Choice& c,
                       std::optional<std::size_t> from, std::size_t at) {
        if (!from) {
            std::string text = "\n";
            append_table(text, "[[node.choice]]", choice_entries(c), layout_.choice_header_indent,
                         layout_.choice_indent);
            insert(at, text);
            return true;
        }
        const std::size_t index = layout.choices[*from], mark = splices_.size();
        const Choice& was = base[*from];
        if (!(was == c) && !edit_choice(index, was, c)) return false;
        auto moved = take_edited(table_block(text_, layout_, index), mark);
        if (!moved) return false;
        insert_verbatim(at, "\n", *moved);
        return true;
    }

    // Edits the nodes; false when they must be written anew (an inline array of nodes is edited
    // in place only).
    bool edit_nodes(const std::vector<Node>& base, const std::vector<Node>& edited) {
        const auto base_keys = occurrence_keys(base), edited_keys = occurrence_keys(edited);
        for (const Node& n : base)
            base_ids_.insert(n.id.value);
        for (const Node& n : edited)
            edited_ids_.insert(n.id.value);
        std::unordered_set<std::string_view> gone_words; // texts and titles of ids gone
        for (const Node& n : base)
            if (!edited_ids_.count(n.id.value)) gone_words.insert({n.text, n.title});
        // In order, a node renamed in its place, unless it is like a node gone elsewhere (then it
        // is that node, moved).
        auto in_place = [&](const Node& b, const Node& e) {
            return renamed(b, e) && !(!e.text.empty() && gone_words.count(e.text)) &&
                   !(!e.title.empty() && gone_words.count(e.title));
        };
        const auto steps = align_gaps(
            id_anchors(base_keys, edited_keys), base, edited,
            [&](const Node& b, const Node& e) { return rename_likeness(b, e); }, in_place);
        if (layout_.inline_nodes &&
            !std::all_of(steps.begin(), steps.end(),
                         [](const AlignStep& s) { return s.kind == AlignStep::pair; }))
            return false;
        const auto moved_from = pair_moved_nodes(steps, base, edited, base_keys, edited_keys);
        note_renames(steps, base, edited, moved_from);
        std::optional<std::size_t> after_block; // end of the last node kept, in edited order
        for (const AlignStep& s : steps) {
            if (s.kind == AlignStep::pair) {
                const NodeLayout& layout = layout_.nodes[s.base];
                after_block = layout.block.end;
                if (base[s.base] == edited[s.edited]) continue;
                const std::size_t mark = splices_.size();
                if (!edit_node(layout, base[s.base], edited[s.edited])) {
                    // written anew, when that loses no comment
                    const Span whole{tables_[layout.table].header.begin, layout.block.end};
                    if (layout_.inline_nodes || has_comment_in(whole)) return false;
                    splices_.resize(mark);
                    replace(whole, node_text(edited[s.edited]));
                }
            } else if (s.kind == AlignStep::remove) {
                remove_block(layout_.nodes[s.base].block);
            } else {
                insert_node(edited[s.edited], moved_from[s.edited], after_block, base);
            }
        }
        return true;
    }

    // For each inserted node (by edited index), the removed node it is, moved: the one with its
    // id (and occurrence), else the likest renamed one, pairs taken likest first over all of
    // them (so a copy of a node does not take the block of another node renamed beside it).
    std::vector<std::optional<std::size_t>>
    pair_moved_nodes(const std::vector<AlignStep>& steps, const std::vector<Node>& base,
                     const std::vector<Node>& edited, const std::vector<std::string>& base_keys,
                     const std::vector<std::string>& edited_keys) const {
        std::unordered_map<std::string_view, std::size_t> removed; // by id and occurrence
        for (const AlignStep& s : steps)
            if (s.kind == AlignStep::remove) removed.emplace(base_keys[s.base], s.base);
        std::vector<std::optional<std::size_t>> from(edited.size());
        std::vector<std::size_t> inserted;
        for (const AlignStep& s : steps) {
            if (s.kind != AlignStep::insert) continue;
            if (auto it = removed.find(edited_keys[s.edited]); it != removed.end()) {
                from[s.edited] = it->second;
                removed.erase(it);
            } else {
                inserted.push_back(s.edited);
            }
        }
        std::vector<std::tuple<int, std::size_t, std::size_t>> candidates; // likeness, b, e
        for (const auto& r : removed)
            for (std::size_t e : inserted)
                if (const int l = rename_likeness(base[r.second], edited[e]); l > 0)
                    candidates.emplace_back(-l, r.second, e);
        std::sort(candidates.begin(), candidates.end());
        std::unordered_set<std::size_t> taken;
        for (const auto& [l, b, e] : candidates)
            if (!from[e] && taken.insert(b).second) from[e] = b;
        return from;
    }

    // Notes each rename (a pair with a new id, or an inserted node that takes the block of a
    // removed one with another id), so a choice whose target was renamed is known again.
    void note_renames(const std::vector<AlignStep>& steps, const std::vector<Node>& base,
                      const std::vector<Node>& edited,
                      const std::vector<std::optional<std::size_t>>& moved_from) {
        for (const AlignStep& s : steps) {
            if (s.kind == AlignStep::pair && base[s.base].id != edited[s.edited].id)
                renamed_to_.emplace(base[s.base].id.value, edited[s.edited].id.value);
            const auto from = s.kind == AlignStep::insert ? moved_from[s.edited] : std::nullopt;
            if (from && base[*from].id != edited[s.edited].id)
                renamed_to_.emplace(base[*from].id.value, edited[s.edited].id.value);
        }
    }

    // A node whose id is new, in place of one whose id is gone, is that node renamed.
    bool renamed(const Node& b, const Node& e) const {
        return b.kind == e.kind && !edited_ids_.count(b.id.value) && !base_ids_.count(e.id.value);
    }
    bool renamed_alike(const Node& b, const Node& e) const {
        return renamed(b, e) && (b.text == e.text || b.title == e.title);
    }
    // How likely `e` is `b` renamed: 0 when it is not renamed_alike, else one more for each of
    // its parts that is the same, so of two new nodes like a node gone (a copy and the node
    // itself, renamed and edited) the one that kept more of it is it.
    int rename_likeness(const Node& b, const Node& e) const {
        if (!renamed_alike(b, e)) return 0;
        return 1 + (b.text == e.text) + (b.title == e.title) + (b.next == e.next) +
               (b.notes == e.notes) + (b.choices == e.choices) + (b.pattern == e.pattern) +
               (b.effects == e.effects) + (b.pos == e.pos);
    }

    bool has_comment_in(Span s) const {
        const auto& comments = layout_.scan.comments;
        auto it = std::lower_bound(comments.begin(), comments.end(), s.begin,
                                   [](const Span& c, std::size_t at) { return c.begin < at; });
        return it != comments.end() && it->begin < s.end;
    }

    // The text of `node` where it is inserted: the block of removed node `from` (the node moved
    // in the order), edited, when there is one; else a new block.
    std::string moved_node_text(const Node& node, std::optional<std::size_t> from,
                                const std::vector<Node>& base) {
        if (!from) return with_newlines(node_text(node));
        const NodeLayout& layout = layout_.nodes[*from];
        const Node& was = base[*from];
        const std::size_t mark = splices_.size();
        std::optional<std::string> moved;
        if (was == node || edit_node(layout, was, node)) moved = take_edited(layout.block, mark);
        splices_.resize(mark);
        if (!moved && has_comment_in(layout.block)) broken_ = true; // never lose them silently
        return moved ? *moved : with_newlines(node_text(node));
    }

    void insert_node(const Node& node, std::optional<std::size_t> from,
                     std::optional<std::size_t> after_block, const std::vector<Node>& base) {
        const std::string text = moved_node_text(node, from, base);
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
        insert_verbatim(at, before, text);
        if (!after.empty()) insert(at, after);
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
            append_laid_out(text, "[[test]]", test_entries(edited[i]));
            insert(at, text);
        }
    }

    std::string_view text_;
    const FlowLayout& layout_;
    const std::vector<ScannedTable>& tables_;
    std::vector<Splice> splices_;
    std::unordered_set<std::string_view> base_ids_, edited_ids_;        // of the nodes
    std::unordered_map<std::string_view, std::string_view> renamed_to_; // node ids, base to edited
    bool broken_ = false; // an edit could not be spliced without losing a comment
};

bool positions_agree(const std::optional<std::array<double, 2>>& written,
                     const std::optional<std::array<double, 2>>& edited, const Node* base) {
    if (!edited) return !written;
    if (!written) return base && base->pos == edited;
    return std::abs((*written)[0] - (*edited)[0]) <= 0.5 &&
           std::abs((*written)[1] - (*edited)[1]) <= 0.5;
}

// The canonical form of `edited`, for a file in a shape the splices cannot follow, with every
// comment of `text` kept: the comment lines that open the file stay at its top, the others
// follow the flow under a line that says why they moved.
std::string canonical_keeping_comments(std::string_view text, const FlowLayout& layout,
                                       const Flow& edited) {
    const std::string body = write_flow(edited);
    if (layout.scan.comments.empty()) return body;
    const auto& tables = layout.scan.tables;
    std::size_t first = tables.size() > 1 ? tables[1].header.begin : text.size();
    if (!tables.front().entries.empty()) first = tables.front().entries.front().line.begin;
    std::string top, rest;
    for (const Span& c : layout.scan.comments) {
        std::string_view comment = text.substr(c.begin, c.end - c.begin);
        while (!comment.empty() && (comment.back() == ' ' || comment.back() == '\r'))
            comment.remove_suffix(1);
        (c.end <= first ? top : rest).append(comment) += '\n';
    }
    if (!top.empty()) top += '\n';
    if (!rest.empty())
        rest.insert(0, "\n# heartflow could not edit this file's shape in place, so it wrote it in "
                       "canonical form;\n# these comments were in it:\n");
    return top + body + rest;
}

} // namespace

std::string update_flow_text(std::string_view text, const Flow& base, const Flow& edited) {
    if (base == edited) return std::string(text);
    auto layout = layout_flow_text(text);
    if (!layout) return write_flow(edited);
    Updater updater(text, *layout);
    std::optional<std::string> out;
    if (updater.update(base, edited)) out = updater.result();
    return out ? std::move(*out) : canonical_keeping_comments(text, *layout, edited);
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

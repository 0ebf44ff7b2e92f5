// The canonical form's tables. Order: [flow], [vars], each [[node]] with its [[node.choice]]
// tables, then [[test]]; inside each table a fixed key order; optional keys only when set.
#include "canonical_form.h"

#include "toml_text.h"

#include <algorithm>
#include <array>

namespace heartflow {

namespace {

// True when an expression's source is exactly a TOML integer or boolean, so it can be written
// bare and read back to the same source.
bool is_plain_literal(const std::string& source) {
    if (source == "true" || source == "false") return true;
    std::size_t i = source.size() > 1 && source[0] == '-' ? 1 : 0;
    if (i >= source.size() || source.size() - i > 18) return false;
    if (source[i] == '0') return source.size() == 1;
    for (; i < source.size(); ++i)
        if (source[i] < '0' || source[i] > '9') return false;
    return true;
}

std::string literal(const Value& v) {
    if (auto s = std::get_if<std::string>(&v)) return toml_string(*s);
    return to_display_string(v);
}

template <std::size_t N> std::string number_array(const std::array<double, N>& values) {
    std::string out = "[";
    for (std::size_t i = 0; i < N; ++i)
        out += (i ? ", " : "") + toml_number(values[i]);
    return out + "]";
}

constexpr std::array<std::string_view, 11> kInfoKeys = {
    "id",    "title",   "start", "description", "author", "summary",
    "suits", "minutes", "help",  "help_lines",  "format"};
constexpr std::array<std::string_view, 22> kNodeKeys = {
    "id",          "kind", "title", "text", "pos",   "pattern", "rounds",   "save_as",
    "placeholder", "into", "min",   "max",  "low",   "high",    "check_in", "options",
    "flow",        "at",   "set",   "next", "notes", "choice"};
constexpr std::array<std::string_view, 4> kChoiceKeys = {"label", "goto", "when", "set"};
constexpr std::array<std::string_view, 7> kTestKeys = {"name",    "choose",  "reach", "vars",
                                                       "answers", "ratings", "picks"};

// An array of strings: on one line when `key = [...]` fits in 100 columns, else one per line.
std::string string_array(std::string_view key, const std::vector<std::string>& items,
                         std::size_t indent) {
    std::string line = "[";
    for (std::size_t i = 0; i < items.size(); ++i)
        line += (i ? ", " : "") + toml_string(items[i]);
    line += "]";
    if (indent + key.size() + 3 + line.size() <= 100) return line;
    std::string lines = "[\n";
    for (const std::string& item : items)
        lines += std::string(indent + 2, ' ') + toml_string(item) + ",\n";
    return lines + std::string(indent, ' ') + "]";
}

// The answer keys of a scale or pick step, in canonical order.
void append_answer_entries(const Node& n, std::vector<KeyValue>& out) {
    if (!n.into.empty()) out.push_back({"into", toml_string(n.into), n.into});
    if (n.scale_min) out.push_back({"min", std::to_string(*n.scale_min)});
    if (n.scale_max) out.push_back({"max", std::to_string(*n.scale_max)});
    if (!n.low.empty()) out.push_back({"low", toml_string(n.low), n.low});
    if (!n.high.empty()) out.push_back({"high", toml_string(n.high), n.high});
    if (!n.check_in.empty()) out.push_back({"check_in", toml_string(n.check_in), n.check_in});
    if (!n.options.empty()) out.push_back({"options", string_array("options", n.options, 0)});
}

// A test's `ratings` and `picks`.
void append_answer_tests(const FlowTest& t, std::vector<KeyValue>& out) {
    if (!t.ratings.empty()) {
        std::string ratings = "{ ";
        for (std::size_t i = 0; i < t.ratings.size(); ++i)
            ratings += (i ? ", " : "") + toml_key(t.ratings[i].node.value) + " = " +
                       std::to_string(t.ratings[i].rating);
        out.push_back({"ratings", ratings + " }"});
    }
    if (t.picks.empty()) return;
    std::string picks = "{ ";
    for (std::size_t i = 0; i < t.picks.size(); ++i) {
        std::string list;
        for (std::size_t k = 0; k < t.picks[i].items.size(); ++k)
            list += (k ? ", " : "") + toml_string(t.picks[i].items[k]);
        picks += (i ? ", " : "") + toml_key(t.picks[i].node.value) + " = [" + list + "]";
    }
    out.push_back({"picks", picks + " }"});
}

} // namespace

std::string assignments_value(const std::vector<Assignment>& effects) {
    std::string out = "{ ";
    for (std::size_t i = 0; i < effects.size(); ++i) {
        const Assignment& a = effects[i];
        if (i) out += ", ";
        out += toml_key(a.variable) + " = " +
               (is_plain_literal(a.value.source) ? a.value.source : toml_string(a.value.source));
    }
    return out + " }";
}

std::vector<KeyValue> info_entries(const FlowInfo& info) {
    std::vector<KeyValue> out = {{"id", toml_string(info.id), info.id},
                                 {"title", toml_string(info.title), info.title},
                                 {"start", toml_string(info.start.value), info.start.value}};
    if (!info.description.empty())
        out.push_back({"description", toml_text(info.description), info.description});
    if (!info.author.empty()) out.push_back({"author", toml_string(info.author), info.author});
    if (!info.summary.empty()) out.push_back({"summary", toml_string(info.summary), info.summary});
    if (!info.suits.empty()) out.push_back({"suits", toml_string(info.suits), info.suits});
    if (info.minutes)
        out.push_back({"minutes", "[" + std::to_string((*info.minutes)[0]) + ", " +
                                      std::to_string((*info.minutes)[1]) + "]"});
    if (info.help) out.push_back({"help", toml_string(info.help->value), info.help->value});
    if (!info.help_lines.empty()) {
        std::string lines = "[\n";
        for (const HelpLineText& l : info.help_lines)
            lines += "  " + toml_string(l.text) + ",\n";
        out.push_back({"help_lines", lines + "]"});
    }
    if (info.format != 1) out.push_back({"format", std::to_string(info.format)});
    return out;
}

std::vector<KeyValue> variable_entries(const std::vector<Variable>& variables) {
    std::vector<KeyValue> out;
    for (const Variable& v : variables) {
        const auto* text = std::get_if<std::string>(&v.initial);
        out.push_back({toml_key(v.name), literal(v.initial),
                       text ? std::optional<std::string>(*text) : std::nullopt});
    }
    return out;
}

std::vector<KeyValue> node_entries(const Node& n) {
    std::vector<KeyValue> out = {{"id", toml_string(n.id.value), n.id.value},
                                 {"kind", toml_string(kind_name(n.kind)), kind_name(n.kind)}};
    if (!n.title.empty()) out.push_back({"title", toml_string(n.title), n.title});
    if (!n.text.empty() || !is_unshown(n.kind)) out.push_back({"text", toml_text(n.text), n.text});
    if (n.pos) out.push_back({"pos", number_array(*n.pos)});
    if (n.pattern) out.push_back({"pattern", number_array(*n.pattern)});
    if (n.rounds) out.push_back({"rounds", std::to_string(*n.rounds)});
    if (!n.save_as.empty()) out.push_back({"save_as", toml_string(n.save_as), n.save_as});
    if (!n.placeholder.empty())
        out.push_back({"placeholder", toml_text(n.placeholder), n.placeholder});
    append_answer_entries(n, out);
    if (!n.flow.empty()) out.push_back({"flow", toml_string(n.flow), n.flow});
    if (n.at) out.push_back({"at", toml_string(n.at->value), n.at->value});
    if (!n.effects.empty()) out.push_back({"set", assignments_value(n.effects)});
    if (n.next) out.push_back({"next", toml_string(n.next->value), n.next->value});
    if (!n.notes.empty()) out.push_back({"notes", toml_text(n.notes), n.notes});
    return out;
}

std::vector<KeyValue> choice_entries(const Choice& c) {
    std::vector<KeyValue> out; // a route's choices may have no label
    if (!c.label.empty()) out.push_back({"label", toml_string(c.label), c.label});
    out.push_back({"goto", toml_string(c.target.value), c.target.value});
    if (c.when) out.push_back({"when", toml_string(c.when->source), c.when->source});
    if (!c.effects.empty()) out.push_back({"set", assignments_value(c.effects)});
    return out;
}

std::vector<KeyValue> test_entries(const FlowTest& t) {
    std::string steps = "[";
    for (std::size_t i = 0; i < t.steps.size(); ++i)
        steps += (i ? ", " : "") + (t.steps[i].number ? std::to_string(*t.steps[i].number)
                                                      : toml_string(t.steps[i].label));
    std::vector<KeyValue> out = {{"name", toml_string(t.name), t.name},
                                 {"choose", steps + "]"},
                                 {"reach", toml_string(t.reach.value), t.reach.value}};
    if (!t.expect.empty()) {
        std::string vars = "{ ";
        for (std::size_t i = 0; i < t.expect.size(); ++i)
            vars += (i ? ", " : "") + toml_key(t.expect[i].variable) + " = " +
                    literal(t.expect[i].value);
        out.push_back({"vars", vars + " }"});
    }
    if (!t.answers.empty()) {
        std::string answers = "{ ";
        for (std::size_t i = 0; i < t.answers.size(); ++i)
            answers += (i ? ", " : "") + toml_key(t.answers[i].node.value) + " = " +
                       toml_string(t.answers[i].text);
        out.push_back({"answers", answers + " }"});
    }
    append_answer_tests(t, out);
    return out;
}

std::size_t canonical_rank(FlowTable table, std::string_view key) {
    auto rank = [key](const auto& keys) {
        return static_cast<std::size_t>(std::find(keys.begin(), keys.end(), key) - keys.begin());
    };
    switch (table) {
    case FlowTable::info:
        return rank(kInfoKeys);
    case FlowTable::node:
        return rank(kNodeKeys);
    case FlowTable::choice:
        return rank(kChoiceKeys);
    case FlowTable::test:
        return rank(kTestKeys);
    case FlowTable::vars:
        break;
    }
    return 0;
}

void append_table(std::string& out, std::string_view header, const std::vector<KeyValue>& entries,
                  std::string_view header_indent, std::string_view indent) {
    out.append(header_indent).append(header) += '\n';
    for (const KeyValue& kv : entries)
        out.append(indent).append(kv.key).append(" = ").append(kv.value) += '\n';
}

std::string node_block(const Node& node, std::string_view choice_header_indent,
                       std::string_view choice_indent) {
    std::string out;
    append_table(out, "[[node]]", node_entries(node), "", "");
    for (const Choice& c : node.choices) {
        out += '\n';
        append_table(out, "[[node.choice]]", choice_entries(c), choice_header_indent,
                     choice_indent);
    }
    return out;
}

} // namespace heartflow

// The canonical writer. Order: [flow], [vars], each [[node]] with its [[node.choice]] tables,
// then [[test]]; inside each table a fixed key order; optional keys only when set.
#include "heartflow/writer.h"

#include "heartflow/atomic_file.h"
#include "heartflow/loader.h"
#include "toml_text.h"


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

void line(std::string& out, std::string_view key, const std::string& value, std::string_view indent = "") {
    out += indent;
    out += key;
    out += " = ";
    out += value;
    out += '\n';
}

std::string assignments(const std::vector<Assignment>& effects) {
    std::string out = "{ ";
    for (std::size_t i = 0; i < effects.size(); ++i) {
        const Assignment& a = effects[i];
        if (i) out += ", ";
        out += toml_key(a.variable) + " = " +
               (is_plain_literal(a.value.source) ? a.value.source : toml_string(a.value.source));
    }
    return out + " }";
}

void write_info(std::string& out, const FlowInfo& info) {
    out += "[flow]\n";
    line(out, "id", toml_string(info.id));
    line(out, "title", toml_string(info.title));
    line(out, "start", toml_string(info.start.value));
    if (!info.description.empty()) line(out, "description", toml_text(info.description));
    if (!info.author.empty()) line(out, "author", toml_string(info.author));
    if (info.help) line(out, "help", toml_string(info.help->value));
    if (!info.help_lines.empty()) {
        out += "help_lines = [\n";
        for (const HelpLineText& l : info.help_lines) out += "  " + toml_string(l.text) + ",\n";
        out += "]\n";
    }
}

void write_choice(std::string& out, const Choice& c) {
    out += "\n  [[node.choice]]\n";
    line(out, "label", toml_string(c.label), "  ");
    line(out, "goto", toml_string(c.target.value), "  ");
    if (c.when) line(out, "when", toml_string(c.when->source), "  ");
    if (!c.effects.empty()) line(out, "set", assignments(c.effects), "  ");
}

void write_node(std::string& out, const Node& n) {
    out += "\n[[node]]\n";
    line(out, "id", toml_string(n.id.value));
    line(out, "kind", toml_string(kind_name(n.kind)));
    if (!n.title.empty()) line(out, "title", toml_string(n.title));
    line(out, "text", toml_text(n.text));
    if (n.pos) line(out, "pos", "[" + toml_number((*n.pos)[0]) + ", " + toml_number((*n.pos)[1]) + "]");
    if (n.pattern) {
        const BreathPattern& p = *n.pattern;
        line(out, "pattern", "[" + toml_number(p[0]) + ", " + toml_number(p[1]) + ", " +
                                 toml_number(p[2]) + ", " + toml_number(p[3]) + "]");
    }
    if (n.rounds) line(out, "rounds", std::to_string(*n.rounds));
    if (!n.save_as.empty()) line(out, "save_as", toml_string(n.save_as));
    if (!n.placeholder.empty()) line(out, "placeholder", toml_text(n.placeholder));
    if (!n.effects.empty()) line(out, "set", assignments(n.effects));
    if (n.next) line(out, "next", toml_string(n.next->value));
    if (!n.notes.empty()) line(out, "notes", toml_text(n.notes));
    for (const Choice& c : n.choices) write_choice(out, c);
}

void write_test(std::string& out, const FlowTest& t) {
    out += "\n[[test]]\n";
    line(out, "name", toml_string(t.name));
    std::string steps = "[";
    for (std::size_t i = 0; i < t.steps.size(); ++i) {
        if (i) steps += ", ";
        steps += t.steps[i].number ? std::to_string(*t.steps[i].number) : toml_string(t.steps[i].label);
    }
    line(out, "choose", steps + "]");
    line(out, "reach", toml_string(t.reach.value));
    if (!t.expect.empty()) {
        std::string vars = "{ ";
        for (std::size_t i = 0; i < t.expect.size(); ++i)
            vars += (i ? ", " : "") + toml_key(t.expect[i].variable) + " = " + literal(t.expect[i].value);
        line(out, "vars", vars + " }");
    }
    if (!t.answers.empty()) {
        std::string answers = "{ ";
        for (std::size_t i = 0; i < t.answers.size(); ++i)
            answers += (i ? ", " : "") + toml_key(t.answers[i].node.value) + " = " + toml_string(t.answers[i].text);
        line(out, "answers", answers + " }");
    }
}

} // namespace

std::string write_flow(const Flow& flow) {
    std::string out;
    write_info(out, flow.info);
    if (!flow.variables.empty()) {
        out += "\n[vars]\n";
        for (const Variable& v : flow.variables) line(out, toml_key(v.name), literal(v.initial));
    }
    for (const Node& n : flow.nodes) write_node(out, n);
    for (const FlowTest& t : flow.tests) write_test(out, t);
    return out;
}

SaveStatus save_flow_file(const std::filesystem::path& path, const Flow& flow) {
    std::string text = write_flow(flow);
    ParseResult check = parse_flow(text);
    if (!check.flow || !(*check.flow == flow))
        return {false, "the flow could not be written in a form that loads back the same; the file "
                       "was not changed (please report this as a bug)"};
    WriteStatus written = write_file_atomically(path, text);
    return {written.ok, written.message};
}

} // namespace heartflow

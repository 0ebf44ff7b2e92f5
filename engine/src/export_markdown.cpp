// Markdown handout export.
#include "heartflow/export_markdown.h"

#include "heartflow/flow_graph.h"
#include "heartflow/text_template.h"
#include "interop_text.h"

#include <cstdio>
#include <deque>

namespace heartflow {

namespace {

// Escapes what CommonMark would read as markup, so flow text reads exactly as written.
std::string escape_inline(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (std::string_view("\\`*_[]<>#|~&!").find(c) != std::string_view::npos) out += '\\';
        out += c;
    }
    return out;
}

// Escapes one line, including the markers that only count at its start (lists, headings...).
std::string escape_line(std::string_view line) {
    std::string out = escape_inline(line);
    std::size_t first = out.find_first_not_of(' ');
    if (first == std::string::npos) return out;
    char c = out[first];
    if (c == '-' || c == '+' || c == '=') {
        out.insert(first, "\\");
    } else if (c >= '0' && c <= '9') {
        std::size_t end = out.find_first_not_of("0123456789", first);
        if (end != std::string::npos && (out[end] == '.' || out[end] == ')')) out.insert(end, "\\");
    }
    return out;
}

// The pieces with each placeholder marked as \x01name\x02, a plural's number as
// \x01number\x02, and a branch as its forms side by side ("again / for the first time").
void mark_pieces(const TextTemplate& t, const std::vector<std::string>& names, std::string& out) {
    for (const TextTemplate::Piece& piece : t.pieces) {
        if (auto* s = std::get_if<std::string>(&piece)) {
            out += *s;
        } else if (auto* slot = std::get_if<TextSlot>(&piece)) {
            out += '\x01' + names[slot->slot] + '\x02';
        } else if (auto* branch = std::get_if<TextBranch>(&piece)) {
            mark_pieces(branch->forms[0], names, out);
            if (branch->forms[1].pieces.empty()) continue;
            out += " / ";
            mark_pieces(branch->forms[1], names, out);
        } else {
            out += "\x01number\x02";
        }
    }
}

// Flow text as Markdown paragraphs; `{name}` placeholders become a blank to fill in, "_(name)_".
// Variables have their declared types (text when undeclared), so branch conditions check.
std::string render_text(std::string_view text, const Flow& flow) {
    std::vector<std::string> names;
    VariableLookup lookup = [&](std::string_view name) -> std::optional<VariableRef> {
        ValueType type = ValueType::string;
        for (const Variable& v : flow.variables)
            if (v.name == name) type = type_of(v.initial);
        names.emplace_back(name);
        return VariableRef{static_cast<std::uint32_t>(names.size() - 1), type};
    };
    VisitLookup visits = [](std::string_view) -> std::optional<std::uint32_t> { return 0; };
    auto parsed = parse_text_template(text, lookup, visits, flow.info.plural_rule);
    std::string marked;
    if (auto* t = std::get_if<TextTemplate>(&parsed))
        mark_pieces(*t, names, marked);
    else
        marked = text;
    std::string out;
    for (const std::string& line : interop::split_lines(marked)) {
        std::string escaped = escape_line(line);
        std::string with_blanks;
        for (char c : escaped) {
            if (c == '\x01')
                with_blanks += "_(";
            else if (c == '\x02')
                with_blanks += ")_";
            else
                with_blanks += c;
        }
        out += with_blanks.empty() ? "\n" : with_blanks + "  \n";
    }
    return out;
}

// Each node's links, in file order.
std::vector<std::vector<FlowEdge>> edges_by_node(const Flow& flow, const FlowGraph& graph) {
    std::vector<std::vector<FlowEdge>> out(flow.nodes.size());
    for (const FlowEdge& e : graph.edges)
        out[e.from].push_back(e);
    return out;
}

// Nodes in walking order from the start (breadth first), then those no walk reaches.
std::vector<std::uint32_t> walking_order(const Flow& flow, const FlowGraph& graph,
                                         const std::vector<std::vector<FlowEdge>>& out_edges) {
    std::vector<char> seen(flow.nodes.size(), 0);
    std::vector<std::uint32_t> order;
    std::deque<std::uint32_t> queue;
    if (!flow.nodes.empty()) {
        queue.push_back(graph.start);
        seen[graph.start] = 1;
    }
    while (!queue.empty()) {
        std::uint32_t n = queue.front();
        queue.pop_front();
        order.push_back(n);
        for (const FlowEdge& e : out_edges[n])
            if (!seen[e.to]) {
                seen[e.to] = 1;
                queue.push_back(e.to);
            }
    }
    for (std::uint32_t i = 0; i < flow.nodes.size(); ++i)
        if (!seen[i]) order.push_back(i);
    return order;
}

std::string seconds(double s) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", s);
    return buffer;
}

std::string kind_guidance(const Node& node) {
    switch (node.kind) {
    case NodeKind::reflection: {
        std::string out = "*Write your words here:*\n\n";
        if (!node.placeholder.empty()) out += "*(" + escape_inline(node.placeholder) + ")*\n\n";
        return out + "\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_"
                     "\\_\\_\\_\\_\\_  \n"
                     "\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_"
                     "\\_\\_\\_\\_\\_\n\n";
    }
    case NodeKind::breathing: {
        BreathPattern p = node.pattern.value_or(kDefaultBreathPattern);
        std::string out = "*Breathe in for " + seconds(p[0]) + " s";
        if (p[1] > 0) out += ", hold for " + seconds(p[1]) + " s";
        out += ", breathe out for " + seconds(p[2]) + " s";
        if (p[3] > 0) out += ", hold for " + seconds(p[3]) + " s";
        int rounds = node.rounds.value_or(kDefaultBreathRounds);
        return out + "; " + std::to_string(rounds) + (rounds == 1 ? " time.*\n\n" : " times.*\n\n");
    }
    case NodeKind::body_check:
        return "*Notice what your body feels before you choose.*\n\n";
    case NodeKind::ending:
        return "*This is an ending.*\n\n";
    default:
        return {};
    }
}

} // namespace

std::string export_markdown(const Flow& flow, const MarkdownOptions& options) {
    FlowGraph graph = build_flow_graph(flow);
    std::vector<std::vector<FlowEdge>> out_edges = edges_by_node(flow, graph);
    std::vector<std::uint32_t> order = walking_order(flow, graph, out_edges);
    std::vector<std::size_t> number(flow.nodes.size(), 0);
    for (std::size_t k = 0; k < order.size(); ++k)
        number[order[k]] = k + 1;
    auto link = [&](std::uint32_t to) {
        return "[" + std::to_string(number[to]) + ". " +
               escape_inline(flow.nodes[to].display_title()) + "](#step-" +
               flow.nodes[to].id.value + ")";
    };
    std::string out = "# " + escape_inline(flow.info.title) + "\n\n";
    if (!flow.info.description.empty()) out += render_text(flow.info.description, flow) + "\n";
    if (!flow.info.author.empty()) out += "*By " + escape_inline(flow.info.author) + ".*\n\n";
    out += "Start at step 1. At each step, read the words, then follow the choice that fits you; "
           "each choice names the step it leads to.\n";
    for (std::uint32_t i : order) {
        const Node& node = flow.nodes[i];
        out += "\n---\n\n<a id=\"step-" + node.id.value + "\"></a>\n\n## " +
               std::to_string(number[i]) + ". " + escape_inline(node.display_title()) + "\n\n" +
               render_text(node.text, flow) + "\n" + kind_guidance(node);
        std::size_t shown = 0;
        for (const FlowEdge& e : out_edges[i]) {
            if (!e.choice) {
                out += "**Continue:** " + link(e.to) + "\n";
                continue;
            }
            const Choice& choice = node.choices[*e.choice];
            out +=
                std::to_string(++shown) + ". " + escape_inline(choice.label) + " → " + link(e.to);
            if (choice.when) out += " *(only when " + escape_inline(choice.when->source) + ")*";
            out += "\n";
        }
        if (options.include_notes && !node.notes.empty()) {
            out += "\n> **Notes:**  \n";
            for (const std::string& line : interop::split_lines(node.notes))
                out += "> " + escape_line(line) + "  \n";
        }
    }
    return out;
}

} // namespace heartflow

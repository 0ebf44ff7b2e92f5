// Graphviz DOT export.
#include "heartflow/export_dot.h"

#include "heartflow/flow_graph.h"
#include "interop_text.h"
#include "logic_words.h"

namespace heartflow {

namespace {

// Above this many nodes, the DOT asks Graphviz for a quicker, plainer drawing.
constexpr std::size_t kLargeGraph = 150;

constexpr const char* kFonts = "Inter, Noto Sans, DejaVu Sans, sans-serif";

// A DOT quoted string: quotes and backslashes escaped, line breaks as \n.
std::string dot_string(std::string_view text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        if (c == '\n')
            out += "\\n";
        else if (c != '\r')
            out += c;
    }
    return out + '"';
}

// An HTML-like label of wrapped, escaped lines.
std::string html_lines(const std::vector<std::string>& lines) {
    std::string out;
    for (std::size_t i = 0; i < lines.size(); ++i)
        out += (i ? "<br/>" : "") + interop::xml_escape(lines[i]);
    return out;
}

const char* shape_of(NodeKind kind) {
    switch (kind) {
    case NodeKind::question:
        return "shape=hexagon";
    case NodeKind::prompt:
        return "shape=box";
    case NodeKind::reflection:
        return "shape=note";
    case NodeKind::body_check:
        return "shape=box, style=\"rounded,filled\"";
    case NodeKind::breathing:
        return "shape=ellipse";
    case NodeKind::ending:
        return "shape=box, style=\"rounded,filled\", peripheries=2";
    case NodeKind::route:
        return "shape=diamond";
    case NodeKind::scale: // a row of ratings
        return "shape=box, style=\"filled\", peripheries=1";
    case NodeKind::pick: // a list to tick
        return "shape=tab, style=filled";
    case NodeKind::detour:
    case NodeKind::handover:
        return "shape=component, style=filled";
    }
    return "shape=box";
}

std::string node_line(const Node& node, bool is_start) {
    const interop::KindStyle& style = interop::kind_style(node.kind);
    std::string label = "<<b>" + html_lines(interop::wrap_words(node.display_title(), 28, 4)) +
                        "</b><br/><font point-size=\"9\">" +
                        html_lines({interop::kind_words(node)}) + "</font>>";
    return "  " + dot_string(node.id.value) + " [label=" + label + ", " + shape_of(node.kind) +
           ", fillcolor=\"" + style.fill + "\", color=\"" + style.stroke + "\"" +
           (is_start ? ", penwidth=2.5" : "") + "];\n";
}

std::string edge_line(const Flow& flow, const FlowEdge& edge) {
    std::string attributes;
    if (edge.choice) {
        const Choice& choice = flow.nodes[edge.from].choices[*edge.choice];
        std::string label = choice.label;
        std::string logic = interop::logic_in_words(choice);
        if (!logic.empty()) label += "\n" + logic;
        attributes = "label=" + dot_string(label);
        if (choice.when) attributes += ", style=dashed";
    }
    return "  " + dot_string(flow.nodes[edge.from].id.value) + " -> " +
           dot_string(flow.nodes[edge.to].id.value) +
           (attributes.empty() ? "" : " [" + attributes + "]") + ";\n";
}

} // namespace

std::string export_dot(const Flow& flow) {
    FlowGraph graph = build_flow_graph(flow);
    std::string out = "digraph " + dot_string(flow.info.id) + " {\n";
    out += "  graph [label=" + dot_string(flow.info.title) +
           ", labelloc=t, fontsize=18, fontname=" + dot_string(kFonts) +
           ", rankdir=TB, nodesep=0.4, ranksep=0.5];\n";
    if (flow.nodes.size() >
        kLargeGraph) // dot's crossing minimisation and splines take minutes here
        out += "  graph [mclimit=0.05, nslimit=0.5, nslimit1=0.5, searchsize=10, splines=line];\n";
    out += "  node [style=filled, fontsize=11, fontname=" + dot_string(kFonts) +
           ", margin=\"0.15,0.08\"];\n";
    out += "  edge [fontsize=10, fontname=" + dot_string(kFonts) +
           ", color=\"#6b7280\", fontcolor=\"#374151\"];\n";
    out += "  \"heartflow start\" [shape=point, width=0.12, label=\"\", color=\"#374151\"];\n";
    for (std::size_t i = 0; i < flow.nodes.size(); ++i)
        out += node_line(flow.nodes[i], i == graph.start);
    if (!flow.nodes.empty())
        out += "  \"heartflow start\" -> " + dot_string(flow.nodes[graph.start].id.value) + ";\n";
    for (const FlowEdge& edge : graph.edges)
        out += edge_line(flow, edge);
    return out + "}\n";
}

} // namespace heartflow

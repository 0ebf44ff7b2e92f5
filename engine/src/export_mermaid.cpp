// Mermaid flowchart export.
#include "heartflow/export_mermaid.h"

#include "heartflow/flow_graph.h"
#include "interop_text.h"

#include <map>

namespace heartflow {

namespace {

// Words Mermaid's flowchart grammar keeps for itself (an id `end` breaks a chart).
std::set<std::string> mermaid_reserved() {
    return {"end",      "graph",         "flowchart", "subgraph",  "style",   "class",
            "classDef", "click",         "linkStyle", "direction", "default", "call",
            "href",     "interpolate",   "TB",        "TD",        "BT",      "RL",
            "LR",       "flowchart-elk", "accTitle",  "accDescr"};
}

// The shape brackets of a kind: opening and closing.
std::pair<const char*, const char*> mermaid_brackets(NodeKind kind) {
    switch (kind) {
    case NodeKind::question:
        return {"{{", "}}"};
    case NodeKind::prompt:
        return {"[", "]"};
    case NodeKind::reflection:
        return {"[/", "/]"};
    case NodeKind::body_check:
        return {"(", ")"};
    case NodeKind::breathing:
        return {"((", "))"};
    case NodeKind::ending:
        return {"([", "])"};
    case NodeKind::route:
        return {"{", "}"};
    case NodeKind::scale: // a slanted box: a range
        return {"[/", "\\]"};
    case NodeKind::pick: // a box with a flag: a list to tick
        return {">", "]"};
    case NodeKind::detour: // a box whose label names the other flow
    case NodeKind::handover:
        return {"[", "]"};
    }
    return {"[", "]"};
}

// The kind's name as a class name (the file name of the kind: body_check...).
std::string class_name(NodeKind kind) {
    return kind_name(kind);
}

} // namespace

std::string mermaid_label(std::string_view text) {
    std::string out;
    for (char c : text) {
        switch (c) {
        case '"':
            out += "#quot;";
            break;
        case '#':
            out += "#35;";
            break;
        case '<':
            out += "#lt;";
            break;
        case '>':
            out += "#gt;";
            break;
        case '&':
            out += "#amp;";
            break;
        case '*':
            out += "#42;";
            break;
        case '`':
            out += "#96;";
            break;
        case '\n':
        case '\r':
        case '\t':
            out += ' ';
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string export_mermaid(const Flow& flow) {
    FlowGraph graph = build_flow_graph(flow);
    interop::NameAllocator names(mermaid_reserved());
    std::vector<std::string> ids;
    for (const Node& node : flow.nodes)
        ids.push_back(names.take(node.id.value));
    std::string out =
        "---\ntitle: " + interop::json_string(flow.info.title) + "\n---\nflowchart TD\n";
    // The start node first: Mermaid has no start marker, and importers take the first node.
    std::vector<std::uint32_t> order;
    if (!flow.nodes.empty()) order.push_back(graph.start);
    for (std::uint32_t i = 0; i < flow.nodes.size(); ++i)
        if (i != graph.start) order.push_back(i);
    for (std::uint32_t i : order) {
        auto [open, close] = mermaid_brackets(flow.nodes[i].kind);
        const Node& node = flow.nodes[i];
        std::string label = mermaid_label(node.display_title());
        if (!node.flow.empty() || node.kind == NodeKind::scale || node.kind == NodeKind::pick)
            label += " (" + mermaid_label(interop::kind_words(node)) + ")";
        out += "    " + ids[i] + open + '"' + label + '"' + close + '\n';
    }
    for (const FlowEdge& edge : graph.edges) {
        out += "    " + ids[edge.from];
        if (edge.choice) {
            const Choice& choice = flow.nodes[edge.from].choices[*edge.choice];
            out += std::string(choice.when ? " -.->" : " -->") + "|\"" +
                   mermaid_label(choice.label) + "\"|";
        } else {
            out += " -->";
        }
        out += " " + ids[edge.to] + '\n';
    }
    std::map<NodeKind, std::string> members;
    for (std::uint32_t i = 0; i < flow.nodes.size(); ++i) {
        std::string& list = members[flow.nodes[i].kind];
        list += (list.empty() ? "" : ",") + ids[i];
    }
    for (const auto& [kind, list] : members) {
        const interop::KindStyle& style = interop::kind_style(kind);
        out += "    classDef " + class_name(kind) + " fill:" + style.fill +
               ",stroke:" + style.stroke + ",color:#1f2937\n";
        out += "    class " + list + ' ' + class_name(kind) + '\n';
    }
    return out;
}

} // namespace heartflow

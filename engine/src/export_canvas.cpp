// JSON Canvas 1.0 export.
#include "heartflow/export_canvas.h"

#include "heartflow/flow_graph.h"
#include "heartflow/layout.h"
#include "interop_text.h"

#include <algorithm>
#include <cmath>

namespace heartflow {

namespace {

constexpr double kCanvasNodeWidth = 320;

// The node's canvas text: a heading with the title, then the text.
std::string canvas_text(const Node& node) {
    std::string title = node.display_title();
    std::replace(title.begin(), title.end(), '\n', ' ');
    return "## " + title + "\n\n" + node.text;
}

// A height that fits the node's text at about 40 characters a line.
double text_height(const Node& node) {
    std::size_t lines = 3;
    for (const std::string& line : interop::split_lines(node.text))
        lines += std::max<std::size_t>(1, (interop::code_points(line) + 39) / 40);
    return std::clamp(24.0 * static_cast<double>(lines) + 24.0, 100.0, 480.0);
}

long long rounded(double v) {
    return std::llround(v);
}

} // namespace

std::string export_canvas(const Flow& flow) {
    FlowGraph graph = build_flow_graph(flow);
    std::vector<double> heights;
    double tallest = 100;
    for (const Node& node : flow.nodes) {
        heights.push_back(text_height(node));
        tallest = std::max(tallest, heights.back());
    }
    bool all_placed =
        !flow.nodes.empty() && std::all_of(flow.nodes.begin(), flow.nodes.end(),
                                           [](const Node& n) { return n.pos.has_value(); });
    Layout layout;
    if (!all_placed) {
        LayoutOptions options;
        options.node_width = kCanvasNodeWidth;
        options.node_height = tallest;
        options.layer_gap = 120;
        options.node_gap = 60;
        layout = layout_flow(flow, options);
    }
    std::vector<std::uint32_t> order;
    if (!flow.nodes.empty()) order.push_back(graph.start);
    for (std::uint32_t i = 0; i < flow.nodes.size(); ++i)
        if (i != graph.start) order.push_back(i);
    std::string out = "{\n  \"nodes\": [";
    for (std::size_t k = 0; k < order.size(); ++k) {
        std::uint32_t i = order[k];
        const Node& node = flow.nodes[i];
        double x = all_placed ? (*node.pos)[0] : layout.positions[i].x;
        double y = all_placed ? (*node.pos)[1] : layout.positions[i].y;
        out += std::string(k ? "," : "") + "\n    {\"id\": " + interop::json_string(node.id.value) +
               ", \"type\": \"text\", \"x\": " + std::to_string(rounded(x)) +
               ", \"y\": " + std::to_string(rounded(y)) +
               ", \"width\": " + std::to_string(rounded(kCanvasNodeWidth)) +
               ", \"height\": " + std::to_string(rounded(heights[i])) + ", \"color\": \"" +
               interop::kind_style(node.kind).canvas_color +
               "\", \"text\": " + interop::json_string(canvas_text(node)) + "}";
    }
    out += "\n  ],\n  \"edges\": [";
    for (std::size_t k = 0; k < graph.edges.size(); ++k) {
        const FlowEdge& edge = graph.edges[k];
        out += std::string(k ? "," : "") + "\n    {\"id\": \"edge:" + std::to_string(k + 1) +
               "\", \"fromNode\": " + interop::json_string(flow.nodes[edge.from].id.value) +
               ", \"fromSide\": \"bottom\", \"toNode\": " +
               interop::json_string(flow.nodes[edge.to].id.value) +
               ", \"toSide\": \"top\", \"toEnd\": \"arrow\"";
        if (edge.choice) out += ", \"label\": " + interop::json_string(edge_label(flow, edge));
        out += "}";
    }
    return out + "\n  ]\n}\n";
}

} // namespace heartflow

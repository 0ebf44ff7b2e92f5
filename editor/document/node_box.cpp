// Output ports and box heights of nodes.
#include "document/node_box.h"

namespace heartflow::editor {

std::vector<Port> output_ports(const Node& node) {
    std::vector<Port> ports;
    for_each_port(node, [&](Port p) { ports.push_back(p); });
    return ports;
}

std::string_view port_label(const Node& node, const Port& port) {
    switch (port.kind) {
    case PortKind::choice:
        return port.choice < node.choices.size() ? std::string_view(node.choices[port.choice].label)
                                                 : "";
    case PortKind::next:
        return "Continue";
    case PortKind::add_choice:
        return "+ choice";
    }
    return "";
}

float node_box_height(const Node& node) {
    std::size_t ports = 0;
    for_each_port(node, [&](Port) { ++ports; });
    return node_box_height(ports);
}

LayoutOptions canvas_layout_options(const Flow& flow) {
    LayoutOptions options;
    options.node_width = kNodeWidth;
    options.node_heights.reserve(flow.nodes.size());
    for (const Node& node : flow.nodes)
        options.node_heights.push_back(node_box_height(node));
    return options;
}

} // namespace heartflow::editor

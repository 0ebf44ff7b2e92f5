// Node geometry, ports and links.
#include "canvas/canvas_model.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace heartflow::editor {

std::vector<Port> output_ports(const Node& node) {
    std::vector<Port> ports;
    for (std::size_t c = 0; c < node.choices.size(); ++c)
        ports.push_back({PortKind::choice, c, node.choices[c].label});
    if (node.kind == NodeKind::ending) return ports;
    if (node.choices.empty()) ports.push_back({PortKind::next, 0, "Continue"});
    if (node.kind == NodeKind::question || !node.choices.empty())
        ports.push_back({PortKind::add_choice, node.choices.size(), "+ choice"});
    return ports;
}

CanvasModel CanvasModel::build(const Flow& flow, const std::vector<std::array<double, 2>>& positions) {
    CanvasModel m;
    const std::size_t n = flow.nodes.size();
    m.positions.resize(n);
    m.ports.resize(n);
    std::unordered_map<std::string, std::size_t> index;
    index.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        m.positions[i] = {static_cast<float>(positions[i][0]), static_cast<float>(positions[i][1])};
        m.ports[i] = output_ports(flow.nodes[i]);
        index.emplace(flow.nodes[i].id.value, i);
    }
    for (std::size_t i = 0; i < n; ++i) {
        const Node& node = flow.nodes[i];
        for (std::size_t p = 0; p < m.ports[i].size(); ++p) {
            const Port& port = m.ports[i][p];
            const NodeId* target = port.kind == PortKind::choice ? &node.choices[port.choice].target
                                   : port.kind == PortKind::next && node.next ? &*node.next
                                                                              : nullptr;
            if (!target) continue;
            if (auto it = index.find(target->value); it != index.end()) m.links.push_back({i, p, it->second});
        }
    }
    return m;
}

Rect CanvasModel::node_rect(std::size_t i) const {
    const ImVec2 p = positions[i];
    const float rows = static_cast<float>(std::max<std::size_t>(ports[i].size(), 1));
    return {p, {p.x + kNodeWidth, p.y + kNodeHeader + kNodeTextHeight + rows * kPortRow + 6.0f}};
}

ImVec2 CanvasModel::port_position(std::size_t i, std::size_t p) const {
    const ImVec2 at = positions[i];
    return {at.x + kNodeWidth, at.y + kNodeHeader + kNodeTextHeight + (static_cast<float>(p) + 0.5f) * kPortRow};
}

ImVec2 CanvasModel::input_position(std::size_t i) const {
    return {positions[i].x, positions[i].y + kNodeHeader * 0.5f};
}

Rect CanvasModel::bounds() const {
    if (positions.empty()) return {{0, 0}, {0, 0}};
    Rect r = node_rect(0);
    for (std::size_t i = 1; i < positions.size(); ++i) {
        const Rect n = node_rect(i);
        r.min = {std::min(r.min.x, n.min.x), std::min(r.min.y, n.min.y)};
        r.max = {std::max(r.max.x, n.max.x), std::max(r.max.y, n.max.y)};
    }
    return r;
}

Bezier link_curve(ImVec2 from, ImVec2 to) {
    const float dx = std::max(40.0f, std::fabs(to.x - from.x) * 0.5f + std::fabs(to.y - from.y) * 0.15f);
    return {from, {from.x + dx, from.y}, {to.x - dx, to.y}, to};
}

} // namespace heartflow::editor

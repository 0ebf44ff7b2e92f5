// Node geometry, ports and links.
#include "canvas/canvas_model.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace heartflow::editor {

namespace {

// Grid cells of a few node widths: a view at a readable zoom covers a handful of them.
constexpr float kGridCell = 4.0f * kNodeWidth;

} // namespace

CanvasModel CanvasModel::build(const Flow& flow,
                               const std::vector<std::array<double, 2>>& positions) {
    CanvasModel m;
    const std::size_t n = flow.nodes.size();
    m.positions.resize(n);
    m.port_begin.reserve(n + 1);
    std::unordered_map<std::string_view, std::uint32_t> index;
    index.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        m.positions[i] = {static_cast<float>(positions[i][0]), static_cast<float>(positions[i][1])};
        m.port_begin.push_back(static_cast<std::uint32_t>(m.port_list.size()));
        for_each_port(flow.nodes[i], [&](Port p) { m.port_list.push_back(p); });
        index.emplace(flow.nodes[i].id.value, static_cast<std::uint32_t>(i));
    }
    m.port_begin.push_back(static_cast<std::uint32_t>(m.port_list.size()));
    for (std::size_t i = 0; i < n; ++i) {
        const Node& node = flow.nodes[i];
        const std::span<const Port> ports = m.ports(i);
        for (std::size_t p = 0; p < ports.size(); ++p) {
            const NodeId* target = ports[p].kind == PortKind::choice
                                       ? &node.choices[ports[p].choice].target
                                   : ports[p].kind == PortKind::next && node.next ? &*node.next
                                                                                  : nullptr;
            if (!target) continue;
            if (auto it = index.find(target->value); it != index.end())
                m.links.push_back(
                    {static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(p), it->second});
        }
    }
    m.reindex();
    return m;
}

Rect CanvasModel::node_rect(std::size_t i) const {
    const ImVec2 p = positions[i];
    return {p, {p.x + kNodeWidth, p.y + node_box_height(port_begin[i + 1] - port_begin[i])}};
}

ImVec2 CanvasModel::port_position(std::size_t i, std::size_t p) const {
    const ImVec2 at = positions[i];
    return {at.x + kNodeWidth,
            at.y + kNodeHeader + kNodeTextHeight + (static_cast<float>(p) + 0.5f) * kPortRow};
}

ImVec2 CanvasModel::input_position(std::size_t i) const {
    return {positions[i].x + kNodeWidth * 0.5f, positions[i].y};
}

void CanvasModel::reindex() {
    std::vector<Rect> boxes(positions.size());
    bounds_ = {{0, 0}, {0, 0}};
    for (std::size_t i = 0; i < positions.size(); ++i) {
        boxes[i] = node_rect(i);
        if (i == 0) bounds_ = boxes[0];
        bounds_.min = {std::min(bounds_.min.x, boxes[i].min.x),
                       std::min(bounds_.min.y, boxes[i].min.y)};
        bounds_.max = {std::max(bounds_.max.x, boxes[i].max.x),
                       std::max(bounds_.max.y, boxes[i].max.y)};
    }
    node_grid_.build(boxes, kGridCell);
    index_links();
}

Rect CanvasModel::link_box(std::size_t l) const {
    auto grow = [](Rect& r, ImVec2 p) {
        r.min = {std::min(r.min.x, p.x), std::min(r.min.y, p.y)};
        r.max = {std::max(r.max.x, p.x), std::max(r.max.y, p.y)};
    };
    if (l < paths.size() && !paths[l].empty()) {
        Rect r{paths[l].front(), paths[l].front()};
        for (ImVec2 p : paths[l])
            grow(r, p);
        if (l < labels.size() && labels[l])
            grow(r, labels[l]->rect.min), grow(r, labels[l]->rect.max);
        return r;
    }
    // The curve at any zoom, but for its least bends: the ends, and how far a back edge rises
    // above its target before coming down into it.
    const ImVec2 a = port_position(links[l].from, links[l].port), b = input_position(links[l].to);
    const float rise = std::fabs(b.y - a.y) * 0.5f;
    return {{std::min(a.x, b.x), std::min(a.y, b.y - rise)},
            {std::max(a.x, b.x), std::max(a.y, b.y)}};
}

void CanvasModel::index_links() {
    std::vector<Rect> boxes(links.size());
    for (std::size_t l = 0; l < links.size(); ++l)
        boxes[l] = link_box(l);
    link_grid_.build(boxes, kGridCell);
}

Bezier link_curve(ImVec2 from, ImVec2 to, float pixel) {
    // Out of the port a short way to the right (further when the target is to the right),
    // then down into the target's top.
    const float dx = to.x - from.x;
    const float out = dx > 0 ? std::clamp(dx * 0.6f, 30.0f * pixel, 140.0f * pixel) : 30.0f * pixel;
    const float down = std::max(50.0f * pixel, std::fabs(to.y - from.y) * 0.5f);
    return {from, {from.x + out, from.y}, {to.x, to.y - down}, to};
}

Bezier world_link_curve(const CanvasModel& model, std::size_t l, float zoom) {
    const Link& link = model.links[l];
    return link_curve(model.port_position(link.from, link.port), model.input_position(link.to),
                      1.0f / zoom);
}

Rect curve_bounds(const Bezier& b) {
    return {
        {std::min({b.p0.x, b.p1.x, b.p2.x, b.p3.x}), std::min({b.p0.y, b.p1.y, b.p2.y, b.p3.y})},
        {std::max({b.p0.x, b.p1.x, b.p2.x, b.p3.x}), std::max({b.p0.y, b.p1.y, b.p2.y, b.p3.y})}};
}

} // namespace heartflow::editor

// Hit-testing with a fixed precedence.
#include "canvas/hit_test.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>

namespace heartflow::editor {

namespace {

float distance(ImVec2 a, ImVec2 b) { return std::hypot(a.x - b.x, a.y - b.y); }

// Segments ImBezierCubicClosestPoint samples a curve with.
constexpr int kCurveSegments = 24;

} // namespace

float distance_to_link(const CanvasModel& model, const Camera& camera, std::size_t link, ImVec2 p) {
    const Link& l = model.links[link];
    const Bezier b = link_curve(camera.to_screen(model.port_position(l.from, l.port)),
                                camera.to_screen(model.input_position(l.to)));
    Rect box{{std::min({b.p0.x, b.p1.x, b.p2.x, b.p3.x}), std::min({b.p0.y, b.p1.y, b.p2.y, b.p3.y})},
             {std::max({b.p0.x, b.p1.x, b.p2.x, b.p3.x}), std::max({b.p0.y, b.p1.y, b.p2.y, b.p3.y})}};
    box.min = {box.min.x - kLinkPickDistance, box.min.y - kLinkPickDistance};
    box.max = {box.max.x + kLinkPickDistance, box.max.y + kLinkPickDistance};
    if (!box.contains(p)) return 1e9f;
    return distance(p, ImBezierCubicClosestPoint(b.p0, b.p1, b.p2, b.p3, p, kCurveSegments));
}

Hit hit_test(const CanvasModel& model, const Camera& camera, ImVec2 mouse) {
    const ImVec2 world = camera.to_world(mouse);
    for (std::size_t i = model.positions.size(); i-- > 0;) {
        for (std::size_t p = 0; p < model.ports[i].size(); ++p)
            if (distance(camera.to_screen(model.port_position(i, p)), mouse) <= kPortPickRadius)
                return {HitKind::port, i, p, 0};
    }
    for (std::size_t i = model.positions.size(); i-- > 0;)
        if (model.node_rect(i).contains(world)) return {HitKind::node, i, 0, 0};
    float best = kLinkPickDistance;
    Hit hit;
    for (std::size_t l = 0; l < model.links.size(); ++l) {
        const float d = distance_to_link(model, camera, l, mouse);
        if (d <= best) {
            best = d;
            hit = {HitKind::link, model.links[l].from, model.links[l].port, l};
        }
    }
    return hit;
}

} // namespace heartflow::editor

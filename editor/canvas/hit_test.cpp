// Hit-testing with a fixed precedence. Cheap world-space tests come first, so a flow of many
// thousands of nodes is hit-tested in well under a millisecond.
#include "canvas/hit_test.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>

namespace heartflow::editor {

namespace {

float distance(ImVec2 a, ImVec2 b) { return std::hypot(a.x - b.x, a.y - b.y); }

// Segments ImBezierCubicClosestPoint samples a curve with.
constexpr int kCurveSegments = 24;

// The screen-space curve of link `l`.
Bezier screen_curve(const CanvasModel& model, const Camera& camera, const Link& l) {
    return link_curve(camera.to_screen(model.port_position(l.from, l.port)), camera.to_screen(model.input_position(l.to)));
}

} // namespace

float distance_to_link(const CanvasModel& model, const Camera& camera, std::size_t link, ImVec2 p) {
    const Bezier b = screen_curve(model, camera, model.links[link]);
    Rect box = curve_bounds(b);
    box.min = {box.min.x - kLinkPickDistance, box.min.y - kLinkPickDistance};
    box.max = {box.max.x + kLinkPickDistance, box.max.y + kLinkPickDistance};
    if (!box.contains(p)) return 1e9f;
    return distance(p, ImBezierCubicClosestPoint(b.p0, b.p1, b.p2, b.p3, p, kCurveSegments));
}

Hit hit_test(const CanvasModel& model, const Camera& camera, ImVec2 mouse) {
    const ImVec2 world = camera.to_world(mouse);
    const float reach = kPortPickRadius / camera.zoom; // world units
    for (std::size_t i = model.positions.size(); i-- > 0;) {
        const Rect r = model.node_rect(i);
        if (std::fabs(world.x - r.max.x) > reach || world.y < r.min.y - reach || world.y > r.max.y + reach) continue;
        const std::size_t count = model.ports(i).size();
        for (std::size_t p = 0; p < count; ++p)
            if (distance(camera.to_screen(model.port_position(i, p)), mouse) <= kPortPickRadius)
                return {HitKind::port, i, p, 0};
    }
    for (std::size_t i = model.positions.size(); i-- > 0;)
        if (model.node_rect(i).contains(world)) return {HitKind::node, i, 0, 0};
    const float link_reach = kLinkPickDistance / camera.zoom;
    float best = kLinkPickDistance;
    Hit hit;
    for (std::size_t l = 0; l < model.links.size(); ++l) {
        const Link& link = model.links[l];
        const Rect box = curve_bounds(world_link_curve(model, l, camera.zoom)); // cheap, in world units
        if (world.x < box.min.x - link_reach || world.x > box.max.x + link_reach || world.y < box.min.y - link_reach ||
            world.y > box.max.y + link_reach)
            continue;
        const float d = distance_to_link(model, camera, l, mouse);
        if (d <= best) {
            best = d;
            hit = {HitKind::link, link.from, link.port, l};
        }
    }
    return hit;
}

} // namespace heartflow::editor

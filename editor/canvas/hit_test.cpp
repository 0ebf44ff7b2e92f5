// Hit-testing with a fixed precedence. Cheap world-space tests come first, so a flow of many
// thousands of nodes is hit-tested in well under a millisecond.
#include "canvas/hit_test.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

namespace heartflow::editor {

namespace {

float distance(ImVec2 a, ImVec2 b) {
    return std::hypot(a.x - b.x, a.y - b.y);
}

// Segments ImBezierCubicClosestPoint samples a curve with.
constexpr int kCurveSegments = 24;

// The screen-space curve of link `l`.
Bezier screen_curve(const CanvasModel& model, const Camera& camera, const Link& l) {
    return link_curve(camera.to_screen(model.port_position(l.from, l.port)),
                      camera.to_screen(model.input_position(l.to)));
}

// The screen distance from `p` to segment a-b.
float distance_to_segment(ImVec2 p, ImVec2 a, ImVec2 b) {
    const ImVec2 ab{b.x - a.x, b.y - a.y};
    const float length2 = ab.x * ab.x + ab.y * ab.y;
    const float t =
        length2 > 0 ? std::clamp(((p.x - a.x) * ab.x + (p.y - a.y) * ab.y) / length2, 0.0f, 1.0f)
                    : 0.0f;
    return distance(p, {a.x + ab.x * t, a.y + ab.y * t});
}

} // namespace

float distance_to_link(const CanvasModel& model, const Camera& camera, std::size_t link, ImVec2 p) {
    if (link < model.paths.size() && !model.paths[link].empty()) {
        // A routed link: its path, and its label's plate.
        const ImVec2 world = camera.to_world(p);
        if (link < model.labels.size() && model.labels[link] &&
            model.labels[link]->rect.contains(world))
            return 0.0f;
        const std::vector<ImVec2>& path = model.paths[link];
        float best = 1e9f;
        for (std::size_t k = 1; k < path.size(); ++k)
            best = std::min(best, distance_to_segment(p, camera.to_screen(path[k - 1]),
                                                      camera.to_screen(path[k])));
        return best;
    }
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
    const Rect near{{world.x - reach, world.y - reach}, {world.x + reach, world.y + reach}};
    // Later nodes are drawn on top, so the highest index wins among ports, then among nodes.
    std::optional<Hit> port;
    std::optional<std::size_t> node;
    model.node_grid().query(near, [&](std::uint32_t i) {
        const Rect r = model.node_rect(i);
        if (std::fabs(world.x - r.max.x) <= reach && world.y >= r.min.y - reach &&
            world.y <= r.max.y + reach && (!port || port->node < i)) {
            for (std::size_t p = 0; p < model.ports(i).size(); ++p)
                if (distance(camera.to_screen(model.port_position(i, p)), mouse) <= kPortPickRadius)
                    port = Hit{HitKind::port, i, p, 0};
        }
        if (r.contains(world) && (!node || *node < i)) node = i;
    });
    if (port) return *port;
    if (node) return {HitKind::node, *node, 0, 0};
    const float margin = (kLinkPickDistance + kLinkBoxMargin) / camera.zoom;
    const Rect area{{world.x - margin, world.y - margin}, {world.x + margin, world.y + margin}};
    float best = kLinkPickDistance;
    Hit hit;
    model.link_grid().query(area, [&](std::uint32_t l) {
        const float d = distance_to_link(model, camera, l, mouse);
        if (d <= best && (hit.kind != HitKind::link || d < best || l < hit.link)) {
            best = d;
            hit = {HitKind::link, model.links[l].from, model.links[l].port, l};
        }
    });
    return hit;
}

} // namespace heartflow::editor

// Hit-testing the canvas with a fixed precedence: port, then node, then link, then background
// (imnodes' order), so a port on a node's edge and a link under a node never steal the click.
#pragma once

#include "canvas/canvas_model.h"

#include <cstddef>

namespace heartflow::editor {

/// Pick radius of a port and a link, in screen pixels.
inline constexpr float kPortPickRadius = 9.0f;
inline constexpr float kLinkPickDistance = 6.0f;

/// What the mouse is over.
enum class HitKind { background, port, node, link };

/// The result of a hit test.
struct Hit {
    HitKind kind = HitKind::background; ///< What was hit.
    std::size_t node = 0;               ///< Node index (port, node) or source node (link).
    std::size_t port = 0;               ///< Port index (port, link).
    std::size_t link = 0;               ///< Index into CanvasModel::links (link).
};

/// What is under screen point `mouse`. Later nodes are on top of earlier ones.
[[nodiscard]] Hit hit_test(const CanvasModel& model, const Camera& camera, ImVec2 mouse);

/// The screen distance from `p` to link `link`: to its routed path (0 on its label), or to its
/// curve while it is not routed (a bounding-box test first: a large value without the curve
/// search when `p` is far from it).
[[nodiscard]] float distance_to_link(const CanvasModel& model, const Camera& camera,
                                     std::size_t link, ImVec2 p);

} // namespace heartflow::editor

// What the canvas draws and hit-tests, derived from the flow: node rectangles, output ports and
// links, in world units. Rebuilt when the document changes; positions may be nudged while a
// drag is in progress without touching the document.
#pragma once

#include "canvas/camera.h"
#include "heartflow/flow.h"

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace heartflow::editor {

/// Node size and row spacing in world units.
inline constexpr float kNodeWidth = 240.0f;
inline constexpr float kNodeHeader = 30.0f;
inline constexpr float kNodeTextHeight = 40.0f;
inline constexpr float kPortRow = 24.0f;

/// What an output port does when dragged to a node.
enum class PortKind {
    choice,     ///< Retargets one existing choice.
    next,       ///< Sets the node's `next`.
    add_choice, ///< Adds a new choice leading to the node.
};

/// One output port of a node, on its right edge.
struct Port {
    PortKind kind;          ///< What dragging it does.
    std::size_t choice = 0; ///< Choice index (kind == choice), else the choice count.
    std::string label;      ///< What the row says.
};

/// One link: from a port of node `from` to node `to`.
struct Link {
    std::size_t from;  ///< Source node index.
    std::size_t port;  ///< Index into the source node's ports.
    std::size_t to;    ///< Target node index.
};

/// The output ports a node shows: its choices, then "next" (no choices, not an ending), then
/// "+ choice" (a question, or any node that already has choices; never an ending).
[[nodiscard]] std::vector<Port> output_ports(const Node& node);

/// Everything the canvas needs about the flow's geometry.
struct CanvasModel {
    std::vector<ImVec2> positions;          ///< Top-left of each node, world units.
    std::vector<std::vector<Port>> ports;   ///< Output ports of each node.
    std::vector<Link> links;                ///< Every link whose target exists.

    /// Builds the model of `flow`, drawing node i at `positions[i]`.
    static CanvasModel build(const Flow& flow, const std::vector<std::array<double, 2>>& positions);
    /// Node i's rectangle in world units.
    [[nodiscard]] Rect node_rect(std::size_t i) const;
    /// Where node i's port p sits, world units (on the right edge).
    [[nodiscard]] ImVec2 port_position(std::size_t i, std::size_t p) const;
    /// Where links into node i arrive, world units (left edge of the header).
    [[nodiscard]] ImVec2 input_position(std::size_t i) const;
    /// The rectangle around every node (empty rect at 0,0 for an empty flow).
    [[nodiscard]] Rect bounds() const;
};

/// The four control points of link `link` in screen space.
struct Bezier {
    ImVec2 p0, p1, p2, p3; ///< Start, two controls, end.
};

/// The curve of a link from `from` to `to` (screen space): leaves rightwards, arrives rightwards.
[[nodiscard]] Bezier link_curve(ImVec2 from, ImVec2 to);

} // namespace heartflow::editor

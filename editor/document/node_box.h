// The size of a node's box on the canvas and its output ports, in world units. Here, beside the
// document rather than in the canvas, because the layout needs each box's height too.
#pragma once

#include "heartflow/flow.h"
#include "heartflow/layout.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace heartflow::editor {

/// Node size and row spacing in world units.
inline constexpr float kNodeWidth = 280.0f;
inline constexpr float kNodeHeader = 34.0f;
inline constexpr float kNodeTextHeight = 62.0f;
inline constexpr float kPortRow = 25.0f;

/// What an output port does when dragged to a node.
enum class PortKind : std::uint8_t {
    choice,     ///< Retargets one existing choice.
    next,       ///< Sets the node's `next`.
    add_choice, ///< Adds a new choice leading to the node.
};

/// One output port of a node, on its right edge.
struct Port {
    PortKind kind;            ///< What dragging it does.
    std::uint32_t choice = 0; ///< Choice index (kind == choice), else the choice count.
};

/// Calls `emit(port)` for each output port of `node`, in order: its choices, then "next" (no
/// choices, not an ending), then "+ choice" (a question, or any node that already has choices;
/// never an ending).
template <typename Emit> void for_each_port(const Node& node, Emit&& emit) {
    for (std::size_t c = 0; c < node.choices.size(); ++c)
        emit(Port{PortKind::choice, static_cast<std::uint32_t>(c)});
    if (node.kind == NodeKind::ending) return;
    const auto count = static_cast<std::uint32_t>(node.choices.size());
    if (node.choices.empty()) emit(Port{PortKind::next, 0});
    if (node.kind == NodeKind::question || !node.choices.empty())
        emit(Port{PortKind::add_choice, count});
}

/// The output ports a node shows (see for_each_port).
[[nodiscard]] std::vector<Port> output_ports(const Node& node);

/// What a port's row says: the choice's label, "Continue" or "+ choice". Points into `node`.
[[nodiscard]] std::string_view port_label(const Node& node, const Port& port);

/// The height of a box with `ports` output port rows (an ending, with none, keeps one row).
[[nodiscard]] constexpr float node_box_height(std::size_t ports) {
    return kNodeHeader + kNodeTextHeight + static_cast<float>(ports > 0 ? ports : 1) * kPortRow +
           6.0f;
}

/// The height of `node`'s box.
[[nodiscard]] float node_box_height(const Node& node);

/// Layout options for the boxes the canvas draws: its node width and each node's own height.
[[nodiscard]] LayoutOptions canvas_layout_options(const Flow& flow);

} // namespace heartflow::editor

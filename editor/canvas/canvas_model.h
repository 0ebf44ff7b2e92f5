// What the canvas draws and hit-tests, derived from the flow: node rectangles, output ports and
// links, in world units. Rebuilt when the document changes; positions may be nudged while a
// drag is in progress without touching the document. Flat arrays and no copied text, so a flow
// of tens of thousands of nodes builds quickly and takes little memory.
#pragma once

#include "canvas/camera.h"
#include "canvas/spatial_grid.h"
#include "document/node_box.h"
#include "heartflow/flow.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace heartflow::editor {

/// One link: from a port of node `from` to node `to`.
struct Link {
    std::uint32_t from; ///< Source node index.
    std::uint32_t port; ///< Index among the source node's ports.
    std::uint32_t to;   ///< Target node index.
};

/// Where a link's label is drawn, world units, and how much of its text it shows.
struct LinkLabel {
    Rect rect;               ///< The label's plate.
    std::uint16_t bytes = 0; ///< Bytes of the label's text shown (then "..." when shorter).
    bool shortened = false;  ///< Cut: the whole text is shown on hover.
    float size = 16.0f;      ///< Its text's size, world units (bigger than a card's far out).
};

/// Everything the canvas needs about the flow's geometry.
struct CanvasModel {
    std::vector<ImVec2> positions;         ///< Top-left of each node, world units.
    std::vector<Port> port_list;           ///< Every node's output ports, node after node.
    std::vector<std::uint32_t> port_begin; ///< Node i's ports are [port_begin[i], port_begin[i+1]).
    std::vector<Link> links;               ///< Every link whose target exists.
    /// Each link's routed path (world units), from its port into the top of its target; empty
    /// while not routed yet (drawn as a curve). Kept by LinkRouting.
    std::vector<std::vector<ImVec2>> paths;
    /// Each link's label, when it has one and found a place (LinkRouting).
    std::vector<std::optional<LinkLabel>> labels;

    /// Builds the model of `flow`, drawing node i at `positions[i]`.
    static CanvasModel build(const Flow& flow, const std::vector<std::array<double, 2>>& positions);
    /// Node i's output ports.
    [[nodiscard]] std::span<const Port> ports(std::size_t i) const {
        return {port_list.data() + port_begin[i], port_list.data() + port_begin[i + 1]};
    }
    /// Node i's rectangle in world units.
    [[nodiscard]] Rect node_rect(std::size_t i) const;
    /// Where node i's port p sits, world units (on the right edge).
    [[nodiscard]] ImVec2 port_position(std::size_t i, std::size_t p) const;
    /// Where links into node i arrive, world units (the middle of its top edge).
    [[nodiscard]] ImVec2 input_position(std::size_t i) const;
    /// The rectangle around every node (empty rect at 0,0 for an empty flow), as of the last
    /// build or update_bounds().
    [[nodiscard]] const Rect& bounds() const { return bounds_; }
    /// Recomputes bounds() and the grids after positions changed.
    void reindex();
    /// Recomputes the links' grid after paths or labels changed.
    void index_links();
    /// The rectangle that holds link `l` as drawn at any zoom but for kLinkBoxMargin screen
    /// pixels: its path and label when routed, else its curve.
    [[nodiscard]] Rect link_box(std::size_t l) const;
    /// The nodes' rectangles, bucketed.
    [[nodiscard]] const SpatialGrid& node_grid() const { return node_grid_; }
    /// The links, bucketed by link_box.
    [[nodiscard]] const SpatialGrid& link_grid() const { return link_grid_; }

private:
    Rect bounds_{};
    SpatialGrid node_grid_;
    SpatialGrid link_grid_;
};

/// Screen pixels a link's curve may reach past its grid box (its least bends).
inline constexpr float kLinkBoxMargin = 60.0f;

/// The four control points of a link's curve.
struct Bezier {
    ImVec2 p0, p1, p2, p3; ///< Start, two controls, end.
};

/// The curve of a link from a port at `from` to an input at `to`: it leaves rightwards and
/// arrives downwards. `pixel` is the size of a screen pixel in the points' units (1 for screen
/// points, 1 / zoom for world points, which gives the same curve), for its least bends.
[[nodiscard]] Bezier link_curve(ImVec2 from, ImVec2 to, float pixel = 1.0f);

/// Link `l`'s curve in world units, as drawn at `zoom`.
[[nodiscard]] Bezier world_link_curve(const CanvasModel& model, std::size_t l, float zoom);

/// The rectangle around a curve's four control points (which holds the whole curve).
[[nodiscard]] Rect curve_bounds(const Bezier& b);

} // namespace heartflow::editor

// The layered layout (Sugiyama style, top to bottom) that the editor's auto-layout, the chart
// exports and the benchmarks share. A pure function: positions never change a flow's behaviour.
#pragma once

#include "heartflow/flow.h"

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace heartflow {

/// A point in layout units; x grows right, y grows down.
struct LayoutPoint {
    double x = 0; ///< Horizontal position.
    double y = 0; ///< Vertical position.
};

/// Sizes and effort of a layout, in layout units (SVG user units; the editor's world units).
struct LayoutOptions {
    double node_width = 240.0;        ///< Width of every node box.
    double node_height = 96.0;        ///< Height of every node box (unless node_heights says).
    std::vector<double> node_heights; ///< Height of each node's box by index; empty: node_height.
    double layer_gap = 72.0;          ///< Vertical space between two layers of boxes.
    double node_gap = 40.0;           ///< Least horizontal space between two boxes of a layer.
    double lane_width = 12.0;         ///< Width a long edge takes where it passes through a layer.
    int max_sweeps = 24; ///< Most ordering sweeps; stops earlier after 4 without progress.
    /// Where each node's box was (top-left), to lay out near it after a small edit: every layer
    /// keeps the previous left-to-right order (only swaps of neighbours that remove crossings),
    /// boxes stay at their x where the spacing allows, and the drawing keeps its frame. Empty:
    /// lay out afresh. Otherwise one entry per node; nullopt for a node new since.
    std::vector<std::optional<LayoutPoint>> previous;
    /// With `previous`: a box that moved no further than this did not move (the editor's grid).
    /// A fresh layout is made too, and the one that moves fewer boxes is kept.
    double grid_step = 40.0;
};

/// A directed graph to lay out: nodes 0..node_count-1 and edges between them (any, cycles too).
struct LayoutGraph {
    std::uint32_t node_count = 0;                               ///< Number of nodes.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> edges; ///< (from, to), each < node_count.
    std::uint32_t root = 0; ///< The node drawn first (top, left); the flow's start. < node_count.
};

/// Where everything goes.
struct Layout {
    std::vector<LayoutPoint> positions; ///< Top-left corner of each node's box.
    std::vector<std::uint32_t> layers;  ///< 0-based layer of each node (0 is the top);
                                        ///< a layer is as tall as its tallest box.
    std::vector<std::vector<LayoutPoint>>
        routes;                  ///< Per input edge: a polyline from the source
                                 ///< box to the target box (a loop for self-edges).
    double width = 0;            ///< Extent of the drawing (boxes start at x >= 0, y >= 0).
    double height = 0;           ///< Extent of the drawing.
    std::size_t crossings = 0;   ///< Crossings of the segments between layers as ordered (the
                                 ///< steps of rising edges around their source not counted;
                                 ///< count_route_crossings counts the whole drawing).
    std::size_t dummy_nodes = 0; ///< Bend points added for edges that span several layers.
};

/// Lays out any directed graph. Near-linear per sweep; edges are routed in input order.
[[nodiscard]] Layout layout_graph(const LayoutGraph& graph, const LayoutOptions& options = {});

/// Lays out a flow: node i is flow.nodes[i]; routes are parallel to build_flow_graph(flow).edges.
[[nodiscard]] Layout layout_flow(const Flow& flow, const LayoutOptions& options = {});

} // namespace heartflow

// Routes of the layered layout, private to the engine: each edge leaves its own exit on the
// bottom of its source box, passes every layer it spans in a lane of its own, and arrives at the
// top of its target; an edge turned around to break a cycle leaves its exit the same way and
// climbs a channel beside its source before rising through its lanes.
#pragma once

#include "heartflow/layout.h"
#include "layered_graph.h"

#include <vector>

namespace heartflow::layout_detail {

/// Where each layer starts and how tall it is.
struct LayerBands {
    std::vector<double> top;    ///< By layer.
    std::vector<double> height; ///< By layer: its tallest box (a layer of bends only: node_height).
};

/// The height of real node v's box.
[[nodiscard]] double box_height(Index v, const LayoutOptions& o);

/// Each layer as tall as its tallest box, with layer_gap between layers.
[[nodiscard]] LayerBands layer_bands(const Layered& l, const LayoutOptions& o);

/// What routing needs to know of the layout so far.
struct RouteInput {
    const LayoutGraph& graph; ///< The input graph.
    const Layered& layered;   ///< Layers, chains and order.
    const UniqueEdges& dag;   ///< The unique edges the chains stand for.
    const std::vector<std::pair<Index, Index>>& oriented; ///< Each input edge after cycle breaking.
    const std::vector<bool>& back;                        ///< Input edges turned around.
    const LayerBands& bands;                              ///< Layer tops and heights.
    const std::vector<double>& x;                         ///< Centre x of every layered node.
    const std::vector<LayoutPoint>& positions;            ///< Top-left of every real box.
};

/// One polyline per input edge, in input order.
[[nodiscard]] std::vector<std::vector<LayoutPoint>> route_edges(const RouteInput& in,
                                                                const LayoutOptions& o);

} // namespace heartflow::layout_detail

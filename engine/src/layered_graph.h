// The layout's working graph, private to the engine: adjacency in compressed rows, and the
// layered graph (real nodes, then the dummy nodes that split long edges) with its order.
#pragma once

#include "heartflow/layout.h"

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace heartflow::layout_detail {

using Index = std::uint32_t;
inline constexpr Index kNone = ~Index{0};

/// Adjacency lists of n nodes in one array: row v is items[begin[v] .. begin[v+1]), with a
/// weight (how many edges of the input share that segment) beside each item.
struct Rows {
    std::vector<Index> begin;  ///< n + 1 offsets into items.
    std::vector<Index> items;  ///< Neighbours, row after row.
    std::vector<Index> weight; ///< Parallel to items; empty when every weight is 1.
    /// Number of neighbours of v.
    [[nodiscard]] std::size_t size(Index v) const { return begin[v + 1] - begin[v]; }
    /// First neighbour of v.
    [[nodiscard]] const Index* row(Index v) const { return items.data() + begin[v]; }
    /// Weight of the k-th item of row v.
    [[nodiscard]] Index weight_of(Index v, std::size_t k) const {
        return weight.empty() ? 1 : weight[begin[v] + k];
    }
};

/// Rows of `pairs` keyed by first (or by second when `by_target`), keeping pair order within a
/// row; `weights`, when not empty, is parallel to `pairs`.
[[nodiscard]] Rows make_rows(std::size_t n, const std::vector<std::pair<Index, Index>>& pairs,
                             bool by_target, const std::vector<Index>& weights = {});

/// The layered graph: every segment joins two adjacent layers.
struct Layered {
    std::size_t real = 0;           ///< Nodes 0..real-1 are the graph's own.
    std::vector<Index> layer;       ///< 0-based layer of every node, dummies included.
    std::vector<Index> chain_begin; ///< Per unique edge: offset into chains (one extra at the end).
    std::vector<Index> chains;      ///< Per unique edge: source, dummies..., target.
    Rows up, down;                  ///< Neighbours in the layer above / below.
    std::vector<std::vector<Index>> order; ///< Nodes of each layer, left to right.
    std::vector<Index> pos;                ///< Place of each node in its layer.
};

/// Edges of the graph after cycle breaking: each (from, to) goes down at least one layer.
struct UniqueEdges {
    std::vector<std::pair<Index, Index>> edges; ///< Sorted, no duplicates, no self-loops.
    std::vector<Index> weight;                  ///< How many input edges each one stands for.
};

/// Marks the input edges to draw turned around so that the rest has no cycle: the back edges
/// of a depth-first search from the root.
[[nodiscard]] std::vector<bool>
find_back_edges(std::size_t n, const std::vector<std::pair<Index, Index>>& edges, Index root);

/// Marks the input edges to draw turned around: those to a node a breadth-first search from the
/// root finds no later than their source (loops too).
[[nodiscard]] std::vector<bool>
find_back_edges_breadth_first(std::size_t n, const std::vector<std::pair<Index, Index>>& edges,
                              Index root);

/// The oriented edges without loops, merged where they join the same two nodes.
[[nodiscard]] UniqueEdges unique_edges(const std::vector<std::pair<Index, Index>>& oriented);

/// The input graph made acyclic, and its layering afresh.
struct Acyclic {
    std::vector<bool> back;                        ///< Per input edge: drawn turned around.
    std::vector<std::pair<Index, Index>> oriented; ///< Per input edge: (from, to) as drawn.
    UniqueEdges dag;                               ///< The oriented edges merged, no loops.
    std::vector<Index> layer;                      ///< Layer of every node (assign_layers).
};

/// Dummy nodes a depth-first cycle breaking may cost, per node and edge of the input graph.
/// Depth-first (as Graphviz dot) gives the fewest crossings on flows, but a flow entered
/// through cross links before its own parents can hang deeper and deeper (628 layers and
/// 7 dummies an edge at 50k generated nodes); past this budget the breadth-first breaking,
/// with few layers, is used instead, so that the layered graph stays linear in the input.
inline constexpr std::size_t kDummyBudget = 2;

/// Breaks cycles depth-first, or breadth-first when depth-first needs more than kDummyBudget
/// dummy nodes per node and edge; then layers the result.
[[nodiscard]] Acyclic make_acyclic(std::size_t n, const std::vector<std::pair<Index, Index>>& edges,
                                   Index root);

/// 0-based layer of every node of a DAG; every edge goes at least one layer down.
[[nodiscard]] std::vector<Index> assign_layers(std::size_t n, const UniqueEdges& dag);

/// Layers near the previous ones: each node starts at its previous row (`rows`, 0 for a new
/// node) and goes down only as far as the edges above it need.
[[nodiscard]] std::vector<Index> assign_layers_near(std::size_t n, const UniqueEdges& dag,
                                                    const std::vector<Index>& rows);

/// Orders every layer to few crossings (sweeps, transpose, the best order kept); returns the
/// crossings of the order kept, each segment pair weighted by the edges they stand for.
std::size_t reduce_crossings(Layered& l, Index root, int max_sweeps);

/// Orders every layer by `keys` (each node's centre x in the previous layout; NaN: unknown, kept
/// in its first place among the others), then swaps neighbours only where that removes
/// crossings; returns the crossings of the order kept, as reduce_crossings does.
std::size_t order_near_previous(Layered& l, Index root, const std::vector<double>& keys);

/// The row of each node in the previous layout (rank of its previous top among all previous
/// tops; 0 for a new node).
[[nodiscard]] std::vector<Index>
previous_rows(std::size_t n, const std::vector<std::optional<LayoutPoint>>& previous);

/// Each layered node's centre x in the previous layout: its own for nodes placed before, the
/// mean of its placed neighbours' for new ones, and along its chain for a bend; NaN where
/// nothing is known. `edges` are the input graph's edges.
[[nodiscard]] std::vector<double>
previous_keys(const Layered& l, const std::vector<std::pair<Index, Index>>& edges,
              const std::vector<std::optional<LayoutPoint>>& previous, double node_width);

} // namespace heartflow::layout_detail

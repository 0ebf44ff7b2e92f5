// The layout's working graph, private to the engine: adjacency in compressed rows, and the
// layered graph (real nodes, then the dummy nodes that split long edges) with its order.
#pragma once

#include <cstdint>
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
    [[nodiscard]] Index weight_of(Index v, std::size_t k) const { return weight.empty() ? 1 : weight[begin[v] + k]; }
};

/// Rows of `pairs` keyed by first (or by second when `by_target`), keeping pair order within a
/// row; `weights`, when not empty, is parallel to `pairs`.
[[nodiscard]] Rows make_rows(std::size_t n, const std::vector<std::pair<Index, Index>>& pairs, bool by_target,
                             const std::vector<Index>& weights = {});

/// The layered graph: every segment joins two adjacent layers.
struct Layered {
    std::size_t real = 0;                  ///< Nodes 0..real-1 are the graph's own.
    std::vector<Index> layer;              ///< 0-based layer of every node, dummies included.
    std::vector<Index> chain_begin;        ///< Per unique edge: offset into chains (one extra at the end).
    std::vector<Index> chains;             ///< Per unique edge: source, dummies..., target.
    Rows up, down;                         ///< Neighbours in the layer above / below.
    std::vector<std::vector<Index>> order; ///< Nodes of each layer, left to right.
    std::vector<Index> pos;                ///< Place of each node in its layer.
};

/// Edges of the graph after cycle breaking: each (from, to) goes down at least one layer.
struct UniqueEdges {
    std::vector<std::pair<Index, Index>> edges; ///< Sorted, no duplicates, no self-loops.
    std::vector<Index> weight;                  ///< How many input edges each one stands for.
};

/// Marks the input edges to draw turned around so that the rest has no cycle.
[[nodiscard]] std::vector<bool> find_back_edges(std::size_t n, const std::vector<std::pair<Index, Index>>& edges,
                                                Index root);

/// 0-based layer of every node of a DAG; every edge goes at least one layer down.
[[nodiscard]] std::vector<Index> assign_layers(std::size_t n, const UniqueEdges& dag);

/// Orders every layer to few crossings (sweeps, transpose, the best order kept); returns the
/// crossings of the order kept, each segment pair weighted by the edges they stand for.
std::size_t reduce_crossings(Layered& l, Index root, int max_sweeps);

} // namespace heartflow::layout_detail

// The layout's first stages: compressed rows, cycle breaking and layering.
//
// [SECTION] Compressed rows
// [SECTION] Cycle breaking (depth-first back edges turned around, or breadth-first ones)
// [SECTION] Layering (longest path, then nodes pulled toward their heavier side)
// [SECTION] Choosing the cycle breaking (depth-first within a budget of dummy nodes)
#include "layered_graph.h"

#include <algorithm>
#include <cstdint>

namespace heartflow::layout_detail {

// [SECTION] Compressed rows

Rows make_rows(std::size_t n, const std::vector<std::pair<Index, Index>>& pairs, bool by_target,
               const std::vector<Index>& weights) {
    Rows rows;
    rows.begin.assign(n + 1, 0);
    for (auto [a, b] : pairs)
        rows.begin[(by_target ? b : a) + 1]++;
    for (std::size_t i = 0; i < n; ++i)
        rows.begin[i + 1] += rows.begin[i];
    rows.items.resize(pairs.size());
    if (!weights.empty()) rows.weight.resize(pairs.size());
    std::vector<Index> fill(rows.begin.begin(), rows.begin.end() - 1);
    for (std::size_t k = 0; k < pairs.size(); ++k) {
        const auto [a, b] = pairs[k];
        const Index at = fill[by_target ? b : a]++;
        rows.items[at] = by_target ? a : b;
        if (!weights.empty()) rows.weight[at] = weights[k];
    }
    return rows;
}

// [SECTION] Cycle breaking

// Depth-first from the root (then from each node not yet reached, in index order): an edge to
// a node still on the stack closes a cycle and is turned around, as Graphviz dot does.
std::vector<bool> find_back_edges(std::size_t n, const std::vector<std::pair<Index, Index>>& edges,
                                  Index root) {
    std::vector<std::pair<Index, Index>> keyed; // (from, edge index)
    keyed.reserve(edges.size());
    for (Index e = 0; e < edges.size(); ++e)
        keyed.emplace_back(edges[e].first, e);
    const Rows out = make_rows(n, keyed, false); // items are edge indices
    std::vector<std::uint8_t> state(n, 0);       // 0 new, 1 on the stack, 2 done
    std::vector<bool> back(edges.size(), false);
    std::vector<std::pair<Index, Index>> stack; // (node, next row offset)
    auto visit = [&](Index start) {
        if (state[start] != 0) return;
        state[start] = 1;
        stack.emplace_back(start, 0);
        while (!stack.empty()) {
            auto& [v, at] = stack.back();
            if (at == out.size(v)) {
                state[v] = 2;
                stack.pop_back();
                continue;
            }
            const Index e = out.row(v)[at++];
            const Index w = edges[e].second;
            if (state[w] == 1) {
                back[e] = true;
            } else if (state[w] == 0) {
                state[w] = 1;
                stack.emplace_back(w, 0);
            }
        }
    };
    if (n > 0) visit(root);
    for (Index v = 0; v < n; ++v)
        visit(v);
    return back;
}

// Breadth-first from the root (then from each node not yet reached, in index order): an edge
// to a node found no later than its source is turned around, so every edge kept goes on in the
// search's order. Few layers and short edges, but cross links then run across wide layers.
std::vector<bool> find_back_edges_breadth_first(std::size_t n,
                                                const std::vector<std::pair<Index, Index>>& edges,
                                                Index root) {
    const Rows out = make_rows(n, edges, false); // items are targets
    std::vector<Index> rank(n, kNone);
    Index found = 0;
    std::vector<Index> queue;
    queue.reserve(n);
    auto search = [&](Index start) {
        if (rank[start] != kNone) return;
        rank[start] = found++;
        queue.push_back(start);
        for (std::size_t i = queue.size() - 1; i < queue.size(); ++i)
            for (const Index* w = out.row(queue[i]); w != out.row(queue[i]) + out.size(queue[i]);
                 ++w)
                if (rank[*w] == kNone) rank[*w] = found++, queue.push_back(*w);
    };
    if (n > 0) search(root);
    for (Index v = 0; v < n; ++v)
        search(v);
    std::vector<bool> back(edges.size());
    for (std::size_t e = 0; e < edges.size(); ++e)
        back[e] = rank[edges[e].second] <= rank[edges[e].first]; // a loop too, as depth-first
    return back;
}

// [SECTION] Layering

std::vector<Index> assign_layers(std::size_t n, const UniqueEdges& dag) {
    const Rows out = make_rows(n, dag.edges, false, dag.weight);
    const Rows in = make_rows(n, dag.edges, true, dag.weight);
    std::vector<Index> indegree(n), order;
    order.reserve(n);
    for (Index v = 0; v < n; ++v) {
        indegree[v] = static_cast<Index>(in.size(v));
        if (indegree[v] == 0) order.push_back(v);
    }
    std::vector<std::int64_t> layer(n, 0);
    for (std::size_t i = 0; i < order.size(); ++i) {
        const Index v = order[i];
        for (const Index* w = out.row(v); w != out.row(v) + out.size(v); ++w) {
            layer[*w] = std::max(layer[*w], layer[v] + 1);
            if (--indegree[*w] == 0) order.push_back(*w);
        }
    }
    // A node with more edges on one side moves as far as it may toward that side: total edge
    // length falls at every move, so this settles quickly (a cheap stand-in for network simplex).
    auto weight_of = [](const Rows& r, Index v) {
        std::size_t w = 0;
        for (std::size_t k = 0; k < r.size(v); ++k)
            w += r.weight_of(v, k);
        return w;
    };
    for (int pass = 0; pass < 8; ++pass) {
        bool moved = false;
        for (std::size_t k = 0; k < order.size(); ++k) {
            const Index v = order[pass % 2 == 0 ? order.size() - 1 - k : k];
            const std::size_t ins = weight_of(in, v), outs = weight_of(out, v);
            if (ins == outs) continue;
            std::int64_t target = 0;
            if (ins > outs) {
                for (const Index* u = in.row(v); u != in.row(v) + in.size(v); ++u)
                    target = std::max(target, layer[*u] + 1);
            } else {
                target = INT64_MAX;
                for (const Index* w = out.row(v); w != out.row(v) + out.size(v); ++w)
                    target = std::min(target, layer[*w] - 1);
            }
            if (target != layer[v]) {
                layer[v] = target;
                moved = true;
            }
        }
        if (!moved) break;
    }
    const std::int64_t lowest = n ? *std::min_element(layer.begin(), layer.end()) : 0;
    std::vector<Index> result(n);
    for (Index v = 0; v < n; ++v)
        result[v] = static_cast<Index>(layer[v] - lowest);
    return result;
}

std::vector<Index> assign_layers_near(std::size_t n, const UniqueEdges& dag,
                                      const std::vector<Index>& rows) {
    const Rows out = make_rows(n, dag.edges, false, dag.weight);
    std::vector<Index> indegree(n, 0), order, layer(rows);
    for (auto [a, b] : dag.edges)
        ++indegree[b];
    for (Index v = 0; v < n; ++v)
        if (indegree[v] == 0) order.push_back(v);
    for (std::size_t i = 0; i < order.size(); ++i) { // pushed down only where an edge needs it
        const Index v = order[i];
        for (const Index* w = out.row(v); w != out.row(v) + out.size(v); ++w) {
            layer[*w] = std::max(layer[*w], layer[v] + 1);
            if (--indegree[*w] == 0) order.push_back(*w);
        }
    }
    return layer;
}

// [SECTION] Choosing the cycle breaking

UniqueEdges unique_edges(const std::vector<std::pair<Index, Index>>& oriented) {
    std::vector<std::pair<Index, Index>> sorted;
    sorted.reserve(oriented.size());
    for (auto e : oriented)
        if (e.first != e.second) sorted.push_back(e);
    std::sort(sorted.begin(), sorted.end());
    UniqueEdges u;
    for (std::size_t i = 0; i < sorted.size(); ++i) {
        if (i > 0 && sorted[i] == sorted[i - 1]) {
            ++u.weight.back();
            continue;
        }
        u.edges.push_back(sorted[i]);
        u.weight.push_back(1);
    }
    return u;
}

namespace {

// The graph with the `back` edges turned around, and its layering afresh.
Acyclic orient(std::size_t n, const std::vector<std::pair<Index, Index>>& edges,
               std::vector<bool> back) {
    Acyclic a;
    a.back = std::move(back);
    a.oriented.resize(edges.size());
    for (std::size_t e = 0; e < edges.size(); ++e) {
        const auto [from, to] = edges[e];
        a.oriented[e] = a.back[e] ? std::pair{to, from} : std::pair{from, to};
    }
    a.dag = unique_edges(a.oriented);
    a.layer = assign_layers(n, a.dag);
    return a;
}

// Dummy nodes the layering needs: one per layer an edge passes without stopping.
std::size_t dummy_count(const Acyclic& a) {
    std::size_t dummies = 0;
    for (auto [from, to] : a.dag.edges)
        dummies += a.layer[to] - a.layer[from] - 1;
    return dummies;
}

} // namespace

Acyclic make_acyclic(std::size_t n, const std::vector<std::pair<Index, Index>>& edges, Index root) {
    Acyclic deep = orient(n, edges, find_back_edges(n, edges, root));
    if (dummy_count(deep) <= kDummyBudget * (n + edges.size())) return deep;
    return orient(n, edges, find_back_edges_breadth_first(n, edges, root));
}

} // namespace heartflow::layout_detail

// The layered layout: cycle breaking, layering, long-edge splitting, crossing reduction and
// coordinate assignment, each near-linear so that 50,000-node flows lay out in about a second.
//
// [SECTION] Graph in compressed rows
// [SECTION] Cycle breaking (depth-first back edges turned around)
// [SECTION] Layering (longest path, then nodes pulled toward their heavier side)
// [SECTION] Long edges split by dummy nodes
// [SECTION] Crossing reduction (barycenter sweeps, transpose, best order kept)
// [SECTION] Coordinates (weighted isotonic placement per layer, alternating sweeps)
// [SECTION] Routes and the public entry points
#include "heartflow/layout.h"

#include "heartflow/flow_graph.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace heartflow {

namespace {

using Index = std::uint32_t;

// [SECTION] Graph in compressed rows

// Adjacency lists of n nodes in one array: row v is items[begin[v] .. begin[v+1]).
struct Rows {
    std::vector<Index> begin;
    std::vector<Index> items;
    [[nodiscard]] std::size_t size(Index v) const { return begin[v + 1] - begin[v]; }
    [[nodiscard]] const Index* row(Index v) const { return items.data() + begin[v]; }
};

// Rows of `pairs` keyed by first (or by second when `by_target`), keeping pair order within a row.
Rows make_rows(std::size_t n, const std::vector<std::pair<Index, Index>>& pairs, bool by_target) {
    Rows rows;
    rows.begin.assign(n + 1, 0);
    for (auto [a, b] : pairs) rows.begin[(by_target ? b : a) + 1]++;
    for (std::size_t i = 0; i < n; ++i) rows.begin[i + 1] += rows.begin[i];
    rows.items.resize(pairs.size());
    std::vector<Index> fill(rows.begin.begin(), rows.begin.end() - 1);
    for (auto [a, b] : pairs) {
        Index key = by_target ? b : a;
        rows.items[fill[key]++] = by_target ? a : b;
    }
    return rows;
}

// [SECTION] Cycle breaking (depth-first back edges turned around)

// Marks each edge whose target is on the depth-first stack when it is followed (a back edge).
std::vector<bool> find_back_edges(const LayoutGraph& g) {
    const std::size_t n = g.node_count;
    std::vector<std::pair<Index, Index>> keyed; // (from, edge index)
    keyed.reserve(g.edges.size());
    for (Index e = 0; e < g.edges.size(); ++e) keyed.emplace_back(g.edges[e].first, e);
    Rows out = make_rows(n, keyed, false); // items are edge indices
    std::vector<std::uint8_t> state(n, 0); // 0 new, 1 on stack, 2 done
    std::vector<bool> back(g.edges.size(), false);
    std::vector<std::pair<Index, Index>> stack; // (node, next row offset)
    auto visit = [&](Index root) {
        if (state[root] != 0) return;
        state[root] = 1;
        stack.emplace_back(root, 0);
        while (!stack.empty()) {
            auto& [v, at] = stack.back();
            if (at == out.size(v)) {
                state[v] = 2;
                stack.pop_back();
                continue;
            }
            Index e = out.row(v)[at++];
            Index w = g.edges[e].second;
            if (state[w] == 1) {
                back[e] = true;
            } else if (state[w] == 0) {
                state[w] = 1;
                stack.emplace_back(w, 0);
            }
        }
    };
    if (n > 0) visit(g.root);
    for (Index v = 0; v < n; ++v) visit(v);
    return back;
}

// [SECTION] Layering (longest path, then nodes pulled toward their heavier side)

// 0-based layers of a DAG given as unique edges; every edge goes at least one layer down.
std::vector<Index> assign_layers(std::size_t n, const std::vector<std::pair<Index, Index>>& dag) {
    Rows out = make_rows(n, dag, false);
    Rows in = make_rows(n, dag, true);
    std::vector<Index> indegree(n), order;
    order.reserve(n);
    for (Index v = 0; v < n; ++v) {
        indegree[v] = static_cast<Index>(in.size(v));
        if (indegree[v] == 0) order.push_back(v);
    }
    std::vector<std::int64_t> layer(n, 0);
    for (std::size_t i = 0; i < order.size(); ++i) {
        Index v = order[i];
        for (const Index* w = out.row(v); w != out.row(v) + out.size(v); ++w) {
            layer[*w] = std::max(layer[*w], layer[v] + 1);
            if (--indegree[*w] == 0) order.push_back(*w);
        }
    }
    // A node with more edges on one side moves as far as it may toward that side: total edge
    // length falls at every move, so this settles quickly (a cheap stand-in for network simplex).
    for (int pass = 0; pass < 8; ++pass) {
        bool moved = false;
        for (std::size_t k = 0; k < order.size(); ++k) {
            Index v = order[pass % 2 == 0 ? order.size() - 1 - k : k];
            std::size_t ins = in.size(v), outs = out.size(v);
            if (ins == outs) continue;
            std::int64_t target = 0;
            if (ins > outs) {
                for (const Index* u = in.row(v); u != in.row(v) + ins; ++u) target = std::max(target, layer[*u] + 1);
            } else {
                target = INT64_MAX;
                for (const Index* w = out.row(v); w != out.row(v) + outs; ++w) target = std::min(target, layer[*w] - 1);
            }
            if (target != layer[v]) {
                layer[v] = target;
                moved = true;
            }
        }
        if (!moved) break;
    }
    std::int64_t lowest = n ? *std::min_element(layer.begin(), layer.end()) : 0;
    std::vector<Index> result(n);
    for (Index v = 0; v < n; ++v) result[v] = static_cast<Index>(layer[v] - lowest);
    return result;
}

// [SECTION] Long edges split by dummy nodes

// The layered graph: real nodes then dummies; every segment joins two adjacent layers.
struct Layered {
    std::size_t real = 0;                   // nodes 0..real-1 are the graph's own
    std::vector<Index> layer;               // layer of every node, dummies included
    std::vector<Index> chain_begin;         // per unique edge: offset into chains
    std::vector<Index> chains;              // per unique edge: source, dummies..., target
    Rows up, down;                          // neighbours in the layer above / below
    std::vector<std::vector<Index>> order;  // nodes of each layer, left to right
    std::vector<Index> pos;                 // place of each node in its layer
};

// Splits every unique edge into one segment per layer it crosses.
void split_long_edges(Layered& l, const std::vector<std::pair<Index, Index>>& dag) {
    std::vector<std::pair<Index, Index>> segments;
    segments.reserve(dag.size() * 2);
    l.chain_begin.reserve(dag.size() + 1);
    for (auto [a, b] : dag) {
        l.chain_begin.push_back(static_cast<Index>(l.chains.size()));
        l.chains.push_back(a);
        Index prev = a;
        for (Index layer = l.layer[a] + 1; layer < l.layer[b]; ++layer) {
            Index d = static_cast<Index>(l.layer.size());
            l.layer.push_back(layer);
            segments.emplace_back(prev, d);
            l.chains.push_back(d);
            prev = d;
        }
        segments.emplace_back(prev, b);
        l.chains.push_back(b);
    }
    l.chain_begin.push_back(static_cast<Index>(l.chains.size()));
    l.down = make_rows(l.layer.size(), segments, false);
    l.up = make_rows(l.layer.size(), segments, true);
}

// First order: depth-first from the root, so that subtrees start out side by side.
void initial_order(Layered& l, Index root) {
    const std::size_t n = l.layer.size();
    Index layers = 0;
    for (Index x : l.layer) layers = std::max(layers, x + 1);
    l.order.assign(layers, {});
    l.pos.assign(n, 0);
    std::vector<bool> seen(n, false);
    std::vector<Index> stack;
    auto visit = [&](Index start) {
        if (seen[start]) return;
        seen[start] = true;
        stack.push_back(start);
        while (!stack.empty()) {
            Index v = stack.back();
            stack.pop_back();
            l.pos[v] = static_cast<Index>(l.order[l.layer[v]].size());
            l.order[l.layer[v]].push_back(v);
            const Index* row = l.down.row(v);
            for (std::size_t i = l.down.size(v); i-- > 0;) {
                if (!seen[row[i]]) {
                    seen[row[i]] = true;
                    stack.push_back(row[i]);
                }
            }
        }
    };
    if (l.real > 0) visit(root);
    for (Index v = 0; v < l.real; ++v) visit(v);
    for (Index v = 0; v < n; ++v) visit(v);
}

// [SECTION] Crossing reduction (barycenter sweeps, transpose, best order kept)

// Crossings between layer k and k+1 (Barth, Juenger and Mutzel: inversions via a Fenwick tree).
std::size_t count_layer_crossings(const Layered& l, std::size_t k, std::vector<Index>& targets,
                                  std::vector<Index>& tree) {
    targets.clear();
    for (Index v : l.order[k]) {
        std::size_t first = targets.size();
        for (const Index* w = l.down.row(v); w != l.down.row(v) + l.down.size(v); ++w) targets.push_back(l.pos[*w]);
        std::sort(targets.begin() + static_cast<std::ptrdiff_t>(first), targets.end());
    }
    const std::size_t width = l.order[k + 1].size();
    tree.assign(width + 1, 0);
    std::size_t crossings = 0, seen = 0;
    for (Index t : targets) {
        std::size_t not_greater = 0;
        for (std::size_t i = t + 1; i > 0; i -= i & (~i + 1)) not_greater += tree[i];
        crossings += seen - not_greater;
        for (std::size_t i = t + 1; i <= width; i += i & (~i + 1)) tree[i]++;
        ++seen;
    }
    return crossings;
}

// Crossings of the whole layered graph in its current order.
std::size_t count_crossings(const Layered& l) {
    std::vector<Index> targets, tree;
    std::size_t total = 0;
    for (std::size_t k = 0; k + 1 < l.order.size(); ++k) total += count_layer_crossings(l, k, targets, tree);
    return total;
}

// Reorders one layer by the mean place of each node's neighbours in the fixed layer.
void sort_by_barycenter(Layered& l, std::size_t k, const Rows& fixed, std::vector<std::pair<double, Index>>& keyed) {
    std::vector<Index>& layer = l.order[k];
    keyed.clear();
    for (Index v : layer) {
        std::size_t d = fixed.size(v);
        double key = l.pos[v];
        if (d > 0) {
            double sum = 0;
            for (const Index* u = fixed.row(v); u != fixed.row(v) + d; ++u) sum += l.pos[*u];
            key = sum / static_cast<double>(d);
        }
        keyed.emplace_back(key, v);
    }
    std::stable_sort(keyed.begin(), keyed.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (std::size_t i = 0; i < keyed.size(); ++i) {
        layer[i] = keyed[i].second;
        l.pos[layer[i]] = static_cast<Index>(i);
    }
}

// Crossings among the edges of u and v on one side if u stays left of v.
std::size_t pair_crossings(const Layered& l, const Rows& side, Index u, Index v) {
    std::size_t du = side.size(u), dv = side.size(v), c = 0;
    if (du * dv > 4096) return 0; // hubs: leave them to the sweeps
    for (const Index* a = side.row(u); a != side.row(u) + du; ++a)
        for (const Index* b = side.row(v); b != side.row(v) + dv; ++b) c += l.pos[*a] > l.pos[*b];
    return c;
}

// Swaps neighbours in each layer while a swap lowers the crossings on both sides.
void transpose(Layered& l) {
    for (std::size_t k = 0; k < l.order.size(); ++k) {
        std::vector<Index>& layer = l.order[k];
        for (int pass = 0; pass < 4; ++pass) {
            bool improved = false;
            for (std::size_t i = 0; i + 1 < layer.size(); ++i) {
                Index u = layer[i], v = layer[i + 1];
                std::size_t keep = pair_crossings(l, l.up, u, v) + pair_crossings(l, l.down, u, v);
                if (keep == 0) continue;
                std::size_t swap = pair_crossings(l, l.up, v, u) + pair_crossings(l, l.down, v, u);
                if (swap < keep) {
                    std::swap(layer[i], layer[i + 1]);
                    l.pos[layer[i]] = static_cast<Index>(i);
                    l.pos[layer[i + 1]] = static_cast<Index>(i + 1);
                    improved = true;
                }
            }
            if (!improved) break;
        }
    }
}

// Alternating sweeps; keeps the order with the fewest crossings; returns that count.
std::size_t reduce_crossings(Layered& l, int max_sweeps) {
    std::vector<std::pair<double, Index>> keyed;
    std::size_t best = count_crossings(l);
    std::vector<std::vector<Index>> best_order = l.order;
    int since_best = 0;
    for (int sweep = 0; sweep < max_sweeps && best > 0 && since_best < 4; ++sweep) {
        if (sweep % 2 == 0) {
            for (std::size_t k = 1; k < l.order.size(); ++k) sort_by_barycenter(l, k, l.up, keyed);
        } else {
            for (std::size_t k = l.order.size() - 1; k-- > 0;) sort_by_barycenter(l, k, l.down, keyed);
        }
        transpose(l);
        std::size_t now = count_crossings(l);
        if (now < best) {
            best = now;
            best_order = l.order;
            since_best = 0;
        } else {
            ++since_best;
        }
    }
    l.order = std::move(best_order);
    for (const auto& layer : l.order)
        for (std::size_t i = 0; i < layer.size(); ++i) l.pos[layer[i]] = static_cast<Index>(i);
    return best;
}

// [SECTION] Coordinates (weighted isotonic placement per layer, alternating sweeps)

// Places one layer as near its targets as the order and the spacing allow (least squares, by
// pool-adjacent-violators over positions shifted by the cumulative spacing).
void place_layer(const std::vector<Index>& layer, const std::vector<double>& target,
                 const std::vector<double>& weight, const std::vector<double>& half_width, double gap,
                 std::vector<double>& x) {
    struct Block { double sum_wy, sum_w; std::size_t count; };
    std::vector<Block> blocks;
    std::vector<double> offset(layer.size(), 0.0);
    for (std::size_t i = 0; i < layer.size(); ++i) {
        if (i > 0) offset[i] = offset[i - 1] + half_width[layer[i - 1]] + half_width[layer[i]] + gap;
        Index v = layer[i];
        blocks.push_back({weight[v] * (target[v] - offset[i]), weight[v], 1});
        while (blocks.size() > 1) {
            Block& b = blocks.back();
            Block& a = blocks[blocks.size() - 2];
            if (a.sum_wy / a.sum_w <= b.sum_wy / b.sum_w) break;
            a = {a.sum_wy + b.sum_wy, a.sum_w + b.sum_w, a.count + b.count};
            blocks.pop_back();
        }
    }
    std::size_t i = 0;
    for (const Block& b : blocks)
        for (std::size_t k = 0; k < b.count; ++k, ++i) x[layer[i]] = b.sum_wy / b.sum_w + offset[i];
}

// Centre x of every node: sweeps pull each node toward the mean of its neighbours.
std::vector<double> assign_x(const Layered& l, const LayoutOptions& o) {
    const std::size_t n = l.layer.size();
    std::vector<double> half(n), weight(n), x(n, 0.0), target(n);
    for (Index v = 0; v < n; ++v) {
        bool dummy = v >= l.real;
        half[v] = (dummy ? o.lane_width : o.node_width) / 2;
        weight[v] = dummy ? 4.0 : 1.0; // long edges stay straight
    }
    for (const auto& layer : l.order) place_layer(layer, std::vector<double>(n, 0.0), weight, half, o.node_gap, x);
    auto pull = [&](std::size_t k, bool use_up, bool use_down) {
        for (Index v : l.order[k]) {
            double sum = 0;
            std::size_t d = 0;
            auto add = [&](const Rows& r) {
                for (const Index* u = r.row(v); u != r.row(v) + r.size(v); ++u) sum += x[*u], ++d;
            };
            if (use_up) add(l.up);
            if (use_down) add(l.down);
            target[v] = d ? sum / static_cast<double>(d) : x[v];
        }
        place_layer(l.order[k], target, weight, half, o.node_gap, x);
    };
    for (int round = 0; round < 4; ++round) {
        for (std::size_t k = 1; k < l.order.size(); ++k) pull(k, true, false);
        for (std::size_t k = l.order.size(); k-- > 0;) pull(k, false, true);
    }
    for (std::size_t k = 0; k < l.order.size(); ++k) pull(k, true, true);
    double left = 0;
    bool any = false;
    for (Index v = 0; v < n; ++v) {
        if (!any || x[v] - half[v] < left) left = x[v] - half[v];
        any = true;
    }
    for (double& value : x) value -= left;
    return x;
}

// [SECTION] Routes and the public entry points

// The polyline of one input edge through its chain of dummies.
std::vector<LayoutPoint> route_edge(const Layered& l, std::size_t unique_edge, bool reversed,
                                    const std::vector<double>& x, const LayoutOptions& o) {
    const double band = o.node_height + o.layer_gap;
    std::vector<LayoutPoint> points;
    Index first = l.chain_begin[unique_edge], last = l.chain_begin[unique_edge + 1] - 1;
    for (Index i = first; i <= last; ++i) {
        Index v = l.chains[i];
        double top = l.layer[v] * band;
        if (i != first) points.push_back({x[v], top});
        if (i != last) points.push_back({x[v], top + o.node_height});
    }
    if (reversed) std::reverse(points.begin(), points.end());
    return points;
}

// A small loop on the right side of a node's box, for an edge to itself.
std::vector<LayoutPoint> self_loop(const LayoutPoint& box, const LayoutOptions& o) {
    double right = box.x + o.node_width, y1 = box.y + o.node_height * 0.3, y2 = box.y + o.node_height * 0.7;
    return {{right, y1}, {right + 24, y1}, {right + 24, y2}, {right, y2}};
}

} // namespace

Layout layout_graph(const LayoutGraph& graph, const LayoutOptions& options) {
    const std::size_t n = graph.node_count;
    std::vector<bool> back = find_back_edges(graph);
    std::vector<std::pair<Index, Index>> oriented(graph.edges.size());
    std::vector<std::pair<Index, Index>> dag;
    dag.reserve(graph.edges.size());
    for (std::size_t e = 0; e < graph.edges.size(); ++e) {
        auto [a, b] = graph.edges[e];
        oriented[e] = back[e] ? std::pair{b, a} : std::pair{a, b};
        if (a != b) dag.push_back(oriented[e]);
    }
    std::sort(dag.begin(), dag.end());
    dag.erase(std::unique(dag.begin(), dag.end()), dag.end());

    Layered l;
    l.real = n;
    l.layer = assign_layers(n, dag);
    split_long_edges(l, dag);
    initial_order(l, graph.root);
    Layout out;
    out.crossings = reduce_crossings(l, options.max_sweeps);
    out.dummy_nodes = l.layer.size() - n;
    std::vector<double> x = assign_x(l, options);

    const double band = options.node_height + options.layer_gap;
    out.positions.resize(n);
    out.layers.assign(l.layer.begin(), l.layer.begin() + static_cast<std::ptrdiff_t>(n));
    for (Index v = 0; v < n; ++v) {
        out.positions[v] = {x[v] - options.node_width / 2, l.layer[v] * band};
        out.width = std::max(out.width, x[v] + options.node_width / 2 + 24);
        out.height = std::max(out.height, l.layer[v] * band + options.node_height);
    }
    for (std::size_t v = n; v < l.layer.size(); ++v) out.width = std::max(out.width, x[v] + options.lane_width);
    out.routes.reserve(graph.edges.size());
    for (std::size_t e = 0; e < graph.edges.size(); ++e) {
        if (graph.edges[e].first == graph.edges[e].second) {
            out.routes.push_back(self_loop(out.positions[graph.edges[e].first], options));
            continue;
        }
        auto unique = static_cast<std::size_t>(std::lower_bound(dag.begin(), dag.end(), oriented[e]) - dag.begin());
        out.routes.push_back(route_edge(l, unique, back[e], x, options));
    }
    return out;
}

Layout layout_flow(const Flow& flow, const LayoutOptions& options) {
    FlowGraph fg = build_flow_graph(flow);
    LayoutGraph graph;
    graph.node_count = static_cast<Index>(flow.nodes.size());
    graph.root = fg.start;
    graph.edges.reserve(fg.edges.size());
    for (const FlowEdge& e : fg.edges) graph.edges.emplace_back(e.from, e.to);
    return layout_graph(graph, options);
}

} // namespace heartflow

// The layered layout: cycle breaking and layering (layout_ranking.cpp), long edges split by
// dummy nodes, crossing reduction (layout_ordering.cpp), coordinates and routes; each stage
// near-linear so that 50,000-node flows lay out in about a second.
//
// [SECTION] Unique edges and long edges split by dummy nodes
// [SECTION] Coordinates (weighted isotonic placement per layer, alternating sweeps)
// [SECTION] Routes and the public entry points
#include "heartflow/layout.h"

#include "heartflow/flow_graph.h"
#include "layered_graph.h"

#include <algorithm>

namespace heartflow {

using layout_detail::Index;
using layout_detail::Layered;
using layout_detail::Rows;
using layout_detail::UniqueEdges;

namespace {

// [SECTION] Unique edges and long edges split by dummy nodes

// The oriented edges without self-loops, merged where they join the same two nodes.
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

// Splits every unique edge into one segment per layer it crosses.
void split_long_edges(Layered& l, const UniqueEdges& dag) {
    std::vector<std::pair<Index, Index>> segments;
    std::vector<Index> weights;
    segments.reserve(dag.edges.size() * 2);
    weights.reserve(dag.edges.size() * 2);
    l.chain_begin.reserve(dag.edges.size() + 1);
    for (std::size_t e = 0; e < dag.edges.size(); ++e) {
        const auto [a, b] = dag.edges[e];
        l.chain_begin.push_back(static_cast<Index>(l.chains.size()));
        l.chains.push_back(a);
        Index prev = a;
        for (Index layer = l.layer[a] + 1; layer < l.layer[b]; ++layer) {
            const auto d = static_cast<Index>(l.layer.size());
            l.layer.push_back(layer);
            segments.emplace_back(prev, d);
            weights.push_back(dag.weight[e]);
            l.chains.push_back(d);
            prev = d;
        }
        segments.emplace_back(prev, b);
        weights.push_back(dag.weight[e]);
        l.chains.push_back(b);
    }
    l.chain_begin.push_back(static_cast<Index>(l.chains.size()));
    const bool all_single = std::all_of(weights.begin(), weights.end(), [](Index w) { return w == 1; });
    if (all_single) weights.clear();
    l.down = layout_detail::make_rows(l.layer.size(), segments, false, weights);
    l.up = layout_detail::make_rows(l.layer.size(), segments, true, weights);
}

// [SECTION] Coordinates

// Places one layer as near its targets as the order and the spacing allow (least squares, by
// pool-adjacent-violators over positions shifted by the cumulative spacing).
struct LayerPlacer {
    struct Block {
        double sum_wy, sum_w;
        std::size_t count;
    };
    std::vector<Block> blocks;
    std::vector<double> offset;

    void place(const std::vector<Index>& layer, const std::vector<double>& target, const std::vector<double>& weight,
               const std::vector<double>& half_width, double gap, std::vector<double>& x) {
        blocks.clear();
        offset.assign(layer.size(), 0.0);
        for (std::size_t i = 0; i < layer.size(); ++i) {
            if (i > 0) offset[i] = offset[i - 1] + half_width[layer[i - 1]] + half_width[layer[i]] + gap;
            const Index v = layer[i];
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
};

// Centre x of every node: sweeps pull each node toward the mean of its neighbours.
std::vector<double> assign_x(const Layered& l, const LayoutOptions& o) {
    const std::size_t n = l.layer.size();
    std::vector<double> half(n), weight(n), x(n, 0.0), target(n, 0.0);
    for (Index v = 0; v < n; ++v) {
        const bool dummy = v >= l.real;
        half[v] = (dummy ? o.lane_width : o.node_width) / 2;
        weight[v] = dummy ? 4.0 : 1.0; // long edges stay straight
    }
    LayerPlacer placer;
    for (const auto& layer : l.order) placer.place(layer, target, weight, half, o.node_gap, x);
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
        placer.place(l.order[k], target, weight, half, o.node_gap, x);
    };
    for (int round = 0; round < 2; ++round) {
        for (std::size_t k = 1; k < l.order.size(); ++k) pull(k, true, false);
        for (std::size_t k = l.order.size(); k-- > 0;) pull(k, false, true);
    }
    for (std::size_t k = 0; k < l.order.size(); ++k) pull(k, true, true);
    double left = 0;
    for (Index v = 0; v < n; ++v) left = v == 0 ? x[v] - half[v] : std::min(left, x[v] - half[v]);
    for (double& value : x) value -= left;
    return x;
}

// [SECTION] Routes and the public entry points

// Where each layer starts and how tall it is.
struct LayerBands {
    std::vector<double> top;    // by layer
    std::vector<double> height; // by layer
};

// The height of real node v's box.
double box_height(Index v, const LayoutOptions& o) {
    return v < o.node_heights.size() ? o.node_heights[v] : o.node_height;
}

// Each layer as tall as its tallest box (a layer of bends only gets the default height), with
// layer_gap between layers.
LayerBands layer_bands(const Layered& l, const LayoutOptions& o) {
    LayerBands b;
    b.height.assign(l.order.size(), 0.0);
    for (std::size_t k = 0; k < l.order.size(); ++k) {
        for (Index v : l.order[k])
            if (v < l.real) b.height[k] = std::max(b.height[k], box_height(v, o));
        if (b.height[k] == 0.0) b.height[k] = o.node_height;
    }
    b.top.assign(l.order.size(), 0.0);
    for (std::size_t k = 1; k < l.order.size(); ++k) b.top[k] = b.top[k - 1] + b.height[k - 1] + o.layer_gap;
    return b;
}

// The polyline of one unique edge through its chain of dummies, from the bottom of the upper
// box to the top of the lower one, straight down through each layer it passes.
std::vector<LayoutPoint> route_edge(const Layered& l, const LayerBands& bands, std::size_t unique_edge,
                                    bool reversed, const std::vector<double>& x, const LayoutOptions& o) {
    std::vector<LayoutPoint> points;
    const Index first = l.chain_begin[unique_edge], last = l.chain_begin[unique_edge + 1] - 1;
    for (Index i = first; i <= last; ++i) {
        const Index v = l.chains[i];
        const double top = bands.top[l.layer[v]];
        if (i != first) points.push_back({x[v], top});
        if (i != last) points.push_back({x[v], top + (v < l.real ? box_height(v, o) : bands.height[l.layer[v]])});
    }
    if (reversed) std::reverse(points.begin(), points.end());
    return points;
}

// A small loop on the right side of a box of `height`, for an edge to itself.
std::vector<LayoutPoint> self_loop(const LayoutPoint& box, double height, const LayoutOptions& o) {
    const double right = box.x + o.node_width, y1 = box.y + height * 0.3, y2 = box.y + height * 0.7;
    return {{right, y1}, {right + 24, y1}, {right + 24, y2}, {right, y2}};
}

} // namespace

Layout layout_graph(const LayoutGraph& graph, const LayoutOptions& options) {
    const std::size_t n = graph.node_count;
    const std::vector<bool> back = layout_detail::find_back_edges(n, graph.edges, graph.root);
    std::vector<std::pair<Index, Index>> oriented(graph.edges.size());
    for (std::size_t e = 0; e < graph.edges.size(); ++e) {
        const auto [a, b] = graph.edges[e];
        oriented[e] = back[e] ? std::pair{b, a} : std::pair{a, b};
    }
    const UniqueEdges dag = unique_edges(oriented);

    Layered l;
    l.real = n;
    l.layer = layout_detail::assign_layers(n, dag);
    split_long_edges(l, dag);
    Layout out;
    out.crossings = layout_detail::reduce_crossings(l, graph.root, options.max_sweeps);
    out.dummy_nodes = l.layer.size() - n;
    const std::vector<double> x = assign_x(l, options);

    const LayerBands bands = layer_bands(l, options);
    out.positions.resize(n);
    out.layers.assign(l.layer.begin(), l.layer.begin() + static_cast<std::ptrdiff_t>(n));
    for (Index v = 0; v < n; ++v) {
        const double top = bands.top[l.layer[v]];
        out.positions[v] = {x[v] - options.node_width / 2, top};
        out.width = std::max(out.width, x[v] + options.node_width / 2 + 24);
        out.height = std::max(out.height, top + box_height(v, options));
    }
    for (std::size_t v = n; v < l.layer.size(); ++v) out.width = std::max(out.width, x[v] + options.lane_width);
    out.routes.reserve(graph.edges.size());
    for (std::size_t e = 0; e < graph.edges.size(); ++e) {
        if (graph.edges[e].first == graph.edges[e].second) {
            const Index v = graph.edges[e].first;
            out.routes.push_back(self_loop(out.positions[v], box_height(v, options), options));
            continue;
        }
        const auto unique = static_cast<std::size_t>(
            std::lower_bound(dag.edges.begin(), dag.edges.end(), oriented[e]) - dag.edges.begin());
        out.routes.push_back(route_edge(l, bands, unique, back[e], x, options));
    }
    return out;
}

Layout layout_flow(const Flow& flow, const LayoutOptions& options) {
    const FlowGraph fg = build_flow_graph(flow);
    LayoutGraph graph;
    graph.node_count = static_cast<Index>(flow.nodes.size());
    graph.root = fg.start;
    graph.edges.reserve(fg.edges.size());
    for (const FlowEdge& e : fg.edges) graph.edges.emplace_back(e.from, e.to);
    return layout_graph(graph, options);
}

} // namespace heartflow

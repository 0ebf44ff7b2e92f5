// The layered layout: cycle breaking and layering (layout_ranking.cpp), long edges split by
// dummy nodes, crossing reduction (layout_ordering.cpp), coordinates and routes; each stage
// near-linear so that 50,000-node flows lay out in about a second.
//
// [SECTION] Long edges split by dummy nodes
// [SECTION] Coordinates (weighted isotonic placement per layer, alternating sweeps)
// [SECTION] The public entry points
#include "heartflow/layout.h"

#include "heartflow/flow_graph.h"
#include "heartflow/layout_stability.h"
#include "layered_graph.h"
#include "layout_routes.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace heartflow {

using layout_detail::Index;
using layout_detail::Layered;
using layout_detail::Rows;
using layout_detail::UniqueEdges;

namespace {

// [SECTION] Long edges split by dummy nodes

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
    const bool all_single =
        std::all_of(weights.begin(), weights.end(), [](Index w) { return w == 1; });
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

    void place(const std::vector<Index>& layer, const std::vector<double>& target,
               const std::vector<double>& weight, const std::vector<double>& half_width, double gap,
               std::vector<double>& x) {
        blocks.clear();
        offset.assign(layer.size(), 0.0);
        for (std::size_t i = 0; i < layer.size(); ++i) {
            if (i > 0)
                offset[i] = offset[i - 1] + half_width[layer[i - 1]] + half_width[layer[i]] + gap;
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
            for (std::size_t k = 0; k < b.count; ++k, ++i)
                x[layer[i]] = b.sum_wy / b.sum_w + offset[i];
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
    for (const auto& layer : l.order)
        placer.place(layer, target, weight, half, o.node_gap, x);
    auto pull = [&](std::size_t k, bool use_up, bool use_down) {
        for (Index v : l.order[k]) {
            double sum = 0;
            std::size_t d = 0;
            auto add = [&](const Rows& r) {
                for (const Index* u = r.row(v); u != r.row(v) + r.size(v); ++u)
                    sum += x[*u], ++d;
            };
            if (use_up) add(l.up);
            if (use_down) add(l.down);
            target[v] = d ? sum / static_cast<double>(d) : x[v];
        }
        placer.place(l.order[k], target, weight, half, o.node_gap, x);
    };
    for (int round = 0; round < 2; ++round) {
        for (std::size_t k = 1; k < l.order.size(); ++k)
            pull(k, true, false);
        for (std::size_t k = l.order.size(); k-- > 0;)
            pull(k, false, true);
    }
    for (std::size_t k = 0; k < l.order.size(); ++k)
        pull(k, true, true);
    double left = 0;
    for (Index v = 0; v < n; ++v)
        left = v == 0 ? x[v] - half[v] : std::min(left, x[v] - half[v]);
    for (double& value : x)
        value -= left;
    return x;
}

// Centre x of every node near the previous layout: each layer, top down, placed as near the
// nodes' previous x (`keys`) as the spacing allows; a node with none goes under its neighbours
// above, or stays where the spacing puts it.
std::vector<double> place_near(const Layered& l, const LayoutOptions& o,
                               const std::vector<double>& keys) {
    const std::size_t n = l.layer.size();
    std::vector<double> half(n), weight(n, 1.0), x(n, 0.0), target(n, 0.0);
    for (Index v = 0; v < n; ++v)
        half[v] = (v >= l.real ? o.lane_width : o.node_width) / 2;
    LayerPlacer placer;
    for (const auto& layer : l.order) {
        double last = 0;
        for (Index v : layer) {
            double sum = 0, d = 0;
            for (const Index* u = l.up.row(v); u != l.up.row(v) + l.up.size(v); ++u)
                sum += x[*u], ++d;
            target[v] = !std::isnan(keys[v]) ? keys[v] : d > 0 ? sum / d : last;
            weight[v] = std::isnan(keys[v]) ? 0.01
                        : v < l.real        ? 1.0
                                            : 0.05; // boxes stay, bends give way
            last = target[v];
        }
        placer.place(layer, target, weight, half, o.node_gap, x);
    }
    return x;
}

// Puts each layer back at the top its boxes had before (the least of their previous tops), as
// far as the layers above it and the gap between layers allow; a layer with no box placed
// before follows the one above it. A relayout near a previous one then moves no row that its
// edit did not push, and the drawing keeps its frame.
void keep_rows(layout_detail::LayerBands& bands, const Layered& l,
               const std::vector<std::optional<LayoutPoint>>& previous, double gap) {
    const double unknown = std::numeric_limits<double>::infinity();
    std::vector<double> was(bands.top.size(), unknown);
    for (Index v = 0; v < l.real && v < previous.size(); ++v)
        if (previous[v]) was[l.layer[v]] = std::min(was[l.layer[v]], previous[v]->y);
    const auto first = std::find_if(was.begin(), was.end(), [&](double y) { return y != unknown; });
    if (first == was.end()) return;
    // Layers above the first one placed before keep their distance to it.
    const auto k0 = static_cast<std::size_t>(first - was.begin());
    const double shift = *first - bands.top[k0];
    for (std::size_t k = 0; k <= k0; ++k)
        bands.top[k] += shift;
    for (std::size_t k = k0 + 1; k < bands.top.size(); ++k) {
        const double least = bands.top[k - 1] + bands.height[k - 1] + gap;
        bands.top[k] = was[k] == unknown ? least : std::max(least, was[k]);
    }
}

// One layout: afresh, or near options.previous when it is given.
Layout layout_once(const LayoutGraph& graph, const LayoutOptions& options) {
    const std::size_t n = graph.node_count;
    const layout_detail::Acyclic acyclic = layout_detail::make_acyclic(n, graph.edges, graph.root);
    const UniqueEdges& dag = acyclic.dag;

    Layered l;
    l.real = n;
    const bool near = !options.previous.empty();
    l.layer = near ? layout_detail::assign_layers_near(
                         n, dag, layout_detail::previous_rows(n, options.previous))
                   : acyclic.layer;
    split_long_edges(l, dag);
    Layout out;
    const std::vector<double> keys =
        near ? layout_detail::previous_keys(l, graph.edges, options.previous, options.node_width)
             : std::vector<double>{};
    out.crossings = near ? layout_detail::order_near_previous(l, graph.root, keys)
                         : layout_detail::reduce_crossings(l, graph.root, options.max_sweeps);
    out.dummy_nodes = l.layer.size() - n;
    const std::vector<double> x = near ? place_near(l, options, keys) : assign_x(l, options);

    layout_detail::LayerBands bands = layout_detail::layer_bands(l, options);
    if (near) keep_rows(bands, l, options.previous, options.layer_gap);
    out.positions.resize(n);
    out.layers.assign(l.layer.begin(), l.layer.begin() + static_cast<std::ptrdiff_t>(n));
    for (Index v = 0; v < n; ++v) {
        const double top = bands.top[l.layer[v]];
        out.positions[v] = {x[v] - options.node_width / 2, top};
        out.width = std::max(out.width, x[v] + options.node_width / 2 + 24);
        out.height = std::max(out.height, top + layout_detail::box_height(v, options));
    }
    for (std::size_t v = n; v < l.layer.size(); ++v)
        out.width = std::max(out.width, x[v] + options.lane_width);
    out.routes = layout_detail::route_edges(
        {graph, l, dag, acyclic.oriented, acyclic.back, bands, x, out.positions}, options);
    for (const auto& route : out.routes)
        for (const LayoutPoint& p : route)
            out.height = std::max(out.height, p.y);
    return out;
}

// How many of the nodes placed before `layout` moved further than a grid step from there.
std::size_t moved_nodes(const Layout& layout,
                        const std::vector<std::optional<LayoutPoint>>& previous, double grid_step) {
    std::vector<LayoutPoint> before, after;
    for (std::size_t v = 0; v < previous.size() && v < layout.positions.size(); ++v)
        if (previous[v]) before.push_back(*previous[v]), after.push_back(layout.positions[v]);
    return layout_stability(before, after, grid_step).moved;
}

} // namespace

Layout layout_graph(const LayoutGraph& graph, const LayoutOptions& options) {
    if (options.previous.empty()) return layout_once(graph, options);
    // A fresh layout is deterministic, so after a small edit it often moves little: keep
    // whichever of the two moves fewer of the nodes placed before.
    Layout near = layout_once(graph, options);
    LayoutOptions afresh = options;
    afresh.previous.clear();
    Layout fresh = layout_once(graph, afresh);
    const bool fresh_better = moved_nodes(fresh, options.previous, options.grid_step) <
                              moved_nodes(near, options.previous, options.grid_step);
    return fresh_better ? std::move(fresh) : std::move(near);
}

Layout layout_flow(const Flow& flow, const LayoutOptions& options) {
    const FlowGraph fg = build_flow_graph(flow);
    LayoutGraph graph;
    graph.node_count = static_cast<Index>(flow.nodes.size());
    graph.root = fg.start;
    graph.edges.reserve(fg.edges.size());
    for (const FlowEdge& e : fg.edges)
        graph.edges.emplace_back(e.from, e.to);
    return layout_graph(graph, options);
}

} // namespace heartflow

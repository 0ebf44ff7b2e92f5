// Routes of the layered layout: exits spread along the bottom of each box in the order of where
// their edges go (so a box's own edges never cross), lanes through the layers an edge spans,
// and channels beside the source for edges that go back up.
#include "layout_routes.h"

#include <algorithm>
#include <limits>

namespace heartflow::layout_detail {

namespace {

constexpr double kLast = std::numeric_limits<double>::max(); // a key after every x

// The points of one unique edge's chain, top down: from (x, bottom of the upper band) through
// each dummy's lane to (x, top of the lower box).
std::vector<LayoutPoint> chain_points(const RouteInput& in, std::size_t unique_edge) {
    const Layered& l = in.layered;
    std::vector<LayoutPoint> points;
    const Index first = l.chain_begin[unique_edge], last = l.chain_begin[unique_edge + 1] - 1;
    for (Index i = first; i <= last; ++i) {
        const Index v = l.chains[i];
        const double top = in.bands.top[l.layer[v]];
        if (i != first) points.push_back({in.x[v], top});
        if (i != last) points.push_back({in.x[v], top + in.bands.height[l.layer[v]]});
    }
    return points;
}

// The bottom of node v's layer band.
double band_bottom(const RouteInput& in, Index v) {
    const Index k = in.layered.layer[v];
    return in.bands.top[k] + in.bands.height[k];
}

// Replaces the first point (the centre of the source's band bottom) by the edge's own exit on
// the box, dropping straight to the bottom of the band when the box is shorter than its layer.
void leave_forward(std::vector<LayoutPoint>& route, const RouteInput& in, Index from, double exit_x,
                   const LayoutOptions& o) {
    route.front().x = exit_x;
    const double bottom = in.positions[from].y + box_height(from, o);
    if (bottom < route.front().y) route.insert(route.begin(), LayoutPoint{exit_x, bottom});
}

// Ends a rising route on its target's box, straight up from the band's bottom when the box is
// shorter than its layer.
void arrive_from_below(std::vector<LayoutPoint>& route, const RouteInput& in, Index to,
                       const LayoutOptions& o) {
    const double bottom = in.positions[to].y + box_height(to, o);
    if (bottom < route.back().y) route.push_back({route.back().x, bottom});
}

// True when a rising route from node `from` climbs on the left of its box (where it goes next
// is left of the box's centre); otherwise it climbs on the right.
bool climbs_left(const std::vector<LayoutPoint>& rising, const RouteInput& in, Index from,
                 const LayoutOptions& o) {
    return rising.size() > 1 && rising[1].x < in.positions[from].x + o.node_width / 2;
}

// Replaces the first point of a rising route (the centre of the source's top edge) by its exit
// at the bottom, a step down into the gap, across to the channel beside the box, and up it.
void leave_backward(std::vector<LayoutPoint>& route, const RouteInput& in, Index from,
                    double exit_x, const LayoutOptions& o) {
    const LayoutPoint box = in.positions[from];
    const double below = band_bottom(in, from) + o.layer_gap * 0.06;
    const double channel = climbs_left(route, in, from, o) ? box.x - o.node_gap / 2
                                                           : box.x + o.node_width + o.node_gap / 2;
    route.front() = {channel, box.y};
    route.insert(route.begin(),
                 {{exit_x, box.y + box_height(from, o)}, {exit_x, below}, {channel, below}});
}

// A loop from the box's exit down into the gap, up the channel on its right and back into the
// middle of its right side.
std::vector<LayoutPoint> self_loop(const RouteInput& in, Index v, double exit_x,
                                   const LayoutOptions& o) {
    const LayoutPoint box = in.positions[v];
    const double below = band_bottom(in, v) + o.layer_gap * 0.06,
                 middle = box.y + box_height(v, o) / 2;
    const double right = box.x + o.node_width, channel = right + o.node_gap / 2;
    return {{exit_x, box.y + box_height(v, o)},
            {exit_x, below},
            {channel, below},
            {channel, middle},
            {right, middle}};
}

// One end of an edge on the bottom of a box: its exit, or where a rising edge arrives.
struct Slot {
    Index node;   // the box
    double key;   // where the edge's other part lies: slots are ordered by it
    Index edge;   // the input edge
    bool arrival; // the rising edge's end rather than an edge's exit
};

// The bottom slots of every box: every edge's exit, and the end of every rising edge. Keyed by
// where the edge goes next (or came from), so that a box's own edges never cross below it;
// edges that leave to climb beside the box take the end on their channel's side.
std::vector<Slot> bottom_slots(const RouteInput& in,
                               const std::vector<std::vector<LayoutPoint>>& chains,
                               const LayoutOptions& o) {
    std::vector<Slot> slots;
    for (Index e = 0; e < in.graph.edges.size(); ++e) {
        const auto [from, to] = in.graph.edges[e];
        double next = chains[e].empty() ? kLast : chains[e][1].x; // loops climb on the right
        if (in.back[e] && from != to) { // (a loop counts as turned around too)
            next = climbs_left(chains[e], in, from, o) ? -kLast : kLast;
            slots.push_back({to, chains[e][chains[e].size() - 2].x, e, true});
        }
        slots.push_back({from, next, e, false});
    }
    std::stable_sort(slots.begin(), slots.end(), [](const Slot& a, const Slot& b) {
        return a.node != b.node ? a.node < b.node : a.key < b.key;
    });
    return slots;
}

// The x of every edge's exit, and moves the ends of rising edges to their slots: a box's
// slots share its bottom edge evenly.
std::vector<double> place_slots(const RouteInput& in, std::vector<std::vector<LayoutPoint>>& routes,
                                const LayoutOptions& o) {
    const std::vector<Slot> slots = bottom_slots(in, routes, o);
    std::vector<double> exit_x(in.graph.edges.size());
    for (std::size_t begin = 0, end = 0; begin < slots.size(); begin = end) {
        while (end < slots.size() && slots[end].node == slots[begin].node)
            ++end;
        const LayoutPoint box = in.positions[slots[begin].node];
        for (std::size_t i = begin; i < end; ++i) {
            const double x = box.x + o.node_width * static_cast<double>(i - begin + 1) /
                                         static_cast<double>(end - begin + 1);
            if (slots[i].arrival)
                routes[slots[i].edge].back().x = x;
            else
                exit_x[slots[i].edge] = x;
        }
    }
    return exit_x;
}

} // namespace

double box_height(Index v, const LayoutOptions& o) {
    return v < o.node_heights.size() ? o.node_heights[v] : o.node_height;
}

LayerBands layer_bands(const Layered& l, const LayoutOptions& o) {
    LayerBands b;
    b.height.assign(l.order.size(), 0.0);
    for (std::size_t k = 0; k < l.order.size(); ++k) {
        for (Index v : l.order[k])
            if (v < l.real) b.height[k] = std::max(b.height[k], box_height(v, o));
        if (b.height[k] == 0.0) b.height[k] = o.node_height;
    }
    b.top.assign(l.order.size(), 0.0);
    for (std::size_t k = 1; k < l.order.size(); ++k)
        b.top[k] = b.top[k - 1] + b.height[k - 1] + o.layer_gap;
    return b;
}

std::vector<std::vector<LayoutPoint>> route_edges(const RouteInput& in, const LayoutOptions& o) {
    const std::size_t m = in.graph.edges.size();
    std::vector<std::vector<LayoutPoint>> routes(m);
    for (std::size_t e = 0; e < m; ++e) {
        if (in.graph.edges[e].first == in.graph.edges[e].second) continue;
        const auto unique = static_cast<std::size_t>(
            std::lower_bound(in.dag.edges.begin(), in.dag.edges.end(), in.oriented[e]) -
            in.dag.edges.begin());
        routes[e] = chain_points(in, unique);
        if (in.back[e]) std::reverse(routes[e].begin(), routes[e].end());
    }
    const std::vector<double> exit_x = place_slots(in, routes, o);
    for (std::size_t e = 0; e < m; ++e) {
        const Index from = in.graph.edges[e].first;
        if (routes[e].empty())
            routes[e] = self_loop(in, from, exit_x[e], o);
        else if (in.back[e])
            leave_backward(routes[e], in, from, exit_x[e], o),
                arrive_from_below(routes[e], in, in.graph.edges[e].second, o);
        else
            leave_forward(routes[e], in, from, exit_x[e], o);
    }
    return routes;
}

} // namespace heartflow::layout_detail

// Geometry of the layout's routes on the shipped flows and generated flows up to 1,000 nodes:
// no segment passes through a box other than its own ends', every edge leaves its source from
// the bottom, crossings stay at the previous algorithm's, and a relayout after a one-node edit
// stays near the layout before it (measured by layout_stability).
#include "test_flows.h"

#include <heartflow/edge_router.h>
#include <heartflow/flow_graph.h>
#include <heartflow/layout.h>
#include <heartflow/layout_stability.h>
#include <heartflow/route_crossings.h>

#include <algorithm>
#include <cmath>

using namespace heartflow;
using namespace heartflow::testing;

namespace {

// Box heights as the editor's canvas gives them: taller with more choices.
LayoutOptions canvas_like_options(const Flow& flow) {
    LayoutOptions o;
    o.node_width = 280;
    for (const Node& node : flow.nodes)
        o.node_heights.push_back(
            102 + 25.0 * static_cast<double>(std::max<std::size_t>(1, node.choices.size() + 1)));
    return o;
}

LayoutGraph flow_layout_graph(const Flow& flow) {
    const FlowGraph fg = build_flow_graph(flow);
    LayoutGraph g;
    g.node_count = static_cast<std::uint32_t>(flow.nodes.size());
    g.root = fg.start;
    for (const FlowEdge& e : fg.edges)
        g.edges.emplace_back(e.from, e.to);
    return g;
}

// Counts route segments that pass through a box other than their edge's own ends (through
// their own ends' boxes too, for edges that climb around their source).
std::size_t segments_through_boxes(const LayoutGraph& g, const Layout& layout,
                                   const LayoutOptions& o) {
    std::size_t bad = 0;
    for (std::size_t e = 0; e < g.edges.size(); ++e) {
        const auto& route = layout.routes[e];
        for (std::size_t i = 1; i < route.size(); ++i) {
            const double lo_x = std::min(route[i - 1].x, route[i].x),
                         hi_x = std::max(route[i - 1].x, route[i].x);
            for (std::uint32_t v = 0; v < g.node_count; ++v) {
                const LayoutPoint p = layout.positions[v];
                const double h = v < o.node_heights.size() ? o.node_heights[v] : o.node_height;
                if (hi_x < p.x || lo_x > p.x + o.node_width) continue;
                const bool enters =
                    segment_enters(route[i - 1], route[i], {p.x, p.y, p.x + o.node_width, p.y + h});
                if (enters)
                    MESSAGE("edge " << e << " (" << g.edges[e].first << "->" << g.edges[e].second
                                    << ") segment " << i << " (" << route[i - 1].x << ","
                                    << route[i - 1].y << ")-(" << route[i].x << "," << route[i].y
                                    << ") through box " << v << " at " << p.x << "," << p.y);
                bad += enters;
            }
        }
    }
    return bad;
}

} // namespace

TEST_CASE("no route passes through a box, and every edge leaves the bottom of its source") {
    for (const auto& item : shipped_and_generated_flows()) {
        const auto& [name, flow] = item; // clang 14 cannot capture a binding
        CAPTURE(item.first);
        const LayoutGraph g = flow_layout_graph(flow);
        for (const LayoutOptions& o : {LayoutOptions{}, canvas_like_options(flow)}) {
            const Layout layout = layout_graph(g, o);
            CHECK(segments_through_boxes(g, layout, o) == 0);
            for (std::size_t e = 0; e < g.edges.size(); ++e) {
                const LayoutPoint box = layout.positions[g.edges[e].first];
                const double h =
                    o.node_heights.empty() ? o.node_height : o.node_heights[g.edges[e].first];
                CHECK(layout.routes[e].front().y == doctest::Approx(box.y + h));
                CHECK(layout.routes[e].front().x > box.x);
                CHECK(layout.routes[e].front().x < box.x + o.node_width);
            }
        }
    }
}

TEST_CASE("crossings stay at the previous algorithm's on the generated flows") {
    // The ordering's counts with sifting after the sweeps (before it: 893 at 300 nodes, 5,319 at
    // 1,000). The drawing's count is higher since rising edges leave from their exit and climb
    // beside their source: 807 against 758 at 300 nodes, 4,894 against 4,722 at 1,000, where
    // Graphviz dot draws 5,051 (docs/performance.md).
    const std::pair<std::uint32_t, std::size_t> previous[] = {{300, 758}, {1000, 4722}};
    for (auto item : previous) {
        const auto& [nodes, crossings] = item; // clang 14 cannot capture a binding
        CAPTURE(item.first);
        const Layout layout = layout_flow(generated_flow(nodes));
        CHECK(layout.crossings <= crossings);
        const std::size_t drawn = count_route_crossings(layout.routes);
        CHECK(drawn >= layout.crossings);
        CHECK(static_cast<double>(drawn) <= 1.07 * static_cast<double>(crossings));
    }
}

namespace {

// Positions of the nodes `kept` of `after` (indices into after), for layout_stability.
std::vector<LayoutPoint> pick(const Layout& layout, const std::vector<std::uint32_t>& kept) {
    std::vector<LayoutPoint> out;
    for (std::uint32_t v : kept)
        out.push_back(layout.positions[v]);
    return out;
}

// Lays out `edited` near `before` (or afresh), where old node i is new node map[i] (~0u when
// deleted), and measures what moved.
LayoutStability relayout(const Layout& before, const LayoutGraph& edited,
                         const std::vector<std::uint32_t>& map, LayoutOptions o, bool near) {
    std::vector<std::uint32_t> old_kept, new_kept;
    std::vector<std::optional<LayoutPoint>> previous(edited.node_count);
    for (std::uint32_t i = 0; i < map.size(); ++i) {
        if (map[i] == ~0u) continue;
        previous[map[i]] = before.positions[i];
        old_kept.push_back(i);
        new_kept.push_back(map[i]);
    }
    if (near) o.previous = std::move(previous);
    const Layout after = layout_graph(edited, o);
    return layout_stability(pick(before, old_kept), pick(after, new_kept), 40.0);
}

// The graph after each one-node edit of `g` (a node added under the middle one, a link added,
// the middle node deleted), with the map from old nodes to new.
std::vector<std::pair<LayoutGraph, std::vector<std::uint32_t>>>
one_node_edits(const LayoutGraph& g) {
    const std::uint32_t n = g.node_count, mid = n / 2;
    std::vector<std::uint32_t> same(n), map(n);
    for (std::uint32_t i = 0; i < n; ++i)
        same[i] = i, map[i] = i == mid ? ~0u : i - (i > mid);
    LayoutGraph added = g, linked = g, deleted;
    added.node_count = n + 1;
    added.edges.emplace_back(mid, n);
    linked.edges.emplace_back(mid, n - 1);
    deleted.node_count = n - 1;
    deleted.root = g.root == mid ? 0 : map[g.root];
    for (auto [a, b] : g.edges)
        if (a != mid && b != mid) deleted.edges.emplace_back(map[a], map[b]);
    return {{added, same}, {linked, same}, {deleted, map}};
}

} // namespace

TEST_CASE("after a one-node edit, a relayout near the old one moves fewer nodes than a fresh one") {
    // Issue 20 asks for at most a tenth of the nodes moved; not met yet (see docs/performance.md):
    // the bends of long edges are not kept from the layout before, so boxes beside them shift.
    for (const auto& item : shipped_and_generated_flows()) {
        const auto& [name, flow] = item; // clang 14 cannot capture a binding
        CAPTURE(item.first);
        const LayoutGraph g = flow_layout_graph(flow);
        const LayoutOptions o;
        const Layout before = layout_graph(g, o);
        for (const auto& [edited, map] : one_node_edits(g)) {
            const LayoutStability near = relayout(before, edited, map, o, true);
            const LayoutStability fresh = relayout(before, edited, map, o, false);
            CHECK(near.moved <= fresh.moved);
            CHECK(near.order_kept() >= std::min(0.95, fresh.order_kept()));
            MESSAGE(name << ": moved " << near.moved << " (afresh " << fresh.moved << ") of "
                         << near.nodes << "; row order kept " << near.order_kept() << " (afresh "
                         << fresh.order_kept() << ")");
        }
    }
}

TEST_CASE("layout_stability counts moves past a grid step and row neighbours kept in order") {
    const std::vector<LayoutPoint> before{{0, 0}, {300, 0}, {600, 0}, {0, 200}};
    const std::vector<LayoutPoint> after{{10, 0}, {700, 0}, {600, 0}, {0, 260}};
    const LayoutStability s = layout_stability(before, after, 40);
    CHECK(s.nodes == 4);
    CHECK(s.moved == 2);     // the second node went 400 right, the last 60 down
    CHECK(s.row_pairs == 2); // (0, 1) and (1, 2) share a row before and after
    CHECK(s.pairs_kept == 1);
}

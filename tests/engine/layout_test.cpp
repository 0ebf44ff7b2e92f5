// The layered layout: edges go down except those turned around to break cycles, boxes never
// overlap, routes run from box to box, the result is deterministic, and its crossing count is
// the crossings of its drawn segments, on hand-made graphs with known counts and on big ones.
#include "generated_flow.h"
#include "test_support.h"

#include <heartflow/flow_graph.h>
#include <heartflow/layout.h>
#include <heartflow/route_crossings.h>

#include <algorithm>
#include <cmath>

using namespace heartflow;
using namespace heartflow::testing;

namespace {

LayoutGraph graph_of(std::uint32_t nodes,
                     std::vector<std::pair<std::uint32_t, std::uint32_t>> edges) {
    LayoutGraph g;
    g.node_count = nodes;
    g.edges = std::move(edges);
    return g;
}

// True when `to` can be reached from `from` along the graph's edges.
bool reaches(const LayoutGraph& g, std::uint32_t from, std::uint32_t to) {
    std::vector<bool> seen(g.node_count, false);
    std::vector<std::uint32_t> stack{from};
    seen[from] = true;
    while (!stack.empty()) {
        const std::uint32_t v = stack.back();
        stack.pop_back();
        if (v == to) return true;
        for (auto [a, b] : g.edges)
            if (a == v && !seen[b]) seen[b] = true, stack.push_back(b);
    }
    return false;
}

// The height of node v's box under `o`.
double height_of(const LayoutOptions& o, std::uint32_t v) {
    return o.node_heights.empty() ? o.node_height : o.node_heights[v];
}

// True when `p` lies on the border of the box of `height` whose top-left is `box`.
bool on_box_border(const LayoutPoint& p, const LayoutPoint& box, const LayoutOptions& o,
                   double height) {
    const double eps = 1e-6;
    const bool inside = p.x >= box.x - eps && p.x <= box.x + o.node_width + eps &&
                        p.y >= box.y - eps && p.y <= box.y + height + eps;
    const bool on_edge = std::abs(p.x - box.x) < eps ||
                         std::abs(p.x - box.x - o.node_width) < eps ||
                         std::abs(p.y - box.y) < eps || std::abs(p.y - box.y - height) < eps;
    return inside && on_edge;
}

// Checks every structural promise of `layout` for `g`.
void check_layout(const LayoutGraph& g, const Layout& layout, const LayoutOptions& o = {}) {
    REQUIRE(layout.positions.size() == g.node_count);
    REQUIRE(layout.routes.size() == g.edges.size());
    for (std::size_t e = 0; e < g.edges.size(); ++e) {
        const auto [a, b] = g.edges[e];
        const std::vector<LayoutPoint>& route = layout.routes[e];
        REQUIRE(route.size() >= 2);
        CHECK(on_box_border(route.front(), layout.positions[a], o, height_of(o, a)));
        CHECK(on_box_border(route.back(), layout.positions[b], o, height_of(o, b)));
        if (a == b) continue;
        CHECK(layout.layers[a] != layout.layers[b]);
        if (layout.layers[a] > layout.layers[b])
            CHECK(reaches(g, b, a)); // only edges on a cycle go up
    }
    for (std::uint32_t u = 0; u < g.node_count; ++u) {
        const LayoutPoint p = layout.positions[u];
        CHECK(p.x >= 0);
        CHECK(p.y >= 0);
        CHECK(p.x + o.node_width <= layout.width);
        CHECK(p.y + height_of(o, u) <= layout.height);
        for (std::uint32_t v = u + 1; v < g.node_count; ++v) {
            const LayoutPoint q = layout.positions[v];
            const bool apart = p.x + o.node_width + o.node_gap <= q.x + 1e-6 ||
                               q.x + o.node_width + o.node_gap <= p.x + 1e-6 ||
                               p.y + height_of(o, u) <= q.y || q.y + height_of(o, v) <= p.y;
            CHECK(apart);
        }
    }
    // The drawing adds the steps of rising edges around their source to the ordering's count.
    const std::size_t drawn = count_route_crossings(layout.routes);
    CHECK(drawn >= layout.crossings);
    CHECK(static_cast<double>(drawn) <= 1.1 * static_cast<double>(layout.crossings) + 1);
}

} // namespace

TEST_CASE("a tree lays out with no crossings, every edge one layer down") {
    const LayoutGraph g = graph_of(7, {{0, 1}, {0, 2}, {1, 3}, {1, 4}, {2, 5}, {2, 6}});
    const Layout layout = layout_graph(g);
    check_layout(g, layout);
    CHECK(layout.crossings == 0);
    CHECK(layout.dummy_nodes == 0);
    for (auto [a, b] : g.edges)
        CHECK(layout.layers[b] == layout.layers[a] + 1);
}

TEST_CASE("complete bipartite graphs cross as often as any drawing must") {
    SUBCASE("K2,2 crosses once") {
        const LayoutGraph g = graph_of(4, {{0, 2}, {0, 3}, {1, 2}, {1, 3}});
        const Layout layout = layout_graph(g);
        check_layout(g, layout);
        CHECK(layout.crossings == 1);
    }
    SUBCASE("K3,3 crosses nine times") {
        const LayoutGraph g =
            graph_of(6, {{0, 3}, {0, 4}, {0, 5}, {1, 3}, {1, 4}, {1, 5}, {2, 3}, {2, 4}, {2, 5}});
        const Layout layout = layout_graph(g);
        check_layout(g, layout);
        CHECK(layout.crossings == 9);
    }
    SUBCASE("K2,2 with every edge drawn twice crosses four times") {
        const LayoutGraph g =
            graph_of(4, {{0, 2}, {0, 3}, {1, 2}, {1, 3}, {0, 2}, {0, 3}, {1, 2}, {1, 3}});
        const Layout layout = layout_graph(g);
        check_layout(g, layout);
        CHECK(layout.crossings == 4);
    }
}

TEST_CASE("a crossing the first order makes is ordered away") {
    // Depth-first, the bottom layer starts as 3 5 4: 1 -> 5 crosses 2 -> 3. Putting 5 first
    // (5 3 4) removes the only crossing.
    const LayoutGraph g = graph_of(6, {{0, 1}, {0, 2}, {1, 3}, {1, 5}, {2, 4}, {2, 3}});
    const Layout layout = layout_graph(g);
    check_layout(g, layout);
    CHECK(layout.crossings == 0);
}

TEST_CASE("a cycle is drawn with exactly one edge going up, and self-loops beside their box") {
    const LayoutGraph g = graph_of(3, {{0, 1}, {1, 2}, {2, 0}, {1, 1}});
    const Layout layout = layout_graph(g);
    check_layout(g, layout);
    int up = 0;
    for (auto [a, b] : g.edges)
        up += layout.layers[a] > layout.layers[b];
    CHECK(up == 1);
    CHECK(layout.layers[0] == 0); // the root stays on top
    const LayoutOptions o;
    for (const LayoutPoint& p : layout.routes[3])
        CHECK(p.x <= layout.positions[1].x + o.node_width + o.node_gap / 2);
    CHECK(layout.routes[3].back().x ==
          doctest::Approx(layout.positions[1].x + o.node_width)); // into its right side
}

TEST_CASE("an edge over several layers bends through a dummy node in each layer it passes") {
    // 0 -> 3 skips the two layers of 1 and 2 (and of 4, beside them).
    const LayoutGraph g = graph_of(6, {{0, 1}, {1, 2}, {2, 3}, {0, 3}, {1, 4}, {4, 5}});
    const Layout layout = layout_graph(g);
    check_layout(g, layout);
    CHECK(layout.dummy_nodes == 2);
    CHECK(layout.routes[3].size() == 6); // box, two dummies (in and out of each band), box
}

TEST_CASE("boxes of different heights: each layer is as tall as its tallest box") {
    // 0 -> {1, 2} -> 3, 1 -> 3 -> 1 (a cycle), and 0 -> 3 through a bend; 1 is tall, 3 loops.
    const LayoutGraph g =
        graph_of(5, {{0, 1}, {0, 2}, {1, 3}, {2, 3}, {3, 1}, {0, 3}, {3, 3}, {3, 4}});
    LayoutOptions o;
    o.node_heights = {60, 400, 90, 250, 80};
    const Layout layout = layout_graph(g, o);
    check_layout(g, layout, o);
    REQUIRE(layout.layers[1] == layout.layers[2]);
    CHECK(layout.positions[1].y == layout.positions[2].y);
    CHECK(layout.positions[3].y == doctest::Approx(layout.positions[1].y + 400 + o.layer_gap));
    CHECK(layout.positions[4].y == doctest::Approx(layout.positions[3].y + 250 + o.layer_gap));
    CHECK(layout.height == doctest::Approx(layout.positions[4].y + 80));
}

TEST_CASE("empty and one-node graphs lay out") {
    const Layout none = layout_graph(graph_of(0, {}));
    CHECK(none.positions.empty());
    CHECK(none.crossings == 0);
    const Layout one = layout_graph(graph_of(1, {}));
    REQUIRE(one.positions.size() == 1);
    CHECK(one.positions[0].x == 0);
    CHECK(one.positions[0].y == 0);
}

TEST_CASE("a graph that depth-first cycle breaking would hang deeper and deeper stays shallow") {
    // Gadget i: a_i -> x_i (a cross link, found first), b_i -> x_i, x_i -> d_i -> b_i (a "try
    // again"), b_i -> a_{i+1}; the root links to a_0 and to every b_i. Depth-first from the root
    // hangs each b_i under its own d_i, so the gadgets stack 4 layers apiece and the root's
    // links to the b_i grow longer and longer (about 2k^2 bends for k gadgets). Breadth-first,
    // every b_i sits just under the root and the whole graph takes 5 layers.
    const std::uint32_t k = 20, n = 1 + 4 * k;
    auto a = [](std::uint32_t i) { return 1 + 4 * i; };
    std::vector<std::pair<std::uint32_t, std::uint32_t>> edges{{0, a(0)}};
    for (std::uint32_t i = 0; i < k; ++i) {
        const std::uint32_t b = a(i) + 1, x = a(i) + 2, d = a(i) + 3;
        edges.insert(edges.end(), {{a(i), x}, {b, x}, {x, d}, {d, b}});
        if (i + 1 < k) edges.emplace_back(b, a(i + 1));
    }
    for (std::uint32_t i = 0; i < k; ++i)
        edges.emplace_back(0, a(i) + 1);
    const LayoutGraph g = graph_of(n, edges);
    const Layout layout = layout_graph(g);
    check_layout(g, layout);
    CHECK(*std::max_element(layout.layers.begin(), layout.layers.end()) <= 5);
    CHECK(layout.dummy_nodes <= 2 * (n + edges.size()));
    CHECK(layout.layers[0] == 0);
}

TEST_CASE("a generated flow lays out soundly and the same way every time") {
    const Flow flow = generated_flow(400);
    const FlowGraph fg = build_flow_graph(flow);
    LayoutGraph g;
    g.node_count = static_cast<std::uint32_t>(flow.nodes.size());
    g.root = fg.start;
    for (const FlowEdge& e : fg.edges)
        g.edges.emplace_back(e.from, e.to);
    const Layout layout = layout_flow(flow);
    check_layout(g, layout);
    CHECK(layout.crossings > 0);
    const Layout again = layout_flow(flow);
    CHECK(again.crossings == layout.crossings);
    REQUIRE(again.routes.size() == layout.routes.size());
    for (std::size_t i = 0; i < layout.positions.size(); ++i) {
        CHECK(again.positions[i].x == layout.positions[i].x);
        CHECK(again.positions[i].y == layout.positions[i].y);
    }
    for (std::size_t e = 0; e < layout.routes.size(); ++e)
        CHECK(again.routes[e].size() == layout.routes[e].size());
}

TEST_CASE("a flow's start is drawn on top and a 'try again' link goes back up") {
    REQUIRE_LOADS(loaded, R"(
[flow]
id = "loop"
title = "Loop"
start = "ask"

[[node]]
id = "ask"
kind = "question"
text = "How is it?"
  [[node.choice]]
  label = "Better"
  goto = "done"
  [[node.choice]]
  label = "Not yet"
  goto = "breathe"

[[node]]
id = "breathe"
kind = "prompt"
text = "Breathe."
next = "ask"

[[node]]
id = "done"
kind = "ending"
text = "Done."
)");
    const Layout layout = layout_flow(*loaded.flow);
    REQUIRE(layout.positions.size() == 3);
    CHECK(layout.layers[0] == 0);
    CHECK(layout.layers[1] == 1);
    CHECK(layout.layers[2] == 1);
    REQUIRE(layout.routes.size() == 3);
    CHECK(layout.routes[2].front().y > layout.routes[2].back().y); // breathe -> ask goes up
    CHECK(layout.crossings == 0);
}

TEST_CASE("crossings of routes count proper crossings only") {
    using Route = std::vector<LayoutPoint>;
    CHECK(count_route_crossings({Route{{0, 0}, {10, 10}}, Route{{0, 10}, {10, 0}}}) == 1);
    CHECK(count_route_crossings({Route{{0, 0}, {10, 10}}, Route{{10, 10}, {20, 0}}}) ==
          0); // meet at an end
    CHECK(count_route_crossings({Route{{0, 0}, {10, 0}}, Route{{5, 0}, {15, 0}}}) ==
          0); // overlap on a line
    CHECK(count_route_crossings({Route{{0, 0}, {10, 0}}, Route{{5, 0}, {5, 10}}}) == 0); // touch
    CHECK(count_route_crossings({Route{{0, 0}, {10, 10}, {20, 0}}, Route{{0, 5}, {20, 5}}}) == 2);
    CHECK(count_route_crossings({Route{{0, 0}, {10, 10}, {0, 10}, {10, 0}}}) ==
          0); // one route with itself
}

// The shared edge router (edge_router.h), on boxes as the editor's canvas places them (each
// edge out of its port on the right of its source box, into the top of its target): at the
// layered layout's positions and at perturbed and random positions, on the shipped flows and
// generated flows up to 1,000 nodes. No segment enters a box, before or after nudging; every
// route leaves and arrives square to its sides; labels placed along the routes never overlap
// one another or a box.
#include "test_flows.h"

#include <heartflow/edge_router.h>
#include <heartflow/flow_graph.h>
#include <heartflow/label_placement.h>
#include <heartflow/layout.h>

#include <algorithm>
#include <cstdint>

using namespace heartflow;
using namespace heartflow::testing;

namespace {

constexpr double kWidth = 280, kPortTop = 96, kPortRow = 25;

// Canvas-like boxes: taller with more choices.
double box_height(const Node& node) {
    return kPortTop +
           kPortRow * static_cast<double>(std::max<std::size_t>(1, node.choices.size() + 1)) + 6;
}

// One edge of a drawing to route: its ends on the boxes.
struct Wire {
    RouteEnd from, to;
};

// Every choice and next of `flow` as a wire from its port row to the top middle of its target,
// with node i's top-left at positions[i].
std::vector<Wire> flow_wires(const Flow& flow, const std::vector<LayoutPoint>& positions) {
    const FlowGraph fg = build_flow_graph(flow);
    std::vector<Wire> wires;
    std::vector<std::size_t> used(flow.nodes.size(), 0);
    for (const FlowEdge& e : fg.edges) {
        const LayoutPoint a = positions[e.from], b = positions[e.to];
        const double row = static_cast<double>(used[e.from]++) + 0.5;
        wires.push_back({{{a.x + kWidth, a.y + kPortTop + row * kPortRow}, BoxSide::right},
                         {{b.x + kWidth / 2, b.y}, BoxSide::top}});
    }
    return wires;
}

std::vector<LayoutRect> flow_boxes(const Flow& flow, const std::vector<LayoutPoint>& positions) {
    std::vector<LayoutRect> boxes;
    for (std::size_t i = 0; i < flow.nodes.size(); ++i)
        boxes.push_back({positions[i].x, positions[i].y, positions[i].x + kWidth,
                         positions[i].y + box_height(flow.nodes[i])});
    return boxes;
}

// A small deterministic random generator.
struct Random {
    std::uint64_t seed;
    double below(double limit) {
        seed = seed * 6364136223846793005ull + 1442695040888963407ull;
        return static_cast<double>(seed >> 11) / static_cast<double>(1ull << 53) * limit;
    }
};

// The layout's positions, each box moved by up to `jitter` in x and y where it still keeps
// 20 units from every other box (else it stays).
std::vector<LayoutPoint> perturbed(const std::vector<LayoutPoint>& at, const Flow& flow,
                                   double jitter, Random& random) {
    std::vector<LayoutPoint> out = at;
    std::vector<LayoutRect> boxes = flow_boxes(flow, out);
    for (std::size_t i = 0; i < out.size(); ++i) {
        const LayoutPoint moved{out[i].x + random.below(2 * jitter) - jitter,
                                out[i].y + random.below(2 * jitter) - jitter};
        const LayoutRect grown{moved.x - 20, moved.y - 20, moved.x + kWidth + 20,
                               moved.y + (boxes[i].y1 - boxes[i].y0) + 20};
        bool free = true;
        for (std::size_t k = 0; k < boxes.size() && free; ++k)
            free = k == i || !grown.overlaps(boxes[k]);
        if (!free) continue;
        out[i] = moved;
        boxes[i] = {moved.x, moved.y, moved.x + kWidth, grown.y1 - 20};
    }
    return out;
}

// Segments of `routes` that enter any box (a route's own ends' too: it leaves and arrives
// square to their sides).
std::size_t segments_in_boxes(const std::vector<std::vector<LayoutPoint>>& routes,
                              const std::vector<LayoutRect>& boxes) {
    std::size_t bad = 0;
    for (std::size_t r = 0; r < routes.size(); ++r)
        for (std::size_t k = 1; k < routes[r].size(); ++k)
            for (const LayoutRect& box : boxes)
                if (segment_enters(routes[r][k - 1], routes[r][k], box)) {
                    MESSAGE("route " << r << " segment " << k << " enters a box");
                    ++bad;
                }
    return bad;
}

// Routes every wire (CHECKing that each is found, square to its ends), then nudges them.
std::vector<std::vector<LayoutPoint>> route_all(EdgeRouter& router,
                                                const std::vector<Wire>& wires) {
    std::vector<std::vector<LayoutPoint>> routes;
    std::size_t missing = 0, crooked = 0;
    for (const Wire& w : wires) {
        std::optional<std::vector<LayoutPoint>> route = router.route(w.from, w.to);
        if (!route) {
            ++missing;
            routes.emplace_back();
            continue;
        }
        const auto& p = *route;
        // Leaves rightwards from the port, arrives downwards into the top.
        if (p.size() < 2 || p[0].y != p[1].y || p[1].x <= p[0].x ||
            p[p.size() - 2].x != p.back().x || p[p.size() - 2].y >= p.back().y)
            ++crooked;
        routes.push_back(std::move(*route));
    }
    CHECK(missing == 0);
    CHECK(crooked == 0);
    return routes;
}

// Places a 120 x 20 label on every route; checks none overlaps a box or another label.
void check_labels(const std::vector<std::vector<LayoutPoint>>& routes,
                  const std::vector<LayoutRect>& boxes) {
    LabelPlacer placer(boxes, 2.0);
    std::vector<LayoutRect> placed;
    for (const auto& route : routes)
        if (auto r = placer.place(route, 120, 20)) placed.push_back(*r);
    std::size_t overlaps = 0;
    for (std::size_t i = 0; i < placed.size(); ++i) {
        for (std::size_t k = i + 1; k < placed.size(); ++k)
            overlaps += placed[i].overlaps(placed[k]);
        for (const LayoutRect& box : boxes)
            overlaps += placed[i].overlaps(box);
    }
    CHECK(overlaps == 0);
    CHECK(placed.size() * 2 >= routes.size()); // most labels find a place
}

void check_drawing(const Flow& flow, const std::vector<LayoutPoint>& positions) {
    const std::vector<LayoutRect> boxes = flow_boxes(flow, positions);
    EdgeRouter router(boxes);
    std::vector<std::vector<LayoutPoint>> routes = route_all(router, flow_wires(flow, positions));
    CHECK(segments_in_boxes(routes, boxes) == 0);
    router.nudge(routes);
    CHECK(segments_in_boxes(routes, boxes) == 0);
    check_labels(routes, boxes);
}

} // namespace

TEST_CASE("a route goes around the box between its ends, square out of its port and into the top") {
    // Source left, target below right, a box squarely between them.
    const std::vector<LayoutRect> boxes{
        {0, 0, 200, 100}, {400, 400, 600, 500}, {250, 150, 550, 350}};
    EdgeRouter router(boxes);
    const auto route = router.route({{200, 50}, BoxSide::right}, {{500, 400}, BoxSide::top});
    REQUIRE(route);
    CHECK(route->front().x == 200);
    CHECK(route->back().x == 500);
    CHECK(route->back().y == 400);
    CHECK(segments_in_boxes({*route}, boxes) == 0);
    CHECK(route->size() <= 6); // few bends
    SUBCASE("and a back edge climbs around its own source") {
        const auto back = router.route({{600, 450}, BoxSide::right}, {{100, 0}, BoxSide::top});
        REQUIRE(back);
        CHECK(segments_in_boxes({*back}, boxes) == 0);
    }
}

TEST_CASE("parallel routes in one channel are nudged apart, and never into a box") {
    const std::vector<LayoutRect> boxes{{0, 0, 200, 200}, {0, 600, 200, 700}, {400, 250, 600, 550}};
    EdgeRouter router(boxes);
    std::vector<std::vector<LayoutPoint>> routes;
    for (double y : {40.0, 80.0, 120.0})
        routes.push_back(*router.route({{200, y}, BoxSide::right}, {{100, 600}, BoxSide::top}));
    router.nudge(routes);
    std::vector<double> lanes; // the x of each route's long vertical run
    for (const auto& r : routes)
        for (std::size_t k = 1; k < r.size(); ++k)
            if (r[k].x == r[k - 1].x && std::abs(r[k].y - r[k - 1].y) > 300)
                lanes.push_back(r[k].x);
    REQUIRE(lanes.size() == 3);
    std::sort(lanes.begin(), lanes.end());
    CHECK(lanes[1] - lanes[0] >= 3);
    CHECK(lanes[2] - lanes[1] >= 3);
    CHECK(segments_in_boxes(routes, boxes) == 0);
}

TEST_CASE("routes avoid every box at the layout's positions and at perturbed ones") {
    for (const auto& item : shipped_and_generated_flows()) {
        CAPTURE(item.first);
        const Flow& flow = item.second;
        LayoutOptions o;
        o.node_width = kWidth;
        for (const Node& node : flow.nodes)
            o.node_heights.push_back(box_height(node));
        const Layout layout = layout_flow(flow, o);
        check_drawing(flow, layout.positions);
        Random random{11};
        check_drawing(flow, perturbed(layout.positions, flow, 120, random));
    }
}

TEST_CASE("routes avoid every box among random boxes") {
    for (std::uint64_t seed : {1u, 2u, 3u}) {
        CAPTURE(seed);
        Random random{seed};
        std::vector<LayoutRect> boxes;
        while (boxes.size() < 150) { // boxes anywhere, 20 units apart at least
            const double x = random.below(6000), y = random.below(4000);
            const LayoutRect box{x, y, x + 100 + random.below(200), y + 60 + random.below(120)};
            const LayoutRect grown{box.x0 - 20, box.y0 - 20, box.x1 + 20, box.y1 + 20};
            if (std::none_of(boxes.begin(), boxes.end(),
                             [&](const LayoutRect& b) { return b.overlaps(grown); }))
                boxes.push_back(box);
        }
        std::vector<Wire> wires;
        for (std::size_t i = 0; i < boxes.size(); ++i) {
            const LayoutRect& a = boxes[i];
            const LayoutRect& b = boxes[static_cast<std::size_t>(random.below(150))];
            if (&a == &b) continue;
            wires.push_back({{{a.x1, (a.y0 + a.y1) / 2}, BoxSide::right},
                             {{(b.x0 + b.x1) / 2, b.y0}, BoxSide::top}});
        }
        EdgeRouter router(boxes);
        std::vector<std::vector<LayoutPoint>> routes = route_all(router, wires);
        CHECK(segments_in_boxes(routes, boxes) == 0);
        router.nudge(routes);
        CHECK(segments_in_boxes(routes, boxes) == 0);
        check_labels(routes, boxes);
    }
}

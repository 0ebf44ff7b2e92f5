// Timing the edge router on canvas-like boxes at the layered layout's positions.
#include "routing.h"

#include "generated_flow.h"
#include "measure.h"

#include <heartflow/edge_router.h>
#include <heartflow/flow_graph.h>
#include <heartflow/label_placement.h>
#include <heartflow/layout.h>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <string>

namespace heartflow::bench {

namespace {

// The canvas's card: 280 wide, a header and text of 96, a row of 25 per port, 6 below.
constexpr double kCardWidth = 280, kPortTop = 96, kPortRow = 25;

struct Drawing {
    std::vector<LayoutRect> boxes;
    std::vector<std::pair<RouteEnd, RouteEnd>> wires;
};

Drawing canvas_drawing(const Flow& flow) {
    LayoutOptions o;
    o.node_width = kCardWidth;
    for (const Node& node : flow.nodes)
        o.node_heights.push_back(kPortTop + 6 +
                                 kPortRow * static_cast<double>(node.choices.size() + 1));
    const Layout layout = layout_flow(flow, o);
    Drawing d;
    d.boxes = box_rects(layout, o);
    std::vector<std::size_t> used(flow.nodes.size(), 0);
    for (const FlowEdge& e : build_flow_graph(flow).edges) {
        const LayoutRect& a = d.boxes[e.from];
        const LayoutRect& b = d.boxes[e.to];
        const double row = static_cast<double>(used[e.from]++) + 0.5;
        d.wires.push_back({{{a.x1, a.y0 + kPortTop + row * kPortRow}, BoxSide::right},
                           {{(b.x0 + b.x1) / 2, b.y0}, BoxSide::top}});
    }
    return d;
}

std::string routing_ms(double ms) {
    char text[32];
    std::snprintf(text, sizeof text, ms >= 100 ? "%.0f ms" : "%.1f ms", ms);
    return text;
}

} // namespace

void print_routing(const std::vector<std::uint32_t>& sizes, int runs) {
    std::printf("\n### Routing the canvas's links (edge_router.h), at the layout's positions\n\n");
    std::printf("| flow | links | route all | per link | nudge | labels | no route found |\n");
    std::printf("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (std::uint32_t n : sizes) {
        const Drawing d = canvas_drawing(heartflow::testing::generated_flow(n));
        std::vector<std::vector<LayoutPoint>> routes;
        std::size_t missing = 0;
        const Timing route = median_timing(runs, [&] {
            EdgeRouter router(d.boxes);
            routes.clear();
            missing = 0;
            for (const auto& [from, to] : d.wires) {
                std::optional<std::vector<LayoutPoint>> r = router.route(from, to);
                missing += !r;
                routes.push_back(r ? std::move(*r) : std::vector<LayoutPoint>{});
            }
        });
        EdgeRouter router(d.boxes);
        const Timing nudge = median_timing(runs, [&] {
            std::vector<std::vector<LayoutPoint>> copy = routes;
            router.nudge(copy);
        });
        const Timing labels = median_timing(runs, [&] {
            LabelPlacer placer(d.boxes, 3.0);
            for (const auto& r : routes)
                (void)placer.place(r, 120, 20);
        });
        std::printf("| generated %u | %zu | %s | %.0f us | %s | %s | %zu |\n", n, d.wires.size(),
                    routing_ms(route.cpu_ms).c_str(),
                    route.cpu_ms * 1e3 /
                        static_cast<double>(std::max<std::size_t>(1, d.wires.size())),
                    routing_ms(nudge.cpu_ms).c_str(), routing_ms(labels.cpu_ms).c_str(), missing);
    }
}

} // namespace heartflow::bench

// Canvas maths: the camera transform, zoom about a point, fitting, and hit-test precedence.
#include "canvas/hit_test.h"
#include "editor_test_flows.h"

#include <doctest/doctest.h>
#include <imgui_internal.h>

using namespace heartflow;
using namespace heartflow::editor;
using heartflow::editor::test::kSmallFlow;
using heartflow::editor::test::must_parse;

namespace {

void check_near(ImVec2 a, ImVec2 b) {
    CHECK(a.x == doctest::Approx(b.x).epsilon(1e-4));
    CHECK(a.y == doctest::Approx(b.y).epsilon(1e-4));
}

// The small flow with node i at positions[i].
CanvasModel model_at(std::vector<std::array<double, 2>> positions) {
    return CanvasModel::build(must_parse(kSmallFlow), positions);
}

} // namespace

TEST_CASE("world and screen transforms are inverse") {
    Camera cam{{100, 50}, {-20, 30}, 1.7f};
    for (ImVec2 w : {ImVec2{0, 0}, ImVec2{123.5f, -88}, ImVec2{-1000, 4000}})
        check_near(cam.to_world(cam.to_screen(w)), w);
    check_near(cam.to_screen({-20, 30}), {100, 50});
}

TEST_CASE("zoom about a point keeps that world point under the cursor") {
    Camera cam{{10, 20}, {300, -40}, 1.0f};
    const ImVec2 cursor{420, 310};
    const ImVec2 before = cam.to_world(cursor);
    for (float z : {2.5f, 0.3f, 1.1f}) {
        cam.zoom_about(cursor, z);
        CHECK(cam.zoom == doctest::Approx(z));
        check_near(cam.to_world(cursor), before);
    }
    SUBCASE("and zoom is clamped") {
        cam.zoom_about(cursor, 100.0f);
        CHECK(cam.zoom == doctest::Approx(kMaxZoom));
        check_near(cam.to_world(cursor), before);
        cam.zoom_about(cursor, 0.0001f);
        CHECK(cam.zoom == doctest::Approx(kMinZoom));
    }
}

TEST_CASE("panning moves the world with the mouse") {
    Camera cam{{0, 0}, {0, 0}, 2.0f};
    const ImVec2 w = cam.to_world({50, 50});
    cam.pan_by_screen({30, -10});
    check_near(cam.to_screen(w), {80, 40});
}

TEST_CASE("fit shows the whole rectangle, centred, never zoomed past 1") {
    Camera cam;
    const Rect world{{-500, 0}, {1500, 3000}};
    cam.fit(world, {800, 600}, 20);
    const ImVec2 a = cam.to_screen(world.min), b = cam.to_screen(world.max);
    CHECK(a.x >= 19.9f);
    CHECK(a.y >= 19.9f);
    CHECK(b.x <= 780.1f);
    CHECK(b.y <= 580.1f);
    check_near(cam.to_screen({500, 1500}), {400, 300});
    cam.fit({{0, 0}, {10, 10}}, {800, 600}, 20);
    CHECK(cam.zoom == doctest::Approx(1.0f));
}

TEST_CASE("output ports: choices, then next or add-choice; endings have none") {
    const Flow flow = must_parse(kSmallFlow);
    auto q = output_ports(flow.nodes[0]);
    REQUIRE(q.size() == 3);
    CHECK(q[0].kind == PortKind::choice);
    CHECK(port_label(flow.nodes[0], q[1]) == "Not fine");
    CHECK(q[2].kind == PortKind::add_choice);
    CHECK(output_ports(flow.nodes[1]).empty());
    Node prompt;
    prompt.kind = NodeKind::prompt;
    auto p = output_ports(prompt);
    REQUIRE(p.size() == 1);
    CHECK(p[0].kind == PortKind::next);
}

TEST_CASE("links are built only for targets that exist") {
    CanvasModel m = model_at({{0, 0}, {400, 0}, {400, 300}});
    REQUIRE(m.links.size() == 2);
    CHECK(m.links[0].to == 1);
    CHECK(m.links[1].to == 2);
}

TEST_CASE("hit-test precedence is port, then node, then link, then background") {
    // Node 1 overlaps node 0's first port; node 2 is far away so its link crosses open space.
    CanvasModel m = model_at({{0, 0}, {kNodeWidth - 40, 60}, {800, 600}});
    const Camera cam;

    SUBCASE("a port wins over the node on top of it") {
        const ImVec2 port = m.port_position(0, 0);
        REQUIRE(m.node_rect(1).contains(port));
        Hit h = hit_test(m, cam, port);
        CHECK(h.kind == HitKind::port);
        CHECK(h.node == 0);
        CHECK(h.port == 0);
    }
    SUBCASE("a node wins over a link drawn under it") {
        const Link& l = m.links[1];
        const Bezier b = link_curve(m.port_position(l.from, l.port), m.input_position(l.to));
        const ImVec2 under = ImBezierCubicCalc(b.p0, b.p1, b.p2, b.p3, 0.1f);
        REQUIRE(m.node_rect(1).contains(under));
        REQUIRE(distance_to_link(m, cam, 1, under) < 1.0f);
        Hit h = hit_test(m, cam, under);
        CHECK(h.kind == HitKind::node);
        CHECK(h.node == 1);
        SUBCASE("and later nodes are on top") {
            Hit top = hit_test(m, cam, {kNodeWidth - 25, 140});
            CHECK(top.kind == HitKind::node);
            CHECK(top.node == 1);
        }
    }
    SUBCASE("a point on a link's curve hits the link") {
        const Link& l = m.links[1];
        const Bezier b = link_curve(m.port_position(l.from, l.port), m.input_position(l.to));
        const ImVec2 mid = ImBezierCubicCalc(b.p0, b.p1, b.p2, b.p3, 0.6f);
        REQUIRE_FALSE(m.node_rect(0).contains(mid));
        REQUIRE_FALSE(m.node_rect(1).contains(mid));
        Hit h = hit_test(m, cam, mid);
        CHECK(h.kind == HitKind::link);
        CHECK(h.link == 1);
        CHECK(distance_to_link(m, cam, 1, mid) < 1.0f);
        CHECK(hit_test(m, cam, {mid.x + 30, mid.y - 40}).kind == HitKind::background);
    }
    SUBCASE("precedence holds when zoomed") {
        Camera zoomed{{0, 0}, {-50, -50}, 0.5f};
        Hit h = hit_test(m, zoomed, zoomed.to_screen(m.port_position(0, 1)));
        CHECK(h.kind == HitKind::port);
        CHECK(h.port == 1);
    }
    SUBCASE("far away is background") {
        CHECK(hit_test(m, cam, {-500, -500}).kind == HitKind::background);
    }
}

TEST_CASE("the spatial grid finds every item overlapping an area, and big ones always") {
    std::vector<Rect> boxes;
    for (int i = 0; i < 100; ++i) {
        const float x = static_cast<float>(i % 10) * 300.0f,
                    y = static_cast<float>(i / 10) * 300.0f;
        boxes.push_back({{x, y}, {x + 100.0f, y + 100.0f}});
    }
    boxes.push_back({{-5000, -5000}, {5000, 5000}}); // covers far more cells than it may be put in
    SpatialGrid grid;
    grid.build(boxes, 200.0f);
    const Rect area{{250, 250}, {650, 350}};
    std::vector<char> found(boxes.size(), 0);
    grid.query(area, [&](std::uint32_t i) { found[i] = 1; });
    for (std::size_t i = 0; i < boxes.size(); ++i)
        if (boxes[i].overlaps(area)) CHECK(found[i]);
    CHECK(found[100]);
    std::size_t total = 0;
    for (char f : found)
        total += f;
    CHECK(total < 20); // a few cells' worth, not all hundred
}

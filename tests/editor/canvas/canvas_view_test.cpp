// The canvas view driven headlessly: dragging reports a move, dragging a port onto a node
// reports a connection, box-select selects, the wheel zooms about the cursor, culling works.
#include "canvas/canvas_view.h"
#include "document/document.h"
#include "document/placement.h"
#include "editor_test_flows.h"
#include "headless_imgui.h"

#include <doctest/doctest.h>

using namespace heartflow;
using namespace heartflow::editor;
using heartflow::editor::test::HeadlessImGui;
using heartflow::editor::test::kSmallFlow;
using heartflow::editor::test::must_parse;

namespace {

// A document, a canvas and a selection, run through scripted frames.
struct Rig {
    HeadlessImGui imgui;
    Document doc{must_parse(kSmallFlow)};
    CanvasView canvas;
    Selection selection;
    CanvasEvents last;

    // One frame with the mouse at `at`; returns that frame's events.
    CanvasEvents step(ImVec2 at, bool down, float wheel = 0.0f) {
        imgui.frame(
            at, down,
            [&] {
                canvas.sync(doc.flow(), doc.revision());
                last = canvas.frame(doc.flow(), doc.validation(), selection, std::nullopt);
            },
            wheel);
        return last;
    }
    // Presses at `from`, drags to `to` over a few frames, releases; returns the release's events.
    CanvasEvents drag(ImVec2 from, ImVec2 to) {
        step(from, false);
        step(from, true);
        for (float t : {0.25f, 0.5f, 0.75f, 1.0f})
            step({from.x + (to.x - from.x) * t, from.y + (to.y - from.y) * t}, true);
        return step(to, false);
    }
    // Screen position of world point `w` now.
    ImVec2 screen(ImVec2 w) { return canvas.camera().to_screen(w); }
};

} // namespace

TEST_CASE("dragging a node reports one move of the selection, in world units") {
    Rig rig;
    rig.step({0, 0}, false);
    const ImVec2 inside = rig.screen(
        {rig.canvas.model().positions[1].x + 20, rig.canvas.model().positions[1].y + 10});
    CanvasEvents e = rig.drag(inside, {inside.x + 50, inside.y + 30});
    REQUIRE(e.moved.has_value());
    CHECK(e.moved->nodes == std::vector<std::size_t>{1});
    CHECK(e.moved->delta[0] == doctest::Approx(50.0 / rig.canvas.camera().zoom));
    CHECK(e.moved->delta[1] == doctest::Approx(30.0 / rig.canvas.camera().zoom));
    CHECK(rig.selection.contains(1));
    const auto drawn = provisional_positions(rig.doc.flow());
    rig.doc.apply(move_nodes(rig.doc.flow(), e.moved->nodes, e.moved->delta, drawn), "move");
    REQUIRE(rig.doc.flow().nodes[1].pos.has_value());
    CHECK((*rig.doc.flow().nodes[1].pos)[0] == doctest::Approx(drawn[1][0] + e.moved->delta[0]));
    CHECK(rig.doc.flow().nodes[2].pos == drawn[2]);
}

TEST_CASE("a click without moving selects but reports no move") {
    Rig rig;
    rig.step({0, 0}, false);
    const ImVec2 inside = rig.screen(
        {rig.canvas.model().positions[0].x + 20, rig.canvas.model().positions[0].y + 10});
    rig.step(inside, false);
    CHECK(rig.step(inside, true).selection_changed);
    CHECK_FALSE(rig.step(inside, false).moved.has_value());
    CHECK(rig.selection.indices() == std::vector<std::size_t>{0});
}

TEST_CASE("dragging a choice port onto a node reports the connection") {
    Rig rig;
    rig.step({0, 0}, false);
    const ImVec2 port = rig.screen(rig.canvas.model().port_position(0, 0));
    const Rect target = rig.canvas.model().node_rect(2);
    const ImVec2 onto = rig.screen({target.min.x + 30, target.min.y + 40});
    CanvasEvents e = rig.drag(port, onto);
    REQUIRE(e.connected.has_value());
    CHECK(e.connected->from == 0);
    CHECK(e.connected->port.kind == PortKind::choice);
    CHECK(e.connected->port.choice == 0);
    CHECK(e.connected->to == 2);
    CHECK_FALSE(e.moved.has_value());
}

TEST_CASE("box-select selects the nodes the box touches") {
    Rig rig;
    rig.step({0, 0}, false);
    const Rect a = rig.canvas.model().node_rect(1), b = rig.canvas.model().node_rect(2);
    const ImVec2 from =
        rig.screen({std::max(a.max.x, b.max.x) + 10, std::max(a.max.y, b.max.y) + 10});
    const ImVec2 to = rig.screen({std::min(a.min.x, b.min.x) + 10, a.min.y + 20});
    REQUIRE(rig.canvas.model().node_rect(0).max.y < a.min.y);
    rig.step(from, false);
    REQUIRE(hit_test(rig.canvas.model(), rig.canvas.camera(), from).kind == HitKind::background);
    rig.drag(from, to);
    CHECK(rig.selection.indices() == std::vector<std::size_t>{1, 2});
}

TEST_CASE("the wheel zooms about the cursor") {
    Rig rig;
    rig.step({0, 0}, false);
    const ImVec2 cursor{400, 300};
    const ImVec2 world = rig.canvas.camera().to_world(cursor);
    const float zoom = rig.canvas.camera().zoom;
    rig.step(cursor, false, 2.0f);
    CHECK(rig.canvas.camera().zoom > zoom);
    const ImVec2 after = rig.canvas.camera().to_world(cursor);
    CHECK(after.x == doctest::Approx(world.x).epsilon(1e-4));
    CHECK(after.y == doctest::Approx(world.y).epsilon(1e-4));
}

TEST_CASE("off-screen nodes are culled and zoom-to-fit brings them all back") {
    Rig rig;
    Flow big;
    big.info.id = "big";
    big.info.title = "Big";
    for (int i = 0; i < 2000; ++i) {
        Node n;
        n.id.value = "n" + std::to_string(i);
        n.kind = NodeKind::prompt;
        n.pos = std::array<double, 2>{(i % 50) * 300.0, (i / 50) * 220.0};
        if (i + 1 < 2000) n.next = NodeId{"n" + std::to_string(i + 1)};
        big.nodes.push_back(n);
    }
    big.info.start = big.nodes[0].id;
    rig.doc = Document(big);
    rig.step({0, 0}, false);
    CHECK(rig.canvas.drawn_counts().first < 100);
    rig.canvas.request_fit();
    rig.step({0, 0}, false);
    CHECK(rig.canvas.drawn_counts().first == 2000);
    CHECK(detail_for(rig.canvas.camera().zoom) == Detail::dots);
    CHECK(rig.canvas.drawn_counts().second == 0); // so far out, links would only be a haze
    rig.canvas.camera().zoom_about({500, 350}, 0.2f);
    rig.step({0, 0}, false);
    CHECK(detail_for(rig.canvas.camera().zoom) == Detail::blocks);
    CHECK(rig.canvas.drawn_counts().second > 0);
}

TEST_CASE("double-clicking the empty canvas opens the add menu, where a digit picks the kind") {
    Rig rig;
    rig.doc = Document(Flow{});
    const ImVec2 at{500, 300};
    rig.step(at, false);
    rig.step(at, true);
    rig.step(at, false);
    rig.step(at, true); // second click: a double-click
    rig.step(at, false);
    rig.step(at, false);
    REQUIRE(ImGui::IsPopupOpen("canvas_menu", ImGuiPopupFlags_AnyPopupId));
    CanvasEvents e;
    rig.imgui.frame(at, false, [&] {
        rig.canvas.sync(rig.doc.flow(), rig.doc.revision());
        e = rig.canvas.frame(rig.doc.flow(), rig.doc.validation(), rig.selection, std::nullopt);
    });
    ImGui::GetIO().KeysDown[int{'6'}] = true;
    rig.imgui.frame(at, false, [&] {
        e = rig.canvas.frame(rig.doc.flow(), rig.doc.validation(), rig.selection, std::nullopt);
    });
    ImGui::GetIO().KeysDown[int{'6'}] = false;
    REQUIRE(e.create.has_value());
    CHECK(e.create->first == NodeKind::ending);
    const ImVec2 world = rig.canvas.camera().to_world(at);
    CHECK(e.create->second[0] == doctest::Approx(world.x));
    CHECK(e.create->second[1] == doctest::Approx(world.y));
}

// The canvas draws its links along the engine's shared routes (issue 15): on the flagship after
// an auto-layout, and after a card is moved onto an arrow's path, no drawn path enters a card,
// every path leaves its port to the right and arrives down into its target's top, and no two
// link labels overlap one another or a card.
#include "canvas/canvas_view.h"
#include "edit/editor_test_rig.h"

#include <heartflow/edge_router.h>

#include <doctest/doctest.h>

#include <filesystem>

using namespace heartflow;
using namespace heartflow::editor;
using heartflow::editor::test::EditorRig;

namespace {

LayoutRect layout_rect(const Rect& r) {
    return {r.min.x, r.min.y, r.max.x, r.max.y};
}

// Segments of drawn paths that enter a card, with what they are for the report.
std::size_t segments_in_cards(const CanvasModel& m) {
    std::size_t bad = 0;
    for (std::size_t l = 0; l < m.paths.size(); ++l)
        for (std::size_t k = 1; k < m.paths[l].size(); ++k)
            for (std::size_t i = 0; i < m.positions.size(); ++i) {
                const ImVec2 a = m.paths[l][k - 1], b = m.paths[l][k];
                if (!segment_enters({a.x, a.y}, {b.x, b.y}, layout_rect(m.node_rect(i)))) continue;
                MESSAGE("link " << l << " segment " << k << " enters node " << i);
                ++bad;
            }
    return bad;
}

// Every link is routed, out of its port to the right and down into its target's top.
void check_paths_square(const CanvasModel& m) {
    std::size_t crooked = 0, unrouted = 0;
    for (std::size_t l = 0; l < m.links.size(); ++l) {
        const std::vector<ImVec2>& p = m.paths[l];
        if (p.size() < 2) {
            ++unrouted;
            continue;
        }
        const ImVec2 port = m.port_position(m.links[l].from, m.links[l].port),
                     input = m.input_position(m.links[l].to);
        const bool square = p[0].x == port.x && p[0].y == port.y && p[1].y == p[0].y &&
                            p[1].x > p[0].x && p.back().x == input.x && p.back().y == input.y &&
                            p[p.size() - 2].x == input.x && p[p.size() - 2].y < input.y;
        crooked += !square;
    }
    CHECK(unrouted == 0);
    CHECK(crooked == 0);
}

// No two labels overlap; none covers a card.
std::size_t label_overlaps(const CanvasModel& m) {
    std::size_t bad = 0, placed = 0;
    for (std::size_t l = 0; l < m.labels.size(); ++l) {
        if (!m.labels[l]) continue;
        ++placed;
        for (std::size_t k = l + 1; k < m.labels.size(); ++k)
            bad += m.labels[k] &&
                   layout_rect(m.labels[l]->rect).overlaps(layout_rect(m.labels[k]->rect));
        for (std::size_t i = 0; i < m.positions.size(); ++i)
            bad += layout_rect(m.labels[l]->rect).overlaps(layout_rect(m.node_rect(i)));
    }
    CHECK(placed > 0);
    return bad;
}

void check_canvas(EditorRig& rig, Editor& editor) {
    CHECK(rig.wait_for([&] { return editor.canvas().links_waiting() == 0; }));
    rig.step();
    const CanvasModel& m = editor.canvas().model();
    REQUIRE(m.paths.size() == m.links.size());
    CHECK(segments_in_cards(m) == 0);
    check_paths_square(m);
    CHECK(label_overlaps(m) == 0);
}

// A place for node `moved`'s card squarely on the middle of a long segment of another link's
// path, clear of every other card; nullopt when there is none.
std::optional<Vec2> place_on_an_arrow(const CanvasModel& m, std::size_t& moved) {
    for (std::size_t l = 0; l < m.paths.size(); ++l)
        for (std::size_t k = 2; k + 1 < m.paths[l].size(); ++k) {
            const ImVec2 a = m.paths[l][k - 1], b = m.paths[l][k];
            if (std::abs(a.x - b.x) + std::abs(a.y - b.y) < 300) continue;
            const ImVec2 mid{(a.x + b.x) / 2, (a.y + b.y) / 2};
            for (std::size_t i = 0; i < m.positions.size(); ++i) {
                if (i == m.links[l].from || i == m.links[l].to) continue;
                const Rect r = m.node_rect(i);
                const ImVec2 size = r.size();
                const Rect at{{mid.x - size.x / 2, mid.y - size.y / 2},
                              {mid.x + size.x / 2, mid.y + size.y / 2}};
                const Rect grown{{at.min.x - 40, at.min.y - 40}, {at.max.x + 40, at.max.y + 40}};
                bool free = true;
                for (std::size_t j = 0; j < m.positions.size() && free; ++j)
                    free = j == i || !grown.overlaps(m.node_rect(j));
                if (!free) continue;
                moved = i;
                return Vec2{at.min.x - r.min.x, at.min.y - r.min.y};
            }
        }
    return std::nullopt;
}

} // namespace

TEST_CASE("the flagship's arrows go around every card, after a layout and after a card is moved "
          "onto one") {
    EditorRig rig;
    Editor& editor = rig.start(std::filesystem::path(HEARTFLOW_SOURCE_DIR) / "flows" /
                               "heart-of-the-matter.toml");
    editor.canvas().camera().zoom = 1.0f; // labels are drawn at full detail
    check_canvas(rig, editor);
    editor.run(EditorCommand::auto_layout);
    rig.settle();
    check_canvas(rig, editor);

    std::size_t moved = 0;
    const std::optional<Vec2> delta = place_on_an_arrow(editor.canvas().model(), moved);
    REQUIRE(delta);
    const std::size_t nodes[] = {moved};
    editor.document().apply(move_nodes(editor.document().flow(), nodes, *delta), "move");
    rig.step();
    check_canvas(rig, editor);
}

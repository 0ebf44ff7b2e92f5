// Smaller frictions of issue 15: Ctrl+D puts the copy beside the original; a bulk delete says how
// many steps went and how to get them back; one Escape closes Find; a broken outside edit lists
// its located mistakes and Ctrl+Q asks before leaving it; a new file offers the templates.
#include "editor_test_flows.h"
#include "editor_test_rig.h"

#include "document/templates.h"

#include <imgui_internal.h>

using namespace heartflow;
using namespace heartflow::editor;
using namespace heartflow::editor::test;

namespace {

// True when the window called `name` was drawn last frame.
bool shown(const char* name) {
    const ImGuiWindow* w = ImGui::FindWindowByName(name);
    return w && w->WasActive;
}

} // namespace

TEST_CASE("Ctrl+D puts the copy beside the original, not on it") {
    EditorRig rig;
    Editor& ed = rig.start_with("small.toml", kSmallFlow);
    ed.selection().select_only(1);
    rig.key(kit::Key::d, kit::mod_ctrl);
    const CanvasModel& m = ed.canvas().model();
    REQUIRE(m.positions.size() == 4);
    CHECK_FALSE(m.node_rect(3).overlaps(m.node_rect(1)));
    CHECK(m.positions[3].y == doctest::Approx(m.positions[1].y));
    CHECK(m.positions[3].x > m.positions[1].x);
}

TEST_CASE("deleting several steps says how many went and that Ctrl+Z brings them back") {
    EditorRig rig;
    Editor& ed = rig.start_with("small.toml", kSmallFlow);
    ed.selection().set(1, true);
    ed.selection().set(2, true);
    rig.key(kit::Key::del);
    CHECK(ed.document().flow().nodes.size() == 1);
    CHECK(ed.notice() == "Deleted 2 steps. Ctrl+Z brings them back.");
}

TEST_CASE("one Escape in Find closes it") {
    EditorRig rig;
    rig.start_with("small.toml", kSmallFlow);
    rig.key(kit::Key::f, kit::mod_ctrl);
    rig.step();
    REQUIRE(ImGui::GetIO().WantTextInput);
    rig.key(kit::Key::escape);
    rig.step();
    CHECK_FALSE(ImGui::GetIO().WantTextInput);
    CHECK_FALSE(shown("Find##find"));
}

TEST_CASE("a broken outside edit shows its located mistakes, and Ctrl+Q asks before leaving it") {
    EditorRig rig;
    Editor& ed = rig.start_with("small.toml", kSmallFlow);
    write_text(ed.file(), "[flow\nid = \"broken\"\n");
    rig.step({}, 1.0);
    rig.settle();
    CHECK(ed.notice().find("under Problems") != std::string::npos);
    CHECK(ed.document().flow().nodes.size() == 3); // the editor keeps its version
    rig.key(kit::Key::q, kit::mod_ctrl);
    REQUIRE(ed.prompt() != nullptr);
    CHECK(ed.prompt()->title == "The file on disk has mistakes");
    ed.answer(0); // save mine and close
    rig.settle();
    CHECK(ed.wants_close());
    CHECK(parse_flow(read_text(ed.file())).flow.has_value());
}

TEST_CASE("a path that does not exist offers the templates, and the one chosen is saved there") {
    EditorRig rig;
    const auto file = rig.home / "evening-check-in.toml";
    Editor& ed = rig.start(file);
    rig.step(); // a popup shows from the frame after it opens
    REQUIRE(shown("Start##welcome"));
    for (const FlowTemplate& t :
         flow_templates()) { // each has a help step and says it is not therapy
        CHECK(t.flow.info.help.has_value());
        CHECK(t.flow.nodes[0].text.find("not therapy") != std::string::npos);
    }
    rig.key(kit::Key::escape);
    rig.step();
    CHECK_FALSE(shown("Start##welcome"));
    CHECK(ed.file() == file);
    CHECK_FALSE(std::filesystem::exists(file));
}

// The editor's own settings: Ctrl+plus and Ctrl+minus change its text size and M hides the
// minimap, both remembered in editor.toml; a setting that cannot be read is reported where it
// is and keeps its default; the minimap moves off the node being edited.
#include "editor_test_flows.h"
#include "editor_test_rig.h"

using namespace heartflow;
using namespace heartflow::editor;
using namespace heartflow::editor::test;

TEST_CASE(
    "Ctrl+plus and M change the editor's text size and minimap, and a new editor remembers them") {
    EditorRig rig;
    Editor& ed = rig.start_with("small.toml", kSmallFlow);
    CHECK(ed.text_scale() == doctest::Approx(1.0f));
    rig.key(kit::Key::equal, kit::mod_ctrl);
    rig.key(kit::Key::equal, kit::mod_ctrl);
    CHECK(ed.text_scale() == doctest::Approx(1.2f));
    CHECK(ed.notice() == "Text size 120%");
    rig.key(kit::Key::m);
    CHECK_FALSE(ed.settings().show_minimap);
    rig.step();
    CHECK_FALSE(ed.canvas().minimap().has_value());
    const EditorSettings kept = load_editor_settings(default_editor_settings_file());
    CHECK(kept.text_scale == doctest::Approx(1.2f));
    CHECK_FALSE(kept.show_minimap);
    Editor& again = rig.start(ed.file());
    CHECK(again.text_scale() == doctest::Approx(1.2f));
    rig.key(kit::Key::d0, kit::mod_ctrl);
    CHECK(again.text_scale() == doctest::Approx(1.0f));
}

TEST_CASE("a setting that cannot be used is reported at its line and keeps its default") {
    std::vector<std::string> warnings;
    const EditorSettings s = decode_editor_settings(
        "text_scale = \"big\"\nshow_minimap = false\nzoom = 3\n", "editor.toml", warnings);
    CHECK(s.text_scale == doctest::Approx(1.0f));
    CHECK_FALSE(s.show_minimap);
    REQUIRE(warnings.size() == 2);
    CHECK(warnings[0].starts_with("editor.toml:1:"));
    CHECK(warnings[1].starts_with("editor.toml:3:"));
}

TEST_CASE("the minimap never covers the node being edited") {
    EditorRig rig;
    Editor& ed = rig.start_with("small.toml", kSmallFlow);
    rig.step();
    REQUIRE(ed.canvas().minimap().has_value());
    // Put node 2 under the minimap's usual corner and select it.
    CanvasView& canvas = ed.canvas();
    const Rect usual = *canvas.minimap();
    const Rect r = canvas.model().node_rect(2);
    const ImVec2 centre = canvas.camera().to_world(
        {(usual.min.x + usual.max.x) * 0.5f, (usual.min.y + usual.max.y) * 0.5f});
    canvas.camera().pan.x += (r.min.x + r.max.x) * 0.5f - centre.x;
    canvas.camera().pan.y += (r.min.y + r.max.y) * 0.5f - centre.y;
    ed.selection().select_only(2);
    rig.step();
    const Rect node{canvas.camera().to_screen(r.min), canvas.camera().to_screen(r.max)};
    REQUIRE(canvas.minimap().has_value());
    CHECK_FALSE(canvas.minimap()->overlaps(node));
}

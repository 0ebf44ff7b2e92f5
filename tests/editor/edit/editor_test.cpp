// The whole editor driven headlessly: opening, the shortcuts, saving through the engine's
// writer, undo across saves, recovery after a crash, changes on disk, play from here.
#include "editor_test_flows.h"
#include "editor_test_rig.h"

#include "heartflow/loader.h"

#include <sys/stat.h>

using namespace heartflow;
using namespace heartflow::editor;
using namespace heartflow::editor::test;

namespace {

constexpr int kCtrl = kit::mod_ctrl;

std::size_t node_count_in(const std::filesystem::path& file) {
    ParseResult parsed = parse_flow(read_text(file));
    REQUIRE(parsed.flow.has_value());
    return parsed.flow->nodes.size();
}

Flow flow_in(const std::filesystem::path& file) {
    ParseResult parsed = parse_flow(read_text(file));
    REQUIRE(parsed.flow.has_value());
    return *parsed.flow;
}

} // namespace

TEST_CASE("opening a flow gives every node a place and leaves it unchanged") {
    EditorRig rig;
    Editor& ed = rig.start_with("small.toml", kSmallFlow);
    const auto file = ed.file();
    REQUIRE(ed.file() == file);
    CHECK(ed.document().flow().nodes.size() == 3);
    for (const Node& n : ed.document().flow().nodes)
        CHECK(n.pos.has_value());
    CHECK_FALSE(ed.document().dirty());
    CHECK(ed.prompt() == nullptr);
    CHECK(ed.window_title() == "heartflow editor - small.toml");
}

TEST_CASE("Ctrl+A, Ctrl+D and Ctrl+S double the nodes in the file; Ctrl+Z and Ctrl+S restore it") {
    EditorRig rig;
    Editor& ed = rig.start_with("small.toml", kSmallFlow);
    const auto file = ed.file();
    rig.key(kit::Key::a, kCtrl);
    CHECK(ed.selection().count() == 3);
    rig.key(kit::Key::d, kCtrl);
    CHECK(ed.selection().count() == 3);
    CHECK(ed.window_title() == "heartflow editor - small.toml *");
    rig.key(kit::Key::s, kCtrl);
    CHECK(node_count_in(file) == 6);
    CHECK_FALSE(ed.document().dirty());
    rig.key(kit::Key::z, kCtrl);
    CHECK(ed.document().dirty());
    rig.key(kit::Key::s, kCtrl);
    CHECK(node_count_in(file) == 3);
    rig.key(kit::Key::z, kCtrl | kit::mod_shift);
    CHECK(ed.document().flow().nodes.size() == 6);
}

TEST_CASE("a file that does not exist yet is a new flow there, written by the first save") {
    EditorRig rig;
    const auto file = rig.home / "my-first-flow.toml";
    Editor& ed = rig.start(file);
    CHECK(ed.document().flow().nodes.empty());
    CHECK(ed.document().flow().info.title == "My first flow");
    rig.key(kit::Key::escape); // the templates are offered first; Close keeps the empty flow
    ed.canvas().request_add_menu();
    rig.step();
    rig.step({}, 0.05, {'1'}); // the add menu picks a kind with 1-6: a question
    rig.step();
    // A new question comes with two working choices, to an ending placed below it.
    REQUIRE(ed.document().flow().nodes.size() == 2);
    CHECK(ed.document().flow().nodes[0].kind == NodeKind::question);
    CHECK(ed.document().flow().nodes[0].choices.size() == 2);
    CHECK(ed.document().flow().nodes[1].kind == NodeKind::ending);
    rig.step({}, 1.0);
    CHECK(ed.document().latest_validation().errors == 0);
    CHECK(ed.document().flow().info.start == ed.document().flow().nodes[0].id);
    CHECK(ed.selection().contains(0));
    rig.key(kit::Key::s, kCtrl);
    REQUIRE(std::filesystem::exists(file));
    CHECK(flow_in(file) == ed.document().flow());
}

TEST_CASE("canvas shortcuts wait while a text field has the keyboard") {
    EditorRig rig;
    Editor& ed = rig.start_with("small.toml", kSmallFlow);
    const auto file = ed.file();
    ed.selection().select_only(1);
    rig.key(kit::Key::enter); // into the title field
    rig.step();
    REQUIRE(ImGui::GetIO().WantTextInput);
    rig.key(kit::Key::del);
    CHECK(ed.document().flow().nodes.size() == 3);
    rig.key(kit::Key::escape); // out of the field, back to the canvas
    CHECK_FALSE(ImGui::GetIO().WantTextInput);
    rig.key(kit::Key::del);
    CHECK(ed.document().flow().nodes.size() == 2);
}

TEST_CASE("arrow keys move the selection and Tab walks through the nodes") {
    EditorRig rig;
    Editor& ed = rig.start_with("small.toml", kSmallFlow);
    const auto file = ed.file();
    ed.selection().select_only(0);
    const auto before = *ed.document().flow().nodes[0].pos;
    rig.key(kit::Key::right);
    rig.key(kit::Key::right);
    rig.key(kit::Key::down);
    const auto after = *ed.document().flow().nodes[0].pos;
    CHECK(after[0] == doctest::Approx(before[0] + 40));
    CHECK(after[1] == doctest::Approx(before[1] + 20));
    rig.key(kit::Key::z, kCtrl);
    CHECK(*ed.document().flow().nodes[0].pos == before);
    rig.key(kit::Key::tab);
    CHECK(ed.selection().indices() == std::vector<std::size_t>{1});
    rig.key(kit::Key::tab, kit::mod_shift);
    rig.key(kit::Key::tab, kit::mod_shift);
    CHECK(ed.selection().indices() == std::vector<std::size_t>{2});
}

TEST_CASE("nodes copied in one flow paste into another") {
    EditorRig rig;
    const auto a = rig.home / "a.toml", b = rig.home / "b.toml";
    write_text(a, kSmallFlow);
    write_text(b, kSmallFlow);
    rig.start(a);
    rig.editor->selection().select_only(0);
    rig.key(kit::Key::c, kCtrl);
    Editor& second = rig.start(b);
    rig.key(kit::Key::v, kCtrl);
    REQUIRE(second.document().flow().nodes.size() == 4);
    CHECK(second.document().flow().nodes[3].id.value == "start-2");
    CHECK(second.selection().indices() == std::vector<std::size_t>{3});
}

TEST_CASE("unsaved work is kept privately and offered back after a crash") {
    EditorRig rig;
    const auto file = rig.home / "small.toml";
    write_text(file, kSmallFlow);
    const mode_t old_mask = ::umask(0);
    rig.start(file);
    rig.editor->selection().select_only(2);
    rig.key(kit::Key::del);
    rig.step({}, kAutosaveSeconds + 1.0);
    rig.step();
    rig.editor.reset(); // as if killed: nothing saved, nothing discarded
    ::umask(old_mask);
    const auto copy = recovery_path(file);
    REQUIRE(std::filesystem::exists(copy));
    struct stat st {};
    REQUIRE(::stat(copy.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    REQUIRE(::stat(copy.parent_path().c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0700);

    Editor& again = rig.start(file);
    REQUIRE(again.prompt() != nullptr);
    CHECK(again.prompt()->title == "Unsaved work found");
    again.answer(0);
    CHECK(again.document().flow().nodes.size() == 2);
    CHECK(again.document().dirty());
    rig.key(kit::Key::s, kCtrl);
    CHECK(node_count_in(file) == 2);
    CHECK_FALSE(std::filesystem::exists(copy));
}

TEST_CASE("closing with unsaved changes asks first") {
    EditorRig rig;
    Editor& ed = rig.start_with("small.toml", kSmallFlow);
    const auto file = ed.file();
    CHECK(ed.request_close());
    Editor& edited = rig.start(file);
    edited.selection().select_only(2);
    rig.key(kit::Key::del);
    rig.step({}, kAutosaveSeconds + 1.0);
    REQUIRE(rig.wait_for([&] { return std::filesystem::exists(recovery_path(file)); }));

    SUBCASE("Cancel keeps it open") {
        CHECK_FALSE(edited.request_close());
        REQUIRE(edited.prompt() != nullptr);
        edited.answer(2);
        CHECK_FALSE(edited.wants_close());
    }
    SUBCASE("Don't save closes and drops the recovery copy") {
        CHECK_FALSE(edited.request_close());
        edited.answer(1);
        CHECK(edited.wants_close());
        CHECK_FALSE(std::filesystem::exists(recovery_path(file)));
        CHECK(node_count_in(file) == 3);
    }
    SUBCASE("Save writes the file, then closes") {
        rig.key(kit::Key::q, kCtrl);
        REQUIRE(edited.prompt() != nullptr);
        rig.key(kit::Key::enter);
        CHECK(edited.wants_close());
        CHECK(node_count_in(file) == 2);
    }
}

TEST_CASE("a change on disk reloads a clean flow and asks when there are unsaved changes") {
    EditorRig rig;
    Editor& ed = rig.start_with("small.toml", kSmallFlow);
    const auto file = ed.file();
    std::string changed(kSmallFlow);
    changed.replace(changed.find("How are you?"), 12, "How are you today?");
    write_text(file, changed);
    rig.step({}, 1.0);
    rig.settle();
    CHECK(ed.document().flow().nodes[0].text == "How are you today?");
    CHECK_FALSE(ed.document().dirty());

    ed.selection().select_only(2);
    rig.key(kit::Key::del);
    changed.replace(changed.find("Take care."), 10, "Take good care.");
    write_text(file, changed);
    rig.step({}, 1.0);
    rig.settle();
    REQUIRE(ed.prompt() != nullptr);
    CHECK(ed.prompt()->title == "The file changed on disk");
    ed.answer(1);
    CHECK(ed.document().flow().nodes.size() == 3);
    CHECK(ed.document().flow().nodes[2].text == "Take good care.");
    CHECK_FALSE(ed.document().dirty());
    rig.key(kit::Key::z, kCtrl);
    CHECK(ed.document().flow().nodes.size() == 2); // the version that was being edited is back
}

TEST_CASE("a save keeps comments, asks nothing, and changes only what was edited") {
    EditorRig rig;
    const auto file = rig.home / "commented.toml";
    const std::string original =
        std::string("# a comment the save keeps\n") + std::string(kSmallFlow);
    write_text(file, original);
    Editor& ed = rig.start(file);
    rig.key(kit::Key::s, kCtrl); // nothing edited: the same bytes, no question asked
    CHECK(ed.prompt() == nullptr);
    CHECK(read_text(file) == original);
    ed.selection().select_only(2);
    rig.key(kit::Key::del);
    rig.key(kit::Key::s, kCtrl);
    CHECK(ed.prompt() == nullptr);
    CHECK(read_text(file).find("# a comment the save keeps") != std::string::npos);
    CHECK(node_count_in(file) == 2);
    rig.key(kit::Key::z, kCtrl);
    rig.key(kit::Key::s, kCtrl);
    CHECK(node_count_in(file) == 3);
    CHECK(read_text(file).find("# a comment the save keeps") != std::string::npos);
}

TEST_CASE("a file whose values could not all be read is not opened, and says where") {
    EditorRig rig;
    const auto file = rig.home / "wrong.toml";
    std::string text(kSmallFlow);
    text.replace(text.find("text = \"Good.\""), 14, "text = 42");
    write_text(file, text);
    Editor& ed = rig.start(file);
    REQUIRE(ed.prompt() != nullptr);
    CHECK(ed.prompt()->message.find("wrong.toml:") != std::string::npos);
    CHECK(ed.prompt()->message.find("[HF0203]") != std::string::npos);
    CHECK(ed.file().empty());
}

TEST_CASE("play from here walks from the selected node and follows the edits") {
    EditorRig rig;
    Editor& ed = rig.start_with("small.toml", kSmallFlow);
    const auto file = ed.file();
    ed.selection().select_only(0);
    rig.key(kit::Key::f5);
    REQUIRE(ed.play_panel().playing());
    CHECK(ed.play_panel().current_id() == std::optional<std::string>("start"));
    CHECK(ed.window_title().find("playing at 'start'") != std::string::npos);
    Node edited = ed.document().flow().nodes[0];
    edited.text = "How are you now?";
    ed.document().apply(edit_node(ed.document().flow(), 0, edited), "edit");
    rig.step();
    rig.step();
    CHECK(ed.play_panel().current_id() == std::optional<std::string>("start"));
    rig.key(kit::Key::f5, kit::mod_shift);
    CHECK_FALSE(ed.play_panel().playing());

    SUBCASE("but not while the flow has errors") {
        ed.document().apply(connect_choice(ed.document().flow(), 0, 0, NodeId{"nowhere"}), "break");
        rig.step();
        rig.key(kit::Key::f5);
        CHECK_FALSE(ed.play_panel().playing());
        CHECK(ed.notice().find("error") != std::string::npos);
    }
}

TEST_CASE("saving a hand-written flow with an edit that undoes itself writes the same bytes") {
    EditorRig rig;
    const auto file = rig.home / "heart.toml";
    const std::string original =
        read_text(std::filesystem::path(HEARTFLOW_SOURCE_DIR) / "flows/heart-of-the-matter.toml");
    write_text(file, original);
    Editor& ed = rig.start(file);
    ed.selection().select_only(0);
    rig.key(kit::Key::right);
    rig.key(kit::Key::left); // an edit that ends where it began: the flow is unchanged but unsaved
    rig.key(kit::Key::s, kCtrl);
    CHECK(read_text(file) == original); // the provisional layout is view state, not an edit
}

TEST_CASE("auto-layout places every node anew, in one undoable step") {
    EditorRig rig;
    Editor& ed = rig.start_with("small.toml", kSmallFlow);
    const auto file = ed.file();
    ed.selection().select_only(2);
    rig.key(kit::Key::down, kit::mod_shift);
    const Flow moved = ed.document().flow();
    rig.key(kit::Key::l, kCtrl);
    CHECK_FALSE(ed.document().flow() == moved);
    CHECK(ed.document().undo_label() == "Auto-layout");
    rig.key(kit::Key::z, kCtrl);
    CHECK(ed.document().flow() == moved);
}

TEST_CASE("find selects the first node whose words hold the query, and Enter goes to the next") {
    EditorRig rig;
    Editor& ed = rig.start_with("small.toml", kSmallFlow);
    const auto file = ed.file();
    rig.key(kit::Key::f, kCtrl);
    rig.step();
    REQUIRE(ImGui::GetIO().WantTextInput);
    // "e": the start's title ("Begin"), text ("How are you?") and labels ("Fine", "Not fine"),
    // then b's text ("Take care.").
    ImGui::GetIO().AddInputCharacter('e');
    rig.step();
    CHECK(ed.selection().indices() == std::vector<std::size_t>{0});
    for (int i = 0; i < 4; ++i) {
        CHECK(ed.selection().indices() == std::vector<std::size_t>{0});
        rig.key(kit::Key::enter);
        rig.step(); // the box takes the keyboard again over the next frames
        rig.step();
    }
    CHECK(ed.selection().indices() == std::vector<std::size_t>{2});
    rig.key(kit::Key::escape);
    rig.key(kit::Key::escape);
    CHECK_FALSE(ImGui::GetIO().WantTextInput);
    ImGui::GetIO().AddInputCharacter('x'); // with no field open, typing changes nothing
    rig.step();
    CHECK_FALSE(ed.document().dirty());
}

TEST_CASE("renaming a node in the inspector takes effect when the field is left, links following") {
    EditorRig rig;
    Editor& ed = rig.start_with("small.toml", kSmallFlow);
    ed.selection().select_only(2);
    rig.key(kit::Key::enter); // title
    rig.step();
    rig.key(kit::Key::tab, kit::mod_shift); // back to the id (the kind is not a text field)
    rig.step();
    REQUIRE(ImGui::GetIO().WantTextInput);
    for (char c : std::string("take_care"))
        ImGui::GetIO().AddInputCharacter(static_cast<unsigned>(c));
    rig.step();
    CHECK(ed.document().flow().nodes[2].id.value == "b"); // not while typing

    SUBCASE("by Enter") {
        rig.key(kit::Key::enter);
    }
    SUBCASE("by Escape") {
        rig.key(kit::Key::escape);
    }
    rig.step();
    CHECK(ed.document().flow().nodes[2].id.value == "take_care");
    CHECK(ed.document().flow().nodes[0].choices[1].target.value == "take_care");
    rig.key(kit::Key::z, kCtrl);
    CHECK(ed.document().flow().nodes[2].id.value == "b");
    CHECK(ed.document().flow().nodes[0].choices[1].target.value == "b");
}

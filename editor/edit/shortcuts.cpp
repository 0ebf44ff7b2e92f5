// The editor's key map.
#include "edit/shortcuts.h"

#include <vector>

namespace heartflow::editor {

namespace {

using kit::Key;

// Alt and Super do not change a shortcut; Shift and Ctrl must match.
constexpr int kIgnored = kit::mod_alt | kit::mod_super;

// A shortcut that also works while a text field has the keyboard.
Shortcut anywhere(Key key, int mods, EditorCommand command, std::string keys, std::string meaning) {
    return {{key, mods},       kIgnored,        command,           0,
            kit::When::always, std::move(keys), std::move(meaning)};
}

// A canvas shortcut: only while no text field has the keyboard.
Shortcut on_canvas(Key key, int mods, EditorCommand command, std::string keys,
                   std::string meaning) {
    return {{key, mods},           kIgnored,        command,           0,
            kit::When::not_typing, std::move(keys), std::move(meaning)};
}

} // namespace

std::span<const Shortcut> shortcut_table() {
    static const std::vector<Shortcut> rows = {
        anywhere(Key::f1, 0, EditorCommand::help, "F1", "Show or hide these shortcuts"),
        anywhere(Key::s, kit::mod_ctrl, EditorCommand::save, "Ctrl+S", "Save"),
        anywhere(Key::s, kit::mod_ctrl | kit::mod_shift, EditorCommand::save_as, "Ctrl+Shift+S",
                 "Save as..."),
        anywhere(Key::o, kit::mod_ctrl, EditorCommand::open, "Ctrl+O", "Open a flow"),
        anywhere(Key::n, kit::mod_ctrl, EditorCommand::new_flow, "Ctrl+N",
                 "New flow from a template"),
        anywhere(Key::z, kit::mod_ctrl, EditorCommand::undo, "Ctrl+Z",
                 "Undo (any edit, also after saving)"),
        anywhere(Key::y, kit::mod_ctrl, EditorCommand::redo, "Ctrl+Y", "Redo"),
        anywhere(Key::z, kit::mod_ctrl | kit::mod_shift, EditorCommand::redo, "Ctrl+Shift+Z",
                 "Redo"),
        anywhere(Key::f, kit::mod_ctrl, EditorCommand::find, "Ctrl+F",
                 "Find ids, titles, text and labels"),
        anywhere(Key::f5, 0, EditorCommand::play_from_here, "F5",
                 "Play from the selected node (or the start)"),
        anywhere(Key::f5, kit::mod_shift, EditorCommand::stop_playing, "Shift+F5", "Stop playing"),
        anywhere(Key::q, kit::mod_ctrl, EditorCommand::quit, "Ctrl+Q",
                 "Close the editor (asks when unsaved)"),
        on_canvas(Key::a, kit::mod_ctrl, EditorCommand::select_all, "Ctrl+A", "Select every node"),
        on_canvas(Key::d, kit::mod_ctrl, EditorCommand::duplicate, "Ctrl+D",
                  "Duplicate the selected nodes"),
        on_canvas(Key::c, kit::mod_ctrl, EditorCommand::copy, "Ctrl+C", "Copy the selected nodes"),
        on_canvas(Key::x, kit::mod_ctrl, EditorCommand::cut, "Ctrl+X", "Cut the selected nodes"),
        on_canvas(Key::v, kit::mod_ctrl, EditorCommand::paste, "Ctrl+V",
                  "Paste nodes (also from another flow)"),
        on_canvas(Key::del, 0, EditorCommand::remove, "Delete", "Delete the selected nodes"),
        on_canvas(Key::backspace, 0, EditorCommand::remove, "Backspace",
                  "Delete the selected nodes"),
        on_canvas(Key::insert, 0, EditorCommand::add_node, "Insert",
                  "Add a node: then 1-9 picks its kind (or double-click the canvas)"),
        on_canvas(Key::enter, 0, EditorCommand::edit_title, "Enter",
                  "Edit the selected node's title (Tab moves on to its text)"),
        on_canvas(Key::kp_enter, 0, EditorCommand::edit_title, "Enter", ""),
        on_canvas(Key::tab, 0, EditorCommand::select_next, "Tab",
                  "Select the next node (Shift+Tab: the one before)"),
        on_canvas(Key::tab, kit::mod_shift, EditorCommand::select_previous, "Shift+Tab", ""),
        on_canvas(Key::left, 0, EditorCommand::nudge_left, "Arrow keys",
                  "Move the selected nodes a little (Shift: further)"),
        on_canvas(Key::left, kit::mod_shift, EditorCommand::nudge_left, "", ""),
        on_canvas(Key::right, 0, EditorCommand::nudge_right, "", ""),
        on_canvas(Key::right, kit::mod_shift, EditorCommand::nudge_right, "", ""),
        on_canvas(Key::up, 0, EditorCommand::nudge_up, "", ""),
        on_canvas(Key::up, kit::mod_shift, EditorCommand::nudge_up, "", ""),
        on_canvas(Key::down, 0, EditorCommand::nudge_down, "", ""),
        on_canvas(Key::down, kit::mod_shift, EditorCommand::nudge_down, "", ""),
        on_canvas(Key::home, 0, EditorCommand::zoom_to_fit, "Home", "Zoom to fit the whole flow"),
        on_canvas(Key::l, kit::mod_ctrl, EditorCommand::auto_layout, "Ctrl+L",
                  "Auto-layout (top to bottom)"),
        on_canvas(Key::equal, 0, EditorCommand::zoom_in, "+", "Zoom in (or the mouse wheel)"),
        on_canvas(Key::equal, kit::mod_shift, EditorCommand::zoom_in, "", ""),
        on_canvas(Key::kp_add, 0, EditorCommand::zoom_in, "", ""),
        on_canvas(Key::minus, 0, EditorCommand::zoom_out, "-", "Zoom out"),
        on_canvas(Key::kp_subtract, 0, EditorCommand::zoom_out, "", ""),
        on_canvas(Key::d0, 0, EditorCommand::zoom_reset, "0", "Zoom to 100%"),
        on_canvas(Key::m, 0, EditorCommand::toggle_minimap, "M", "Show or hide the minimap"),
        anywhere(Key::equal, kit::mod_ctrl, EditorCommand::text_bigger, "Ctrl+plus",
                 "Bigger text in the editor (remembered)"),
        anywhere(Key::kp_add, kit::mod_ctrl, EditorCommand::text_bigger, "", ""),
        anywhere(Key::minus, kit::mod_ctrl, EditorCommand::text_smaller, "Ctrl+minus",
                 "Smaller text"),
        anywhere(Key::kp_subtract, kit::mod_ctrl, EditorCommand::text_smaller, "", ""),
        anywhere(Key::d0, kit::mod_ctrl, EditorCommand::text_reset, "Ctrl+0",
                 "Text size back to normal"),
        on_canvas(Key::escape, 0, EditorCommand::close_panel, "Escape",
                  "Close the open panel or overlay"),
    };
    return rows;
}

std::optional<EditorCommand> command_for(const kit::KeyPress& press, bool typing) {
    const Shortcut* row = kit::find_binding(shortcut_table(), press, typing);
    return row ? std::optional(row->command) : std::nullopt;
}

} // namespace heartflow::editor

// The editor's keyboard shortcuts: one table, used to turn key presses into commands and to
// list them in the F1 overlay. Canvas shortcuts apply only while no text field has the keyboard.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace heartflow::editor {

/// Everything a shortcut can ask the editor to do.
enum class EditorCommand {
    undo, redo, save, save_as, open, new_flow, find, help, play_from_here, stop_playing,
    select_all, duplicate, copy, cut, paste, remove, zoom_to_fit, auto_layout, zoom_in, zoom_out,
    zoom_reset, add_node, close_panel, quit, nudge_left, nudge_right, nudge_up, nudge_down,
    select_next, select_previous, edit_title,
};

/// One row of the shortcut table.
struct Shortcut {
    int key;                  ///< GLFW_KEY_* code.
    int mods;                 ///< GLFW_MOD_* bits that must be held (Shift is matched exactly).
    EditorCommand command;    ///< What it does.
    bool in_text;             ///< Also works while a text field has the keyboard.
    std::string_view keys;    ///< How the overlay writes it ("Ctrl+Shift+Z"); "" for a variant
                              ///< the overlay does not list (Shift+arrow).
    std::string_view meaning; ///< What it does, for the overlay ("" when listed with another row).
};

/// The whole table, in the order the overlay lists it.
[[nodiscard]] std::span<const Shortcut> shortcut_table();

/// The command for a key press, or nullopt. `typing` is true while a text field has the keyboard.
[[nodiscard]] std::optional<EditorCommand> command_for(int key, int mods, bool typing);

} // namespace heartflow::editor

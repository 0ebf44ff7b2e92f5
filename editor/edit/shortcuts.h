// The editor's keyboard shortcuts: one key map (kit/key_map.h), used to turn key presses into
// commands and to list them in the F1 overlay. Canvas shortcuts apply only while no text field has
// the keyboard.
#pragma once

#include "kit/key_map.h"

#include <optional>
#include <span>

namespace heartflow::editor {

/// Everything a shortcut can ask the editor to do.
enum class EditorCommand {
    undo,
    redo,
    save,
    save_as,
    open,
    new_flow,
    find,
    help,
    play_from_here,
    stop_playing,
    select_all,
    duplicate,
    copy,
    cut,
    paste,
    remove,
    zoom_to_fit,
    auto_layout,
    zoom_in,
    zoom_out,
    zoom_reset,
    add_node,
    close_panel,
    quit,
    nudge_left,
    nudge_right,
    nudge_up,
    nudge_down,
    select_next,
    select_previous,
    edit_title,
    text_bigger,
    text_smaller,
    text_reset,
    toggle_minimap,
};

/// One row of the editor's key map (the F1 overlay lists the rows whose keys are not "").
using Shortcut = kit::KeyBinding<EditorCommand>;

/// The whole table, in the order the overlay lists it.
[[nodiscard]] std::span<const Shortcut> shortcut_table();

/// The command for a key press, or nullopt. `typing` is true while a text field has the keyboard.
[[nodiscard]] std::optional<EditorCommand> command_for(const kit::KeyPress& press, bool typing);

} // namespace heartflow::editor

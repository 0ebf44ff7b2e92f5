// The shortcut table.
#include "edit/shortcuts.h"

#include <GLFW/glfw3.h>

namespace heartflow::editor {

namespace {

constexpr int kCtrl = GLFW_MOD_CONTROL;
constexpr int kShift = GLFW_MOD_SHIFT;

constexpr Shortcut kShortcuts[] = {
    {GLFW_KEY_F1, 0, EditorCommand::help, true, "F1", "Show or hide these shortcuts"},
    {GLFW_KEY_S, kCtrl, EditorCommand::save, true, "Ctrl+S", "Save"},
    {GLFW_KEY_S, kCtrl | kShift, EditorCommand::save_as, true, "Ctrl+Shift+S", "Save as..."},
    {GLFW_KEY_O, kCtrl, EditorCommand::open, true, "Ctrl+O", "Open a flow"},
    {GLFW_KEY_N, kCtrl, EditorCommand::new_flow, true, "Ctrl+N", "New flow from a template"},
    {GLFW_KEY_Z, kCtrl, EditorCommand::undo, true, "Ctrl+Z", "Undo (any edit, also after saving)"},
    {GLFW_KEY_Y, kCtrl, EditorCommand::redo, true, "Ctrl+Y", "Redo"},
    {GLFW_KEY_Z, kCtrl | kShift, EditorCommand::redo, true, "Ctrl+Shift+Z", "Redo"},
    {GLFW_KEY_F, kCtrl, EditorCommand::find, true, "Ctrl+F", "Find ids, titles, text and labels"},
    {GLFW_KEY_F5, 0, EditorCommand::play_from_here, true, "F5", "Play from the selected node (or the start)"},
    {GLFW_KEY_F5, kShift, EditorCommand::stop_playing, true, "Shift+F5", "Stop playing"},
    {GLFW_KEY_Q, kCtrl, EditorCommand::quit, true, "Ctrl+Q", "Close the editor (asks when unsaved)"},
    {GLFW_KEY_A, kCtrl, EditorCommand::select_all, false, "Ctrl+A", "Select every node"},
    {GLFW_KEY_D, kCtrl, EditorCommand::duplicate, false, "Ctrl+D", "Duplicate the selected nodes"},
    {GLFW_KEY_C, kCtrl, EditorCommand::copy, false, "Ctrl+C", "Copy the selected nodes"},
    {GLFW_KEY_X, kCtrl, EditorCommand::cut, false, "Ctrl+X", "Cut the selected nodes"},
    {GLFW_KEY_V, kCtrl, EditorCommand::paste, false, "Ctrl+V", "Paste nodes (also from another flow)"},
    {GLFW_KEY_DELETE, 0, EditorCommand::remove, false, "Delete", "Delete the selected nodes"},
    {GLFW_KEY_BACKSPACE, 0, EditorCommand::remove, false, "Backspace", "Delete the selected nodes"},
    {GLFW_KEY_INSERT, 0, EditorCommand::add_node, false, "Insert", "Add a node: then 1-6 picks its kind (or double-click the canvas)"},
    {GLFW_KEY_ENTER, 0, EditorCommand::edit_title, false, "Enter", "Edit the selected node's title (Tab moves on to its text)"},
    {GLFW_KEY_KP_ENTER, 0, EditorCommand::edit_title, false, "Enter", ""},
    {GLFW_KEY_TAB, 0, EditorCommand::select_next, false, "Tab", "Select the next node (Shift+Tab: the one before)"},
    {GLFW_KEY_TAB, kShift, EditorCommand::select_previous, false, "Shift+Tab", ""},
    {GLFW_KEY_LEFT, 0, EditorCommand::nudge_left, false, "Arrow keys", "Move the selected nodes a little (Shift: further)"},
    {GLFW_KEY_LEFT, kShift, EditorCommand::nudge_left, false, "", ""},
    {GLFW_KEY_RIGHT, 0, EditorCommand::nudge_right, false, "", ""},
    {GLFW_KEY_RIGHT, kShift, EditorCommand::nudge_right, false, "", ""},
    {GLFW_KEY_UP, 0, EditorCommand::nudge_up, false, "", ""},
    {GLFW_KEY_UP, kShift, EditorCommand::nudge_up, false, "", ""},
    {GLFW_KEY_DOWN, 0, EditorCommand::nudge_down, false, "", ""},
    {GLFW_KEY_DOWN, kShift, EditorCommand::nudge_down, false, "", ""},
    {GLFW_KEY_HOME, 0, EditorCommand::zoom_to_fit, false, "Home", "Zoom to fit the whole flow"},
    {GLFW_KEY_L, kCtrl, EditorCommand::auto_layout, false, "Ctrl+L", "Auto-layout (top to bottom)"},
    {GLFW_KEY_EQUAL, kCtrl, EditorCommand::zoom_in, false, "Ctrl+=", "Zoom in"},
    {GLFW_KEY_MINUS, kCtrl, EditorCommand::zoom_out, false, "Ctrl+-", "Zoom out"},
    {GLFW_KEY_0, kCtrl, EditorCommand::zoom_reset, false, "Ctrl+0", "Zoom to 100%"},
    {GLFW_KEY_ESCAPE, 0, EditorCommand::close_panel, false, "Escape", "Close the open panel or overlay"},
};

} // namespace

std::span<const Shortcut> shortcut_table() { return kShortcuts; }

std::optional<EditorCommand> command_for(int key, int mods, bool typing) {
    const int wanted = mods & (kCtrl | kShift);
    for (const Shortcut& s : kShortcuts)
        if (s.key == key && s.mods == wanted && (s.in_text || !typing)) return s.command;
    return std::nullopt;
}

} // namespace heartflow::editor

// Key bindings of the player. Repeats are ignored: holding Backspace goes back one step only.
#include "app/key_commands.h"

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <optional>

namespace heartflow::gui {

namespace {

std::optional<Command> ctrl_command(int key) {
    switch (key) {
    case GLFW_KEY_Q: return Command::quit;
    case GLFW_KEY_P: return Command::pause;
    case GLFW_KEY_EQUAL: case GLFW_KEY_KP_ADD: return Command::text_bigger;
    case GLFW_KEY_MINUS: case GLFW_KEY_KP_SUBTRACT: return Command::text_smaller;
    case GLFW_KEY_0: case GLFW_KEY_KP_0: return Command::text_reset;
    case GLFW_KEY_W: return Command::show_words;
    case GLFW_KEY_H: return Command::show_history;
    case GLFW_KEY_COMMA: return Command::show_comfort;
    case GLFW_KEY_T: return Command::cycle_theme;
    case GLFW_KEY_M: return Command::toggle_motion;
    case GLFW_KEY_E: return Command::export_transcript;
    case GLFW_KEY_ENTER: case GLFW_KEY_KP_ENTER: return Command::confirm;
    default: return std::nullopt;
    }
}

std::optional<KeyCommand> plain_command(int key) {
    if (key >= GLFW_KEY_1 && key <= GLFW_KEY_9) return KeyCommand{Command::choose, key - GLFW_KEY_0};
    if (key >= GLFW_KEY_KP_1 && key <= GLFW_KEY_KP_9) return KeyCommand{Command::choose, key - GLFW_KEY_KP_0};
    switch (key) {
    case GLFW_KEY_ENTER: case GLFW_KEY_KP_ENTER: return KeyCommand{Command::confirm, 0};
    case GLFW_KEY_BACKSPACE: return KeyCommand{Command::back, 0};
    case GLFW_KEY_ESCAPE: return KeyCommand{Command::close_panel, 0};
    default: return std::nullopt;
    }
}

} // namespace

std::vector<KeyCommand> key_commands(std::span<const KeyPress> presses) {
    std::vector<KeyCommand> out;
    bool typing = ImGui::GetIO().WantTextInput && ImGui::GetActiveID() != 0;
    for (const KeyPress& p : presses) {
        const bool ctrl = (p.mods & GLFW_MOD_CONTROL) != 0;
        const bool enter = p.key == GLFW_KEY_ENTER || p.key == GLFW_KEY_KP_ENTER;
        if (p.key == GLFW_KEY_F1) {
            out.push_back({Command::get_help, 0});
        } else if (ctrl) {
            if (typing && enter) {
                ImGui::ClearActiveID();
                typing = false;
            }
            if (auto c = ctrl_command(p.key)) out.push_back({*c, 0});
        } else if (typing) {
            if (p.key == GLFW_KEY_ESCAPE) {
                ImGui::ClearActiveID();
                typing = false;
            }
        } else if ((p.mods & (GLFW_MOD_ALT | GLFW_MOD_SUPER)) == 0) {
            if (auto c = plain_command(p.key)) out.push_back(*c);
        }
    }
    return out;
}

} // namespace heartflow::gui

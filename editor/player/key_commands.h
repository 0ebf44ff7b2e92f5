// Turns key presses into player commands (the key bindings live here).
#pragma once

#include "app/window.h"
#include "player/key_command.h"

#include <span>
#include <vector>

namespace heartflow::gui {

/// The commands for this frame's presses. Call after ImGui::NewFrame and before the views are
/// drawn. While a text box has the keyboard, digits, Enter and Backspace type into it; Escape
/// then leaves the box keeping its text (ImGui would otherwise revert it).
[[nodiscard]] std::vector<KeyCommand> key_commands(std::span<const KeyPress> presses);

} // namespace heartflow::gui

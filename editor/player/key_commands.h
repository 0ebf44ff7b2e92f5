// The player's key map (one table in the kit's format), turning key presses into player
// commands and writing the keys' help.
#pragma once

#include "kit/key_map.h"
#include "player/key_command.h"

#include <span>
#include <string>
#include <vector>

namespace heartflow::player {

/// Every key binding of the player, in the order help lists them.
[[nodiscard]] std::span<const kit::KeyBinding<Command>> player_key_map();

/// The commands for this frame's presses. Call after ImGui::NewFrame and before the views are
/// drawn. While a text box has the keyboard, digits, Enter and Backspace type into it; Escape
/// then leaves the box keeping its text (ImGui would otherwise revert it).
[[nodiscard]] std::vector<KeyCommand> key_commands(std::span<const kit::KeyPress> presses);

/// The keys for `heartflow help play`, wrapped lines ending in a line break.
[[nodiscard]] std::string player_keys_help();

} // namespace heartflow::player

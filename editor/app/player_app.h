// The windowed player's frame loop: window, fonts, scene passes and the Player view.
#pragma once

#include "player/player_options.h"

namespace heartflow::app {

/// Opens the window and runs the player until the person closes it. Returns the exit code.
int run_player_window(const player::PlayerOptions& options);

} // namespace heartflow::app

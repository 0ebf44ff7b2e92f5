// The comfort panel: text size, theme and reduced motion, all keyboard-reachable.
#pragma once

#include "player/comfort_settings.h"
#include "player/fonts.h"
#include "player/intent.h"

#include <string>

namespace heartflow::gui {

/// Draws the comfort panel for the settings in use; requests changes through `intent`.
void draw_comfort(const ComfortSettings& settings, const std::string& settings_file, const Fonts& fonts,
                  const Palette& palette, Intent& intent);

} // namespace heartflow::gui

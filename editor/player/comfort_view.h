// The comfort panel: text size, theme and reduced motion, all keyboard-reachable.
#pragma once

#include "kit/comfort_settings.h"
#include "kit/fonts.h"
#include "player/intent.h"

#include <string>

namespace heartflow::player {

/// Draws the comfort panel for the settings in use; requests changes through `intent`.
void draw_comfort(const kit::ComfortSettings& settings, const std::string& settings_file,
                  const kit::Fonts& fonts, const kit::Palette& palette, Intent& intent);

} // namespace heartflow::player

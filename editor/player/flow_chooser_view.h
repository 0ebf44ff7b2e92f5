// The chooser `heartflow play` opens with no flow named: the installed flows as large buttons,
// each with what it is for and how long it takes.
#pragma once

#include "heartflow/flow_catalog.h"
#include "kit/fonts.h"
#include "kit/theme.h"
#include "player/intent.h"

#include <vector>

namespace heartflow::player {

/// Draws the flows to choose from; a click sets `intent.choose` to the flow's 1-based number
/// (the keys 1-9 do the same through the player's key map).
void draw_flow_chooser(const std::vector<CatalogEntry>& flows, const kit::Fonts& fonts,
                       const kit::Palette& palette, Intent& intent);

} // namespace heartflow::player

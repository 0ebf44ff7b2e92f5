// The closing screen: the ending's words, the after check-in, the path taken, the person's own
// words, and ways to keep a transcript, begin again or close.
#pragma once

#include "heartflow/session.h"
#include "player/fonts.h"
#include "player/intent.h"
#include "player/theme.h"

namespace heartflow::gui {

/// Draws the closing screen of a finished session in the current column.
void draw_ending(Session& session, const Fonts& fonts, const Palette& palette, Intent& intent);

/// Draws the person's journal entries (title, then their words), skipping `except` if given.
/// Returns how many were drawn.
std::size_t draw_words(const Session& session, const Fonts& fonts, const Palette& palette,
                       std::optional<NodeIndex> except);

} // namespace heartflow::gui

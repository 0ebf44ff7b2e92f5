// The closing screen: the ending's words, the after check-in, the path taken, the person's own
// words, and ways to keep a transcript, begin again or close.
#pragma once

#include "heartflow/session.h"
#include "kit/fonts.h"
#include "kit/theme.h"
#include "player/choice_list.h"
#include "player/intent.h"

namespace heartflow::player {

/// Draws the closing screen of a finished session in the current column: the words scroll, and
/// the actions (transcript, start again, close) stay in view under them, their rectangles in
/// `drawn.actions`.
void draw_ending(Session& session, const kit::Fonts& fonts, const kit::Palette& palette,
                 Intent& intent, DrawnLayout& drawn);

/// Draws the person's journal entries (title, then their words), skipping `except` if given.
/// Returns how many were drawn.
std::size_t draw_words(const Session& session, const kit::Fonts& fonts, const kit::Palette& palette,
                       std::optional<NodeIndex> except);

} // namespace heartflow::player

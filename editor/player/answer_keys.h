// The keys at a scale or pick step: a digit rates (0-9) or toggles an item (1-9), Left and Right
// move the rating; elsewhere a digit chooses as always. And applying those answers to the walk.
#pragma once

#include "heartflow/session.h"
#include "player/intent.h"
#include "player/key_command.h"

namespace heartflow::player {

/// Puts what `key` (a digit or an arrow) means at the step `session` stands on into `intent`:
/// at a scale a rating (`rate`) or a step along it (`rate_step`), at a pick the item to toggle
/// (the number after the last item: the way on), elsewhere the choice of that number (a 0 or an
/// arrow: nothing).
void answer_intent(const Session& session, const KeyCommand& key, Intent& intent);

/// Applies `intent`'s rating, step along the scale and item toggle to the step `session` stands
/// on (a rating outside the scale, or an item it lacks, is ignored).
void apply_answer(Session& session, const Intent& intent);

} // namespace heartflow::player

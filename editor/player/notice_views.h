// Whole-column screens that are not a node: the flow's errors, and the offer to continue.
#pragma once

#include "heartflow/diagnostic.h"
#include "heartflow/session_store.h"
#include "kit/fonts.h"
#include "kit/theme.h"
#include "player/intent.h"

#include <string>
#include <vector>

namespace heartflow::player {

/// Shows why a flow cannot be played: each diagnostic formatted like a compiler, located in
/// `path`. `can_keep_going` adds a way back to the last version that worked.
void draw_flow_errors(const std::string& path, const std::vector<Diagnostic>& diagnostics,
                      bool can_keep_going, const kit::Fonts& fonts, const kit::Palette& palette,
                      Intent& intent);

/// Offers to continue a saved session: choice 1 continues, 2 starts fresh. `place` is the
/// title of the node it stopped at.
void draw_resume_offer(const StoredSession& saved, const std::string& place,
                       const kit::Fonts& fonts, const kit::Palette& palette, Intent& intent);

} // namespace heartflow::player

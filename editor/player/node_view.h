// The current node, drawn for what it is: on the help path the help lines first; then the text,
// a journal box, body prompt or breathing pacer, then the choices as large buttons.
#pragma once

#include "heartflow/help_lines.h"
#include "heartflow/session.h"
#include "kit/fonts.h"
#include "kit/theme.h"
#include "player/intent.h"
#include "player/scene.h"

#include <optional>
#include <string>
#include <vector>

namespace heartflow::player {

/// What the node view reads and may change this frame.
struct NodeViewContext {
    Session& session;                             ///< The walk (journal and check-in are set here).
    const kit::Fonts& fonts;                      ///< Built fonts.
    const kit::Palette& palette;                  ///< Theme colours.
    bool reduced_motion = false;                  ///< Still pacer, no animation.
    double seconds_at_node = 0.0;                 ///< Time since this node was entered.
    bool focus_journal = false;                   ///< Put the keyboard in the journal box now.
    std::string& journal;                         ///< Edit buffer of the current reflection.
    const HelpLines& help_lines;                  ///< Shown first on the help path.
};

/// Draws the current (non-ending) node in the current column. Returns the pacer to draw under
/// the interface, on a breathing node.
std::optional<PacerDraw> draw_node(NodeViewContext& ctx, Intent& intent);

} // namespace heartflow::player

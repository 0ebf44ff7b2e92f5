// The current node, drawn for what it is: on the help path the help lines first; then the text,
// a journal box, body prompt or breathing pacer, then the choices as large buttons, always in
// view.
#pragma once

#include "heartflow/help_lines.h"
#include "heartflow/session.h"
#include "kit/fonts.h"
#include "kit/theme.h"
#include "player/choice_list.h"
#include "player/intent.h"
#include "player/scene.h"

#include <optional>
#include <string>
#include <vector>

namespace heartflow::player {

/// What the node view reads and may change this frame.
struct NodeViewContext {
    Session& session;             ///< The walk (journal and check-in are set here).
    const kit::Fonts& fonts;      ///< Built fonts.
    const kit::Palette& palette;  ///< Theme colours.
    bool reduced_motion = false;  ///< Still pacer, no animation.
    double seconds_at_node = 0.0; ///< Time since this node was entered.
    bool focus_journal = false;   ///< Put the keyboard in the journal box now.
    std::string& journal;         ///< Edit buffer of the current reflection.
    const HelpLines& help_lines;  ///< Shown first on the help path.
    float& text_height;           ///< The text's height last frame; < 0 unknown.
    DrawnLayout& drawn;           ///< Receives the choices' rectangles.
};

/// Draws the current (non-ending) node in the rest of the current column: the choices take the
/// room they need at the bottom and the text above them scrolls when it does not fit. Returns
/// the pacer to draw under the interface, on a breathing node.
std::optional<PacerDraw> draw_node(NodeViewContext& ctx, Intent& intent);

} // namespace heartflow::player

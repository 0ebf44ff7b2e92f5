// What the person asked for this frame, by keyboard or mouse; the player applies it once.
#pragma once

#include "kit/theme.h"

#include <cstddef>
#include <cstdint>
#include <optional>

namespace heartflow::player {

/// A panel drawn in place of the walk: the person's words, history, comfort, help for a flow
/// with no help step, setting up local help lines, the calm screen after Pause and the keys.
enum class Panel { none, words, history, comfort, help, help_lines, paused, keys };

/// Requests gathered from the views and the keyboard during one frame.
struct Intent {
    std::optional<std::size_t> choose; ///< 1-based number of an available choice.
    std::optional<std::int64_t> rate;  ///< A rating for the scale step shown.
    std::int64_t rate_step = 0;        ///< Left (-1) or Right (+1) along the scale shown.
    std::optional<std::size_t> toggle; ///< 1-based item of the pick step shown, to (un)pick.
    bool confirm = false;              ///< Continue, when the node has exactly one way on.
    bool confirm_panel = false;        ///< Ctrl+Enter or Enter while a panel is open (Save there).
    bool back = false;                 ///< One step back.
    bool close = false;                ///< Save and close (Ctrl+Q, "Close").
    bool pause = false;                ///< Save and close, as "Pause".
    bool help = false;                 ///< Go to the help node.
    bool leave_help = false;           ///< Back from the help path to where the person was.
    bool restart = false;              ///< Begin the flow again (journal and ratings kept).
    bool export_transcript = false;    ///< Save the current session as Markdown.
    bool copy_transcript = false;      ///< Copy the current session's Markdown to the clipboard.
    std::optional<Panel> panel;        ///< Open this panel (Panel::none closes the open one).
    int text_step = 0;                 ///< +1 bigger, -1 smaller text.
    bool text_reset = false;           ///< Text size back to 1.0.
    bool cycle_theme = false;          ///< Next theme.
    std::optional<kit::Theme> theme;   ///< This theme.
    bool toggle_motion = false;        ///< Reduced motion on/off.
};

} // namespace heartflow::player

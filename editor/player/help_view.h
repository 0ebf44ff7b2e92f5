// The window player's help screens: the help lines first on every step of the help path, the
// help-path ending (lines, a calm sentence, the way back; no rating, recap or journal), help for
// a flow with no help step, and the screen where a person sets up their own local help lines.
#pragma once

#include "heartflow/help_lines.h"
#include "heartflow/session.h"
#include "kit/fonts.h"
#include "kit/theme.h"
#include "player/choice_list.h"
#include "player/intent.h"

#include <optional>
#include <string>
#include <vector>

namespace heartflow::player {

/// Draws the help lines (or the default text when none are set up) and, when the person has no
/// lines of their own yet, a smaller way to set them up.
void draw_help_lines(const HelpLines& lines, const kit::Fonts& fonts, const kit::Palette& palette,
                     Intent& intent);

/// Draws a help-path ending: the lines, the ending's words and a calm sentence, which scroll, and
/// under them the way back, always in view (its rectangle goes to `drawn.actions`).
void draw_help_ending(const Session& session, const HelpLines& lines, const kit::Fonts& fonts,
                      const kit::Palette& palette, Intent& intent, DrawnLayout& drawn);

/// Draws help for a flow with no help step of its own: the lines and, always in view under
/// them, the way back to the flow.
void draw_help_panel(const HelpLines& lines, const kit::Fonts& fonts, const kit::Palette& palette,
                     Intent& intent, DrawnLayout& drawn);

/// Draws the calm screen shown after Pause: the place is saved; go on, or close (always in view).
void draw_paused(const kit::Fonts& fonts, const kit::Palette& palette, Intent& intent,
                 DrawnLayout& drawn);

/// What Enter does on a help-path ending: back to where the person left the flow or, when the
/// walk began on the help path, begin the flow.
[[nodiscard]] std::string_view help_ending_action(const Session& session);

/// The screen that sets up the person's own help lines: one box, a line each, Save and Cancel.
class HelpLinesSetup {
public:
    /// Starts editing from the lines the person has now.
    void open(const std::vector<std::string>& current);
    /// Draws the screen. Returns the lines to save when the person pressed Save.
    [[nodiscard]] std::optional<std::vector<std::string>>
    draw(const kit::Fonts& fonts, const kit::Palette& palette, Intent& intent);

private:
    std::string text_;
    bool focus_ = false;
};

} // namespace heartflow::player

// The window player's help screens: the help lines first on every step of the help path, the
// help-path ending (lines, a calm sentence, the way back; no rating, recap or journal), help for
// a flow with no help step, and the screen where a person sets up their own local help lines.
#pragma once

#include "heartflow/help_lines.h"
#include "heartflow/session.h"
#include "kit/fonts.h"
#include "kit/theme.h"
#include "player/intent.h"

#include <optional>
#include <string>
#include <vector>

namespace heartflow::player {

/// Draws the help lines (or the default text when none are set up) and, when the person has no
/// lines of their own yet, a smaller way to set them up.
void draw_help_lines(const HelpLines& lines, const kit::Fonts& fonts, const kit::Palette& palette,
                     Intent& intent);

/// Draws a help-path ending: the lines, the ending's words, a calm sentence and the way back.
void draw_help_ending(const Session& session, const HelpLines& lines, const kit::Fonts& fonts,
                      const kit::Palette& palette, Intent& intent);

/// Draws help for a flow with no help step of its own: the lines and the way back to the flow.
void draw_help_panel(const HelpLines& lines, const kit::Fonts& fonts, const kit::Palette& palette,
                     Intent& intent);

/// Draws the calm screen shown after Pause: the place is saved; go on, or close.
void draw_paused(const kit::Fonts& fonts, const kit::Palette& palette, Intent& intent);

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

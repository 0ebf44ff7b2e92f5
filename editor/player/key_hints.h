// The player's footer: the keys that mean something on this screen, written from the key map's
// rows, most needed first, and the list of every key (F2).
#pragma once

#include "kit/fonts.h"
#include "kit/theme.h"
#include "player/intent.h"

#include <cstddef>
#include <string>
#include <vector>

namespace heartflow::player {

/// What the footer's hints depend on.
struct HintContext {
    std::size_t choices = 0;  ///< Choices of the step on screen (0 on an ending or a panel).
    bool typing = false;      ///< A text box has the keyboard.
    bool can_go_back = false; ///< There is a step to go back to.
    bool panel_open = false;  ///< A panel is drawn in place of the walk.
    bool preview = false;     ///< A preview in the editor (Shift+F5 stops it).
    std::string enter_does;   ///< What Enter does where no choice is on screen ("" nothing).
};

/// The footer's hints for this screen, most needed first ("1-9 choose", "F1 get help now").
[[nodiscard]] std::vector<std::string> footer_hints(const HintContext& context);

/// The first hints of `hints` joined by " · " that fit in `width` pixels of `font`; "" when
/// not even one fits.
[[nodiscard]] std::string hint_line(const std::vector<std::string>& hints, ImFont* font,
                                    float width);

/// Draws the list of every key, with Done beside the heading.
void draw_keys_panel(const kit::Fonts& fonts, const kit::Palette& palette, Intent& intent);

} // namespace heartflow::player

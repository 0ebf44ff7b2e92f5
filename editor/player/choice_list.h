// A step's choices kept in view: how densely they are laid out to fit the room under the text
// (roomy, then compact, then two columns), drawing them, and the rectangles they took, which
// tests read to check that every choice is on screen.
#pragma once

#include "kit/theme.h"

#include <imgui.h>

#include <array>
#include <string_view>
#include <vector>

namespace heartflow::player {

/// How the choices are laid out: padding around each label (a fraction of the font size), the
/// number of columns and the font.
struct ChoiceFit {
    float padding = 0.7f;   ///< Space around a label, as a fraction of the font size.
    int columns = 1;        ///< 1, or 2 when one column does not fit.
    int smaller = 0;        ///< 0: the reading font; 1: the interface font; 2: the hint font.
    float height = 0.0f;    ///< The height the choices take, in pixels.
    ImFont* font = nullptr; ///< The font the labels are drawn in.
};

/// Where the player drew things last frame, in screen pixels.
struct DrawnLayout {
    ImVec2 column_min, column_max;                  ///< The visible reading column.
    std::vector<std::pair<ImVec2, ImVec2>> choices; ///< Each choice's rectangle, in order.
    std::vector<std::pair<ImVec2, ImVec2>> actions; ///< A screen's kept-in-view actions.
    bool text_scrolls = false;                      ///< The step's text is taller than its room.
};

/// The roomiest layout of `labels` in `width` that fits `room` pixels of height, in the fonts
/// of `fonts` from largest (reading) to smallest; the densest when none does. `compact` skips
/// the roomier layouts, to leave more room to a text that has to scroll.
[[nodiscard]] ChoiceFit fit_choices(const std::vector<std::string_view>& labels,
                                    const std::array<ImFont*, 3>& fonts, float width, float room,
                                    bool compact = false);

/// Draws the choices as `fit` lays them out from the cursor, full width, and appends their
/// rectangles to `drawn`. Returns the 1-based number of the choice pressed, or 0.
std::size_t draw_choice_list(const std::vector<std::string_view>& labels, const ChoiceFit& fit,
                             const kit::Palette& palette,
                             std::vector<std::pair<ImVec2, ImVec2>>& drawn);

} // namespace heartflow::player

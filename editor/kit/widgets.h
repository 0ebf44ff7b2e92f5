// Large, calm widgets shared by the player's views: wrapped text, big choice buttons, the 0-10
// rating strip. ImGui only.
#pragma once

#include "kit/fonts.h"
#include "kit/theme.h"

#include <imgui.h>

#include <optional>
#include <string>
#include <string_view>

namespace heartflow::kit {

/// Starts a frame of widgets (call before drawing any of them).
void begin_widgets_frame();

/// True when a focused widget was pressed with Enter this frame, so Enter means nothing else.
[[nodiscard]] bool enter_taken_by_widget();

/// Text wrapped to the current column width, in `font` and `colour`.
void wrapped_text(ImFont* font, std::string_view text, const ImVec4& colour);

/// A choice button whose label wraps; `number` (1-9) is shown as a key badge. `padding` is the
/// space around the label, as a fraction of the font size (smaller: denser); `width` 0 fills the
/// column. Returns true when clicked or activated from the keyboard (Space on focus).
bool choice_button(const char* id, std::string_view label, std::optional<int> number, ImFont* font,
                   const Palette& palette, float padding = 0.7f, float width = 0.0f);

/// The height choice_button takes for `label` at `width`, with or without a number badge.
[[nodiscard]] float choice_button_height(std::string_view label, bool numbered, ImFont* font,
                                         float padding, float width);

/// A compact button sized to its label, in `font`. Returns true when pressed.
bool small_button(const char* label, ImFont* font, const Palette& palette,
                  const ImVec4* fill = nullptr);

/// The ratings a rating strip offers and the words under its ends.
struct RatingScale {
    int min = 0;                            ///< The lowest rating.
    int max = 10;                           ///< The highest rating.
    std::string_view low = "calm";          ///< Under the lowest end.
    std::string_view high = "overwhelming"; ///< Under the highest end.
    float most_height = 0.0f;               ///< The most height the strip may take (0: no limit).
};

/// Rows of numbered buttons from `scale.min` to `scale.max` (0..10 by default, for the "how big
/// does this feel" check-in), as many to a row as fit the column at a size still easy to hit,
/// with the chosen one marked and the end words under them. Returns the rating picked this
/// frame, if any.
std::optional<int> rating_strip(const char* id, std::optional<int> current, const Fonts& fonts,
                                const Palette& palette, const RatingScale& scale = {});

/// The height rating_strip takes for `scale` in a column `width` wide.
[[nodiscard]] float rating_strip_height(const Fonts& fonts, float width,
                                        const RatingScale& scale = {});

/// Puts the next small button for `label` on the same line as the last item when it fits there.
void same_line_if_fits(const char* label, ImFont* font);

/// The width of a button showing `label` in `font`, frame padding included.
[[nodiscard]] float button_width(const char* label, ImFont* font);

/// Draws a keyboard focus ring around the last item when keyboard navigation is showing.
void focus_ring(const Palette& palette);

/// Vertical breathing room, as a fraction of the body font size.
void gap(float lines);

} // namespace heartflow::kit

// Colour themes of the windowed views: light, dark and high contrast, as ImGui styles and palettes.
#pragma once

#include <imgui.h>

#include <optional>
#include <string_view>

namespace heartflow::kit {

/// A colour theme the person can choose.
enum class Theme { light, dark, high_contrast };

/// The theme's name as written in the comfort file ("light", "dark", "high-contrast").
[[nodiscard]] const char* theme_name(Theme theme);

/// Parses a theme name; nullopt when it is not one of the three.
[[nodiscard]] std::optional<Theme> parse_theme(std::string_view name);

/// The colours a theme paints with (ImGui widgets, the shader background and the pacer).
struct Palette {
    ImVec4 background_top;    ///< Background gradient, top of the window.
    ImVec4 background_bottom; ///< Background gradient, bottom of the window.
    ImVec4 glow;              ///< Slow soft glow drawn by the background shader.
    ImVec4 text;              ///< Reading text.
    ImVec4 text_soft;         ///< Secondary text: hints, prompts, dates.
    ImVec4 button;            ///< Choice button fill.
    ImVec4 button_hover;      ///< Choice button fill under the mouse.
    ImVec4 button_active;     ///< Choice button fill while pressed.
    ImVec4 border;            ///< Button and panel outlines.
    ImVec4 focus;             ///< Keyboard focus ring.
    ImVec4 panel;             ///< Panels drawn over the background (words, history, comfort).
    ImVec4 help;              ///< The "Get help now" button.
    ImVec4 pacer;             ///< The breathing pacer's colour.
};

/// The palette of a theme.
[[nodiscard]] const Palette& palette(Theme theme);

/// The colour of text on a filled button (the "Get help now" button).
[[nodiscard]] ImVec4 text_on_fill();

/// A filled button's colour under the mouse.
[[nodiscard]] ImVec4 fill_hovered(const ImVec4& fill);

/// A filled button's colour while pressed.
[[nodiscard]] ImVec4 fill_pressed(const ImVec4& fill);

/// Sets ImGui's style colours and sizes for a theme; `scale` multiplies paddings and rounding.
void apply_theme(Theme theme, float scale);

} // namespace heartflow::kit

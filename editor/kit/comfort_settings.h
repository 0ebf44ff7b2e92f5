// Comfort settings the person chooses once and keeps: text size, theme, reduced motion. Kept in
// $XDG_CONFIG_HOME/heartflow/comfort.toml as a few `key = value` lines.
#pragma once

#include "player/theme.h"

#include <filesystem>
#include <string>

namespace heartflow::gui {

/// Smallest and largest text scale, and the step Ctrl+plus / Ctrl+minus take.
inline constexpr float kMinTextScale = 0.8f;
inline constexpr float kMaxTextScale = 2.0f;
inline constexpr float kTextScaleStep = 0.1f;

/// The remembered comfort settings.
struct ComfortSettings {
    float text_scale = 1.0f;      ///< Multiplies every text size; kMinTextScale..kMaxTextScale.
    Theme theme = Theme::light;   ///< Colour theme.
    bool reduced_motion = false;  ///< No animation at all (background and pacer stand still).
    friend bool operator==(const ComfortSettings&, const ComfortSettings&) = default;
};

/// Reads settings from `file`; missing file or unknown lines give the defaults for those keys.
[[nodiscard]] ComfortSettings load_comfort(const std::filesystem::path& file);

/// The settings as the file's text.
[[nodiscard]] std::string encode_comfort(const ComfortSettings& settings);

/// Parses the file's text (lenient: bad lines are ignored).
[[nodiscard]] ComfortSettings decode_comfort(const std::string& text);

/// Writes settings to `file` atomically (creating its folder); returns an error sentence or "".
[[nodiscard]] std::string save_comfort(const std::filesystem::path& file, const ComfortSettings& settings);

/// The text scale one step bigger (+1) or smaller (-1), clamped and rounded to a step.
[[nodiscard]] float step_text_scale(float scale, int direction);

} // namespace heartflow::gui

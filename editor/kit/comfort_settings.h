// Comfort settings the person chooses once and keeps: text size, theme, reduced motion. Kept in
// $XDG_CONFIG_HOME/heartflow/comfort.toml, a settings file (heartflow/settings_file.h).
#pragma once

#include "kit/theme.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace heartflow::kit {

/// Smallest and largest text scale, and the step Ctrl+plus / Ctrl+minus take.
inline constexpr float kMinTextScale = 0.8f;
inline constexpr float kMaxTextScale = 2.0f;
inline constexpr float kTextScaleStep = 0.1f;

/// The remembered comfort settings.
struct ComfortSettings {
    float text_scale = 1.0f;     ///< Multiplies every text size; kMinTextScale..kMaxTextScale.
    Theme theme = Theme::light;  ///< Colour theme.
    bool reduced_motion = false; ///< No animation at all (background and pacer stand still).
    friend bool operator==(const ComfortSettings&, const ComfortSettings&) = default;
};

/// Reads settings from `file`; a missing file gives the defaults, and a setting that cannot be
/// read keeps its default and is reported on stderr as "path:line:col: warning: ...".
[[nodiscard]] ComfortSettings load_comfort(const std::filesystem::path& file);

/// The settings as the file's text.
[[nodiscard]] std::string encode_comfort(const ComfortSettings& settings);

/// Parses the file's text, called `path` in the located `warnings` about what it skipped.
[[nodiscard]] ComfortSettings decode_comfort(std::string_view text, std::string_view path,
                                             std::vector<std::string>& warnings);

/// Writes settings to `file` atomically and owner-only (creating its folder); returns an error
/// sentence or "".
[[nodiscard]] std::string save_comfort(const std::filesystem::path& file,
                                       const ComfortSettings& settings);

/// The text scale one step bigger (+1) or smaller (-1), clamped and rounded to a step.
[[nodiscard]] float step_text_scale(float scale, int direction);

} // namespace heartflow::kit

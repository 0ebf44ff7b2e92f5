// The editor's own settings, kept between runs in $XDG_CONFIG_HOME/heartflow/editor.toml, a
// settings file (heartflow/settings_file.h) like the player's comfort.toml: its text size
// (Ctrl+plus, Ctrl+minus, Ctrl+0) and whether the minimap shows.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace heartflow::editor {

/// What the editor remembers.
struct EditorSettings {
    float text_scale = 1.0f;  ///< Multiplies every text size; kit::kMinTextScale..kMaxTextScale.
    bool show_minimap = true; ///< The minimap in the canvas's corner.
    friend bool operator==(const EditorSettings&, const EditorSettings&) = default;
};

/// Where the settings are kept.
[[nodiscard]] std::filesystem::path default_editor_settings_file();

/// The settings in `text` (called `path` in the located `warnings` about what was skipped).
[[nodiscard]] EditorSettings decode_editor_settings(std::string_view text, std::string_view path,
                                                    std::vector<std::string>& warnings);

/// The settings in `file`: the defaults when it is missing; what cannot be read keeps its
/// default and is reported on stderr as "path:line:col: warning: ...".
[[nodiscard]] EditorSettings load_editor_settings(const std::filesystem::path& file);

/// Writes the settings to `file` atomically and owner-only; returns an error sentence or "".
[[nodiscard]] std::string save_editor_settings(const std::filesystem::path& file,
                                               const EditorSettings& settings);

} // namespace heartflow::editor

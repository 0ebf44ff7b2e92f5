// The tiny `key = value` format of heartflow's settings files (comfort.toml, present-keys.toml):
// one setting a line, `#` starts a comment line, a value may be in double quotes. Read leniently:
// what cannot be read is reported by line and skipped, never fatal.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace heartflow::gui {

/// One `key = value` line, trimmed, with the quotes around the value removed.
struct SettingLine {
    std::size_t line = 0; ///< 1-based line number in the file.
    std::string key;      ///< Text before the first '='.
    std::string value;    ///< Text after it.
};

/// What a settings text holds.
struct SettingsText {
    std::vector<SettingLine> settings;   ///< The settings, in file order.
    std::vector<std::size_t> unreadable; ///< 1-based numbers of lines that are not `key = value`.
};

/// Splits `text` into settings; blank lines and `#` comments are skipped.
[[nodiscard]] SettingsText parse_settings_text(std::string_view text);

/// The whole content of a text file; empty when it cannot be read (e.g. it does not exist).
[[nodiscard]] std::optional<std::string> read_settings_file(const std::filesystem::path& file);

} // namespace heartflow::gui

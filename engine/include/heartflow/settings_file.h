// Settings files ($XDG_CONFIG_HOME/heartflow/comfort.toml, present-keys.toml): flat TOML documents
// of `key = value` lines, read through the guarded parser and written atomically, owner-only.
// Reading is forgiving: a line TOML cannot read, an unknown key or a value of the wrong type is
// reported as "path:line:col: warning: ..." and skipped; everything else still applies.
#pragma once

#include "heartflow/atomic_file.h"
#include "heartflow/source_range.h"

#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace heartflow {

/// The type a setting's value must have.
enum class SettingType {
    string,  ///< A TOML string.
    boolean, ///< true or false.
    number,  ///< An integer or a float, read as double.
};

/// One key a settings file may hold, with the type of its value.
struct SettingSpec {
    std::string_view key; ///< The bare key.
    SettingType type;     ///< What its value must be.
};

/// One setting read from a file: a known key with a value of its spec's type.
struct Setting {
    std::string key;                               ///< The key, as the spec names it.
    std::variant<std::string, bool, double> value; ///< The value, of the spec's type.
    SourcePos pos;                                 ///< Where the key is written.
};

/// What a settings file held.
struct SettingsRead {
    bool found = false;                ///< The file exists and could be read.
    std::vector<Setting> settings;     ///< The readable settings, in file order.
    std::vector<std::string> warnings; ///< Located sentences for what was skipped, in file order.
};

/// Reads settings text called `path` in warnings, keeping the keys of `specs`.
[[nodiscard]] SettingsRead read_settings_text(std::string_view text, std::string_view path,
                                              std::span<const SettingSpec> specs);

/// Reads `file` as read_settings_text does; found is false (and nothing is warned) when the file
/// does not exist or cannot be read.
[[nodiscard]] SettingsRead read_settings_file(const std::filesystem::path& file,
                                              std::span<const SettingSpec> specs);

/// "path:line:col: warning: message", for a problem a caller finds in a setting's value.
[[nodiscard]] std::string settings_warning(std::string_view path, SourcePos pos,
                                           std::string_view message);

/// Replaces `file` with `text` atomically and owner-only (0600), making its folder (0700) first.
[[nodiscard]] WriteStatus write_settings_file(const std::filesystem::path& file,
                                              std::string_view text);

} // namespace heartflow

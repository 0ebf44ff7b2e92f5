// Where heartflow keeps a person's settings (comfort, help lines, keys, recent files).
#pragma once

#include <filesystem>

namespace heartflow {

/// The folder heartflow keeps settings in: $XDG_CONFIG_HOME/heartflow, else ~/.config/heartflow
/// (relative XDG values are ignored, as the XDG spec says).
[[nodiscard]] std::filesystem::path default_config_dir();

} // namespace heartflow

// Flag helpers every windowed subcommand shares (play, edit, present): --flag=value spelling,
// --text-size and --size values.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace heartflow::kit {

/// The arguments with each "--flag=value" split into "--flag" "value".
[[nodiscard]] std::vector<std::string> split_flag_values(const std::vector<std::string>& args);

/// Parses a --text-size value: a number from kMinTextScale to kMaxTextScale; nullopt otherwise.
[[nodiscard]] std::optional<float> parse_text_scale(const std::string& text);

/// Parses a --size value "WIDTHxHEIGHT" (640x480 to 8192x8192) into `width` and `height`;
/// false (and both unchanged) when it is not one.
[[nodiscard]] bool parse_window_size(const std::string& text, int& width, int& height);

} // namespace heartflow::kit

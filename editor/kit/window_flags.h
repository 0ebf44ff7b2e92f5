// Flag helpers every windowed subcommand shares (play, edit, present): their command line read by
// the one argument parser (cli/args), and the --text-size and --size values.
#pragma once

#include "arguments.h"

#include <optional>
#include <set>
#include <string>
#include <variant>
#include <vector>

namespace heartflow::kit {

/// Parses the arguments after `command` with cli::parse_arguments (so "--flag=value" works too)
/// and refuses an unknown flag, a flag without its value and a second file, each with a sentence.
[[nodiscard]] std::variant<cli::Arguments, std::string>
parse_window_arguments(const std::string& command, const std::vector<std::string>& args,
                       const std::set<std::string>& boolean_flags,
                       const std::set<std::string>& value_flags);

/// Parses a --text-size value: a number from kMinTextScale to kMaxTextScale; nullopt otherwise.
[[nodiscard]] std::optional<float> parse_text_scale(const std::string& text);

/// Parses a --size value "WIDTHxHEIGHT" (640x480 to 8192x8192) into `width` and `height`;
/// false (and both unchanged) when it is not one.
[[nodiscard]] bool parse_window_size(const std::string& text, int& width, int& height);

} // namespace heartflow::kit

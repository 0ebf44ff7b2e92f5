// The one parser of subcommand arguments: files, boolean flags and flags with a value. A leaf
// library (heartflow_args: no engine, no graphics) that heartflow, its siblings and the windowed
// commands (through kit/window_flags.h) share.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace heartflow::cli {

/// Parsed subcommand arguments.
struct Arguments {
    std::vector<std::string> files;            ///< Positional arguments, in order.
    std::set<std::string> flags;               ///< Boolean flags given (e.g. "--check").
    std::map<std::string, std::string> values; ///< Flags with a value ("--choose" -> "1,2").
    std::vector<std::string> unknown;          ///< Flags not expected, as given.
};

/// Parses `args`: `boolean_flags` take no value; `value_flags` take the next argument or
/// `--flag=value`. "--" ends flags. Returns an error sentence on a missing value.
[[nodiscard]] std::optional<std::string> parse_arguments(const std::vector<std::string>& args,
                                                         const std::set<std::string>& boolean_flags,
                                                         const std::set<std::string>& value_flags,
                                                         Arguments& out);

/// Prints "heartflow CMD: message" and a pointer to the command's help; returns kExitUsage.
int usage_error(const std::string& command, const std::string& message);

} // namespace heartflow::cli

// The help texts of `heartflow --help` and `heartflow help CMD`.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace heartflow::cli {

/// The overview printed by `heartflow --help`.
[[nodiscard]] std::string overview_help();

/// The help of one subcommand (or of the "codes" topic); nullopt when there is no such command.
[[nodiscard]] std::optional<std::string> command_help(std::string_view command);

} // namespace heartflow::cli

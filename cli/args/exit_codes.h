// The exit codes of heartflow and its sibling executables.
#pragma once

namespace heartflow::cli {

/// Exit code: success.
inline constexpr int kExitOk = 0;
/// Exit code: the input had errors (or a test or check failed).
inline constexpr int kExitFailure = 1;
/// Exit code: the command line itself was wrong.
inline constexpr int kExitUsage = 2;

} // namespace heartflow::cli

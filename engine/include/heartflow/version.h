// The version of heartflow.
#pragma once

namespace heartflow {

/// The program version, "major.minor.patch".
inline constexpr const char* kVersion = "0.1.0";

} // namespace heartflow

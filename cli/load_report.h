// Loading a flow file for a command and printing what the loader said, compiler style.
#pragma once

#include <heartflow/loader.h>

#include <cstdio>
#include <string>

namespace heartflow::cli {

/// How many errors and warnings were printed.
struct DiagnosticCounts {
    std::size_t errors = 0;   ///< Diagnostics of severity error.
    std::size_t warnings = 0; ///< Diagnostics of severity warning.
};

/// Prints each diagnostic as "path:line:col: error: message [code]" to `stream`; adds to `counts`.
void print_diagnostics(const std::string& path, const std::vector<Diagnostic>& diagnostics,
                       std::FILE* stream, DiagnosticCounts& counts);

/// Loads `path`, printing its diagnostics to `stream` (warnings too when `show_warnings`).
[[nodiscard]] LoadedFlow load_and_report(const std::string& path, std::FILE* stream,
                                         bool show_warnings, DiagnosticCounts& counts);

} // namespace heartflow::cli

// Loading and printing diagnostics for the commands.
#include "load_report.h"

namespace heartflow::cli {

void print_diagnostics(const std::string& path, const std::vector<Diagnostic>& diagnostics,
                       std::FILE* stream, DiagnosticCounts& counts) {
    for (const Diagnostic& d : diagnostics) {
        (d.severity == Severity::error ? counts.errors : counts.warnings)++;
        std::fprintf(stream, "%s\n", format_diagnostic(path, d).c_str());
    }
}

LoadedFlow load_and_report(const std::string& path, std::FILE* stream, bool show_warnings,
                           DiagnosticCounts& counts) {
    LoadedFlow loaded = load_flow_file(path);
    std::vector<Diagnostic> shown;
    for (const Diagnostic& d : loaded.diagnostics)
        if (show_warnings || d.severity == Severity::error) shown.push_back(d);
    print_diagnostics(path, shown, stream, counts);
    return loaded;
}

} // namespace heartflow::cli

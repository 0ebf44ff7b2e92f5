// `heartflow fmt FILE... [--check]`: canonical form, every comment kept (flow_text.h).
#include "arguments.h"
#include "commands.h"
#include "load_report.h"

#include <heartflow/flow_text.h>
#include <heartflow/writer.h>

#include <algorithm>

namespace heartflow::cli {

namespace {

enum class Outcome { unchanged, changed, refused };

Outcome format_file(const std::string& file, bool check_only) {
    auto bytes = read_flow_bytes(file);
    DiagnosticCounts counts;
    if (auto* d = std::get_if<Diagnostic>(&bytes)) {
        print_diagnostics(file, {*d}, stderr, counts);
        return Outcome::refused;
    }
    const std::string& original = std::get<std::string>(bytes);
    ParseResult parsed = parse_flow(original);
    std::vector<Diagnostic> blocking;
    std::copy_if(parsed.diagnostics.begin(), parsed.diagnostics.end(), std::back_inserter(blocking),
                 [](const Diagnostic& d) {
                     return d.severity == Severity::error || d.code == DiagCode::unknown_key;
                 });
    if (!parsed.flow || !blocking.empty()) {
        print_diagnostics(file, blocking, stderr, counts);
        std::fprintf(stderr,
                     "%s: not formatted: fix the problems above first (fmt never drops what it "
                     "cannot read)\n",
                     file.c_str());
        return Outcome::refused;
    }
    std::optional<std::string> canonical = format_flow_text(original, *parsed.flow);
    if (!canonical) {
        std::fprintf(
            stderr,
            "%s: not formatted: its comments sit in a shape fmt cannot keep them in (nodes "
            "written as inline tables or dotted keys); the file was not changed\n",
            file.c_str());
        return Outcome::refused;
    }
    if (*canonical == original) return Outcome::unchanged;
    if (check_only) {
        std::printf("%s: not in canonical form\n", file.c_str());
        return Outcome::changed;
    }
    SaveStatus saved = save_flow_text(file, *canonical, *parsed.flow);
    if (!saved.ok) {
        std::fprintf(stderr, "%s: %s\n", file.c_str(), saved.message.c_str());
        return Outcome::refused;
    }
    std::printf("formatted %s\n", file.c_str());
    return Outcome::changed;
}

} // namespace

int fmt_command(const std::vector<std::string>& args) {
    Arguments parsed;
    if (auto e = parse_arguments(args, {"--check"}, {}, parsed)) return usage_error("fmt", *e);
    if (!parsed.unknown.empty())
        return usage_error("fmt", "unknown option " + parsed.unknown.front());
    if (parsed.files.empty()) return usage_error("fmt", "name at least one flow file");
    bool check_only = parsed.flags.count("--check") > 0;
    bool failed = false;
    for (const std::string& file : parsed.files) {
        Outcome o = format_file(file, check_only);
        failed = failed || o == Outcome::refused || (check_only && o == Outcome::changed);
    }
    return failed ? kExitFailure : kExitOk;
}

} // namespace heartflow::cli

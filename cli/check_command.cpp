// `heartflow check FILE...`
#include "arguments.h"
#include "commands.h"
#include "load_report.h"
#include "translation_report.h"

namespace heartflow::cli {

namespace {
std::string plural(std::size_t n, const char* word) {
    return (n == 0 ? std::string("no") : std::to_string(n)) + " " + word + (n == 1 ? "" : "s");
}
} // namespace

int check_command(const std::vector<std::string>& args) {
    Arguments parsed;
    if (auto e = parse_arguments(args, {}, {}, parsed)) return usage_error("check", *e);
    if (!parsed.unknown.empty())
        return usage_error("check", "unknown option " + parsed.unknown.front());
    if (parsed.files.empty()) return usage_error("check", "name at least one flow file");
    DiagnosticCounts counts;
    for (const std::string& file : parsed.files)
        report_translations(file, load_and_report(file, stdout, true, counts), stdout, counts);
    std::printf("checked %s: %s, %s\n", plural(parsed.files.size(), "file").c_str(),
                plural(counts.errors, "error").c_str(), plural(counts.warnings, "warning").c_str());
    return counts.errors ? kExitFailure : kExitOk;
}

} // namespace heartflow::cli

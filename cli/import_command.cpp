// `heartflow import FILE [--from mermaid|twee|canvas] [-o OUT] [--force]`
#include "arguments.h"
#include "commands.h"
#include "load_report.h"

#include <heartflow/atomic_file.h>
#include <heartflow/import.h>
#include <heartflow/writer.h>

#include <filesystem>

namespace heartflow::cli {

int import_command(const std::vector<std::string>& args) {
    Arguments parsed;
    if (auto e = parse_arguments(args, {"--force"}, {"--from", "-o", "--output"}, parsed))
        return usage_error("import", *e);
    if (!parsed.unknown.empty())
        return usage_error("import", "unknown option " + parsed.unknown.front());
    if (parsed.files.size() != 1) return usage_error("import", "name exactly one file to import");
    std::optional<ImportFormat> format;
    if (auto from = parsed.values.find("--from"); from != parsed.values.end()) {
        format = parse_import_format(from->second);
        if (!format) return usage_error("import", "--from takes mermaid, twee or canvas");
    }
    std::string out = parsed.values.count("-o") ? parsed.values["-o"] : parsed.values["--output"];
    if (!out.empty() && std::filesystem::exists(out) && !parsed.flags.count("--force"))
        return usage_error("import", out + " already exists; pass --force to replace it");
    const std::string& file = parsed.files.front();
    DiagnosticCounts counts;
    auto bytes = read_flow_bytes(file);
    if (auto* d = std::get_if<Diagnostic>(&bytes)) {
        print_diagnostics(file, {*d}, stderr, counts);
        return kExitFailure;
    }
    const std::string& text = std::get<std::string>(bytes);
    std::filesystem::path path(file);
    ImportResult result =
        import_flow(text, format.value_or(guess_import_format(path.filename().string(), text)),
                    path.stem().string());
    print_diagnostics(file, result.diagnostics, stderr, counts);
    if (!result.flow || counts.errors > 0) {
        std::fprintf(stderr,
                     "heartflow import: nothing written: fix the errors above in %s first\n",
                     file.c_str());
        return kExitFailure;
    }
    std::string toml = write_flow(*result.flow);
    if (!load_flow_text(toml).ok()) { // a broken import must never reach a file
        std::fprintf(stderr,
                     "heartflow import: the imported flow did not check; nothing written\n");
        return kExitFailure;
    }
    if (out.empty()) {
        std::fwrite(toml.data(), 1, toml.size(), stdout);
        return kExitOk;
    }
    SaveStatus saved = save_flow_file(out, *result.flow);
    if (!saved.ok) {
        std::fprintf(stderr, "heartflow import: %s\n", saved.message.c_str());
        return kExitFailure;
    }
    std::printf("wrote %s (%zu steps)\n", out.c_str(), result.flow->nodes.size());
    return kExitOk;
}

} // namespace heartflow::cli

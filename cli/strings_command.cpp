// `heartflow strings FILE [--to po] [-o OUT]`: the flow's person-facing strings as a gettext PO
// template, for translators' tools (Poedit, Weblate, msginit, msgmerge).
#include "arguments.h"
#include "commands.h"
#include "load_report.h"

#include <heartflow/atomic_file.h>
#include <heartflow/translation.h>

#include <cstdio>

namespace heartflow::cli {

int strings_command(const std::vector<std::string>& args) {
    Arguments parsed;
    if (auto e = parse_arguments(args, {}, {"--to", "-o", "--output"}, parsed))
        return usage_error("strings", *e);
    if (!parsed.unknown.empty())
        return usage_error("strings", "unknown option " + parsed.unknown.front());
    if (parsed.files.size() != 1) return usage_error("strings", "name exactly one flow file");
    if (parsed.values.count("--to") && parsed.values["--to"] != "po")
        return usage_error("strings", "unknown format '" + parsed.values["--to"] +
                                          "'; strings are written as po (a gettext template)");
    const std::string& file = parsed.files.front();
    DiagnosticCounts counts;
    LoadedFlow loaded = load_and_report(file, stderr, false, counts);
    if (!loaded.ok()) {
        std::fprintf(stderr, "heartflow strings: nothing written: fix the errors above first\n");
        return kExitFailure;
    }
    std::string text = write_po(translation_template(*loaded.flow, file));
    std::string out = parsed.values.count("-o") ? parsed.values["-o"] : parsed.values["--output"];
    if (out.empty()) {
        std::fwrite(text.data(), 1, text.size(), stdout);
        return kExitOk;
    }
    WriteStatus written = write_file_atomically(out, text);
    if (!written.ok) {
        std::fprintf(stderr, "heartflow strings: %s\n", written.message.c_str());
        return kExitFailure;
    }
    std::printf("wrote %s\n", out.c_str());
    return kExitOk;
}

} // namespace heartflow::cli

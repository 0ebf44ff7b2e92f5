// Checking the translations beside a flow.
#include "translation_report.h"

#include <heartflow/translation.h>
#include <heartflow/translation_files.h>

namespace heartflow::cli {

void report_translations(const std::string& path, const LoadedFlow& loaded, std::FILE* stream,
                         DiagnosticCounts& counts) {
    if (!loaded.ok()) return;
    for (const TranslationFile& file : translations_beside(path)) {
        const std::string po_path = file.path.string();
        PoParse po = read_po_file(file.path);
        if (!po.file) {
            print_diagnostics(po_path, po.diagnostics, stream, counts);
            continue;
        }
        TranslationResult result =
            translate_flow(*loaded.program, *po.file, file.path.filename().string());
        print_diagnostics(po_path, result.po_diagnostics, stream, counts);
        print_diagnostics(path, result.flow_diagnostics, stream, counts);
        std::fprintf(stream, "%s: %zu of %zu strings translated\n", po_path.c_str(),
                     result.translated, result.strings);
    }
}

TranslatedFlow load_in_language(const std::string& path, const std::string& language,
                                std::FILE* stream, DiagnosticCounts& counts) {
    std::vector<std::string> languages = language.empty() ? locale_languages(process_environment())
                                                          : std::vector<std::string>{language};
    TranslatedFlow translated = load_flow_translated(path, languages);
    std::vector<Diagnostic> errors;
    for (const Diagnostic& d : translated.loaded.diagnostics)
        if (d.severity == Severity::error) errors.push_back(d);
    print_diagnostics(path, errors, stream, counts);
    if (translated.loaded.ok())
        for (const std::string& line : describe_translation(translated, language))
            std::fprintf(stream, "%s\n", line.c_str());
    return translated;
}

} // namespace heartflow::cli

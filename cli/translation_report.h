// `heartflow check`'s look at a flow's translations: each FLOW.LANG.po beside the flow.
#pragma once

#include "load_report.h"

#include <heartflow/translation_files.h>

#include <cstdio>
#include <string>

namespace heartflow::cli {

/// Checks every FLOW.LANG.po beside `path` against the loaded flow and prints, located, what
/// each gets wrong (in the PO file), lacks (in the flow file) or holds stale (in the PO file),
/// then how much of the flow it translates. Nothing when the flow has errors or no translation.
void report_translations(const std::string& path, const LoadedFlow& loaded, std::FILE* stream,
                         DiagnosticCounts& counts);

/// Loads `path` for a person, in the language `--lang` asked for ("" lets the locale choose):
/// prints the loader's errors and what the translation says (errors in it, how much of the flow
/// it translates, or that the language asked for has no file) to `stream`.
[[nodiscard]] TranslatedFlow load_in_language(const std::string& path, const std::string& language,
                                              std::FILE* stream, DiagnosticCounts& counts);

} // namespace heartflow::cli

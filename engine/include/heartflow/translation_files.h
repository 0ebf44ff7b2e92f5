// Where a flow's translations live and which one a person gets: `FLOW.LANG.po` beside
// `FLOW.toml` (heart-of-the-matter.el.po, mine.pt_BR.po), chosen by `--lang LANG` or, as gettext
// chooses, by the person's locale (LANGUAGE, then LC_ALL, LC_MESSAGES, LANG). Loading a flow
// with its translation gives a Program whose words are the translated ones.
#pragma once

#include "heartflow/loader.h"
#include "heartflow/po_file.h"

#include <filesystem>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace heartflow {

/// Reads an environment variable; nullptr when it is not set (std::getenv's contract).
using EnvironmentLookup = std::function<const char*(const char*)>;

/// The process environment, through std::getenv.
[[nodiscard]] EnvironmentLookup process_environment();

/// True for a language tag a file name may carry: `el`, `pt_BR`, `sr@latin`, `zh-Hant` (letters,
/// digits, '_', '-', '@'; 2 to 32 characters, starting with a letter).
[[nodiscard]] bool is_language_tag(std::string_view tag);

/// The languages the locale asks for, most wanted first, as gettext reads them: the effective
/// locale is LC_ALL, else LC_MESSAGES, else LANG; in the C or POSIX locale (or none) nothing is
/// asked for; otherwise LANGUAGE's colon-separated list comes first, then the locale. Each
/// is given as `ll_CC@mod`, `ll@mod`, `ll_CC`, `ll` (the codeset dropped), without repeats.
[[nodiscard]] std::vector<std::string> locale_languages(const EnvironmentLookup& environment);

/// The candidates for one asked-for language: "pt_BR.UTF-8" gives "pt_BR", "pt".
[[nodiscard]] std::vector<std::string> language_candidates(std::string_view language);

/// `FLOW.LANG.po` beside `flow_file`.
[[nodiscard]] std::filesystem::path translation_path(const std::filesystem::path& flow_file,
                                                     std::string_view language);

/// A translation file found for a flow.
struct TranslationFile {
    std::string language;       ///< The tag from its name ("el", "pt_BR").
    std::filesystem::path path; ///< FLOW.LANG.po.
};

/// The first existing translation for `languages` (each tried as its candidates), if any.
[[nodiscard]] std::optional<TranslationFile>
find_translation(const std::filesystem::path& flow_file, std::span<const std::string> languages);

/// Every `FLOW.LANG.po` beside `flow_file`, by language.
[[nodiscard]] std::vector<TranslationFile>
translations_beside(const std::filesystem::path& flow_file);

/// Reads and parses a PO file; an unreadable file is a file-unreadable diagnostic.
[[nodiscard]] PoParse read_po_file(const std::filesystem::path& path);

/// A flow loaded for a person, in their language when a translation was found and usable.
struct TranslatedFlow {
    LoadedFlow loaded;                      ///< The flow and program (translated when used).
    std::optional<TranslationFile> file;    ///< The translation tried, if one was found.
    bool used = false;                      ///< True when its words are in `loaded`.
    std::size_t strings = 0;                ///< The flow's person-facing strings.
    std::size_t translated = 0;             ///< How many of them are translated.
    std::vector<Diagnostic> po_diagnostics; ///< Errors in the PO file (located in it).
};

/// Loads `flow_file` and applies the first translation found for `languages`. A PO file that
/// does not parse, or a translated flow that does not load, leaves the flow's own words (with
/// the reason in po_diagnostics); a broken entry leaves only its own string untranslated.
[[nodiscard]] TranslatedFlow load_flow_translated(const std::filesystem::path& flow_file,
                                                  std::span<const std::string> languages);

/// Loads `flow_file` in the language `asked` for (a --lang value) or, when `asked` is "", in the
/// languages of the locale `environment` gives, as load_flow_translated does.
[[nodiscard]] TranslatedFlow
load_flow_in_language(const std::filesystem::path& flow_file, std::string_view asked,
                      const EnvironmentLookup& environment = process_environment());

/// The lines a player prints about the translation it uses: errors found in the PO file (as
/// `path:line:col: error: ...`) and one sentence on which words it uses. `asked` is the --lang
/// value
/// ("" when the locale chose), so a language asked for and not found is said plainly.
[[nodiscard]] std::vector<std::string> describe_translation(const TranslatedFlow& flow,
                                                            std::string_view asked);

} // namespace heartflow

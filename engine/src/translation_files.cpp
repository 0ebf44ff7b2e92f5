// Finding a flow's translations beside it, choosing one by language, and loading a flow in it.
#include "heartflow/translation_files.h"

#include "heartflow/translation.h"
#include "heartflow/validator.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>

namespace heartflow {

namespace {

/// True for the locales in which gettext translates nothing: none, C, POSIX, C.UTF-8.
bool untranslated_locale(std::string_view locale) {
    return locale.empty() || locale == "C" || locale == "POSIX" || locale.starts_with("C.");
}

void add_unique(std::vector<std::string>& list, std::string value) {
    if (std::find(list.begin(), list.end(), value) == list.end()) list.push_back(std::move(value));
}

} // namespace

EnvironmentLookup process_environment() {
    return [](const char* name) { return static_cast<const char*>(std::getenv(name)); };
}

bool is_language_tag(std::string_view tag) {
    if (tag.size() < 2 || tag.size() > 32 || !std::isalpha(static_cast<unsigned char>(tag[0])))
        return false;
    return std::all_of(tag.begin(), tag.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '@';
    });
}

std::vector<std::string> language_candidates(std::string_view language) {
    std::string_view modifier;
    if (auto at = language.find('@'); at != std::string_view::npos) {
        modifier = language.substr(at);
        language = language.substr(0, at);
    }
    language = language.substr(0, language.find('.')); // the codeset says nothing of words
    std::string_view base = language.substr(0, language.find('_'));
    std::vector<std::string> candidates;
    auto add = [&](std::string_view tag) {
        if (is_language_tag(tag)) add_unique(candidates, std::string(tag));
    };
    if (!modifier.empty()) add(std::string(language) + std::string(modifier));
    if (!modifier.empty()) add(std::string(base) + std::string(modifier));
    add(language);
    add(base);
    return candidates;
}

std::vector<std::string> locale_languages(const EnvironmentLookup& environment) {
    auto get = [&](const char* name) {
        const char* value = environment(name);
        return std::string(value ? value : "");
    };
    std::string locale = get("LC_ALL");
    if (locale.empty()) locale = get("LC_MESSAGES");
    if (locale.empty()) locale = get("LANG");
    if (untranslated_locale(locale)) return {};
    std::vector<std::string> languages;
    std::string list = get("LANGUAGE");
    std::size_t start = 0;
    while (start < list.size()) {
        std::size_t colon = std::min(list.find(':', start), list.size());
        if (colon > start) add_unique(languages, list.substr(start, colon - start));
        start = colon + 1;
    }
    add_unique(languages, locale);
    return languages;
}

std::filesystem::path translation_path(const std::filesystem::path& flow_file,
                                       std::string_view language) {
    return flow_file.parent_path() /
           (flow_file.stem().string() + "." + std::string(language) + ".po");
}

std::optional<TranslationFile> find_translation(const std::filesystem::path& flow_file,
                                                std::span<const std::string> languages) {
    for (const std::string& language : languages)
        for (const std::string& candidate : language_candidates(language)) {
            std::filesystem::path path = translation_path(flow_file, candidate);
            std::error_code error;
            if (std::filesystem::is_regular_file(path, error))
                return TranslationFile{candidate, path};
        }
    return std::nullopt;
}

std::vector<TranslationFile> translations_beside(const std::filesystem::path& flow_file) {
    std::vector<TranslationFile> found;
    std::filesystem::path folder = flow_file.parent_path();
    const std::string prefix = flow_file.stem().string() + ".";
    std::error_code error;
    for (auto it = std::filesystem::directory_iterator(folder.empty() ? "." : folder, error);
         !error && it != std::filesystem::directory_iterator(); it.increment(error)) {
        std::string name = it->path().filename().string();
        if (!name.starts_with(prefix) || !name.ends_with(".po") || !it->is_regular_file(error))
            continue;
        std::string language = name.substr(prefix.size(), name.size() - prefix.size() - 3);
        if (is_language_tag(language))
            found.push_back({language, translation_path(flow_file, language)});
    }
    std::sort(found.begin(), found.end(), [](const TranslationFile& a, const TranslationFile& b) {
        return a.language < b.language;
    });
    return found;
}

PoParse read_po_file(const std::filesystem::path& path) {
    auto bytes = read_flow_bytes(path);
    if (auto* failed = std::get_if<Diagnostic>(&bytes)) {
        PoParse out;
        out.diagnostics.push_back(*failed);
        return out;
    }
    return parse_po(std::get<std::string>(bytes));
}

TranslatedFlow load_flow_translated(const std::filesystem::path& flow_file,
                                    std::span<const std::string> languages) {
    TranslatedFlow out;
    out.loaded = load_flow_file(flow_file);
    if (!out.loaded.ok()) return out;
    out.file = find_translation(flow_file, languages);
    if (!out.file) return out;
    PoParse po = read_po_file(out.file->path);
    if (!po.file) {
        out.po_diagnostics = std::move(po.diagnostics);
        return out;
    }
    TranslationResult result =
        translate_flow(*out.loaded.program, *po.file, out.file->path.filename().string());
    for (Diagnostic& d : result.po_diagnostics)
        if (d.severity == Severity::error) out.po_diagnostics.push_back(std::move(d));
    out.strings = result.strings;
    ValidationResult checked = validate(result.flow);
    if (!checked.program) {
        auto first =
            std::find_if(checked.diagnostics.begin(), checked.diagnostics.end(),
                         [](const Diagnostic& d) { return d.severity == Severity::error; });
        out.po_diagnostics.push_back(make_diagnostic(
            DiagCode::translation_placeholders,
            "the translated flow does not load (" +
                (first == checked.diagnostics.end() ? std::string("?") : first->message) + ")",
            {}));
        return out;
    }
    out.translated = result.translated;
    out.loaded.flow = result.flow;
    out.loaded.program = std::move(checked.program);
    out.used = true;
    return out;
}

TranslatedFlow load_flow_in_language(const std::filesystem::path& flow_file, std::string_view asked,
                                     const EnvironmentLookup& environment) {
    const std::vector<std::string> languages = asked.empty()
                                                   ? locale_languages(environment)
                                                   : std::vector<std::string>{std::string(asked)};
    return load_flow_translated(flow_file, languages);
}

std::vector<std::string> describe_translation(const TranslatedFlow& flow, std::string_view asked) {
    std::vector<std::string> lines;
    if (!flow.file) {
        if (!asked.empty())
            lines.push_back("heartflow: there is no '" + std::string(asked) +
                            "' translation beside the flow (FLOW." + std::string(asked) +
                            ".po); the flow keeps its own words.");
        return lines;
    }
    const std::string path = flow.file->path.string();
    for (const Diagnostic& d : flow.po_diagnostics)
        lines.push_back(format_diagnostic(path, d));
    if (!flow.used) {
        lines.push_back("heartflow: " + path +
                        " cannot be used (see above); the flow keeps its own words.");
        return lines;
    }
    std::string said =
        "heartflow: using the '" + flow.file->language + "' translation (" + path + ")";
    if (flow.translated < flow.strings)
        said += ": " + std::to_string(flow.translated) + " of " + std::to_string(flow.strings) +
                " strings translated; the rest keep the flow's own words";
    lines.push_back(said + ".");
    return lines;
}

} // namespace heartflow

// Choosing an importer.
#include "heartflow/import.h"

#include <algorithm>
#include <cctype>

namespace heartflow {

std::optional<ImportFormat> parse_import_format(std::string_view name) {
    std::string lower;
    for (char c : name)
        lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower == "mermaid" || lower == "mmd") return ImportFormat::mermaid;
    if (lower == "twee" || lower == "twine" || lower == "tw") return ImportFormat::twee;
    if (lower == "canvas" || lower == "json-canvas" || lower == "jsoncanvas")
        return ImportFormat::canvas;
    return std::nullopt;
}

ImportFormat guess_import_format(std::string_view file_name, std::string_view text) {
    auto ends_with = [&](std::string_view ext) {
        if (file_name.size() < ext.size()) return false;
        return std::equal(ext.begin(), ext.end(),
                          file_name.end() - static_cast<std::ptrdiff_t>(ext.size()),
                          [](char want, char got) {
                              return std::tolower(static_cast<unsigned char>(got)) == want;
                          });
    };
    if (ends_with(".mmd") || ends_with(".mermaid")) return ImportFormat::mermaid;
    if (ends_with(".twee") || ends_with(".tw")) return ImportFormat::twee;
    if (ends_with(".canvas")) return ImportFormat::canvas;
    std::size_t first = text.find_first_not_of(" \t\r\n");
    if (first != std::string_view::npos && text[first] == '{') return ImportFormat::canvas;
    if (text.substr(first == std::string_view::npos ? 0 : first, 2) == "::" ||
        text.find("\n::") != std::string_view::npos)
        return ImportFormat::twee;
    return ImportFormat::mermaid;
}

ImportResult import_flow(std::string_view text, ImportFormat format, std::string_view name) {
    switch (format) {
    case ImportFormat::mermaid:
        return import_mermaid(text, name);
    case ImportFormat::twee:
        return import_twee(text, name);
    case ImportFormat::canvas:
        return import_canvas(text, name);
    }
    return {};
}

} // namespace heartflow

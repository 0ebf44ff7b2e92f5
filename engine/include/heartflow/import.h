// Imports from the tools authors already use: Mermaid flowcharts, Twee 3 (Twine) and JSON Canvas.
// Each importer is a pure function from text to a Flow plus located diagnostics
// (`path:line:col: error: ...`, lines and columns in the imported file) for what it cannot map.
// A flow is returned whenever the input could be read; it is fit to save (and passes
// `heartflow check`) exactly when the diagnostics hold no error.
#pragma once

#include "heartflow/diagnostic.h"
#include "heartflow/flow.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace heartflow {

/// The formats `heartflow import` reads.
enum class ImportFormat { mermaid, twee, canvas };

/// What an import gave.
struct ImportResult {
    std::optional<Flow> flow;            ///< The flow, when the input could be read at all.
    std::vector<Diagnostic> diagnostics; ///< Located in the imported file, in file order.
};

/// Parses "mermaid", "twee" or "canvas" (also "twine", "json-canvas"); nullopt otherwise.
[[nodiscard]] std::optional<ImportFormat> parse_import_format(std::string_view name);

/// Guesses a file's format from its name's extension (.mmd/.mermaid, .twee/.tw, .canvas), then
/// from its content (a '{' first, a line starting with "::", or else Mermaid).
[[nodiscard]] ImportFormat guess_import_format(std::string_view file_name, std::string_view text);

/// Imports `text` in `format`. `name` (usually the file's stem) gives the flow's id, and its
/// title when the input names none.
[[nodiscard]] ImportResult import_flow(std::string_view text, ImportFormat format,
                                       std::string_view name);

/// Mermaid `flowchart`/`graph` text: nodes become steps (a `class` naming a kind sets it), edges
/// become choices (their labels the choice labels; a lone unlabelled edge becomes `next`), and
/// nodes with no way on become endings. The first node is the start.
[[nodiscard]] ImportResult import_mermaid(std::string_view text, std::string_view name);

/// Twee 3: passages become steps, links (`[[label|target]]`, `[[label->target]]`,
/// `[[target<-label]]`, `[[target]]`) become choices; a tag naming a kind sets it; StoryTitle
/// and StoryData's start are read. Story-format macros are left out with a warning.
[[nodiscard]] ImportResult import_twee(std::string_view text, std::string_view name);

/// JSON Canvas 1.0: text nodes become steps ("# Title" first line as the title, a preset colour
/// as the kind, x/y as the position), edges become choices (labels as choice labels). The first
/// text node is the start. Groups, files and links are left out with a warning.
[[nodiscard]] ImportResult import_canvas(std::string_view text, std::string_view name);

} // namespace heartflow

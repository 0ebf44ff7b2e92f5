// SVG export: the chart drawn with the engine's layered layout (the one the editor's auto-layout
// uses), kinds shown by colour and shape, choice labels on the edges, conditional choices dashed.
// Printable on A4 or Letter: scaled to fit one page, or split into tiles at a readable size.
// Fonts are referenced by family (Inter, then Noto Sans, DejaVu Sans, any sans-serif). Pure.
#pragma once

#include "heartflow/flow.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace heartflow {

/// A paper size for printing.
enum class PaperSize { a4, letter };

/// Parses "a4" or "letter" (any case); nullopt for anything else.
[[nodiscard]] std::optional<PaperSize> parse_paper_size(std::string_view name);

/// How to lay the chart on paper.
struct SvgOptions {
    std::optional<PaperSize> page; ///< Empty: one drawing at its natural size, in px.
    bool tiles = false; ///< With a page: split into pages at a readable scale instead of shrinking.
};

/// What an SVG export gave.
struct SvgExport {
    std::vector<std::string> pages; ///< One SVG document, or one per sheet when tiling.
    double scale = 1;               ///< On paper: mm per layout unit; otherwise 1 (px per unit).
};

/// The chart as one or more SVG documents (several only when tiling). With a page, each document
/// is exactly one sheet (width and height in mm), in whichever orientation fits the chart better.
[[nodiscard]] SvgExport export_svg(const Flow& flow, const SvgOptions& options = {});

/// The scale, in mm per layout unit, below which a chart fitted to one page is hard to read
/// (its 14-unit titles fall under about 5 pt); tiles are the better choice then.
inline constexpr double kSmallestReadableScale = 0.125;

} // namespace heartflow

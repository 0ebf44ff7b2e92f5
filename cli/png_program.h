// PNG charts are drawn by the sibling executable heartflow-png (librsvg and cairo), so that
// heartflow itself links no graphics library.
#pragma once

#include <string>
#include <string_view>

namespace heartflow::cli {

/// A PNG drawn by heartflow-png, or why there is none.
struct PngResult {
    std::string bytes; ///< The PNG file's bytes; empty on failure.
    std::string error; ///< Why it failed, for the person; empty on success.
};

/// Draws `svg` (from export_svg) as a PNG at `dpi` with heartflow-png.
[[nodiscard]] PngResult render_png(std::string_view svg, double dpi);

} // namespace heartflow::cli

// PNG export: an SVG chart (from export_svg) rasterised by librsvg onto a cairo image surface, so
// the PNG is the SVG, pixel for pixel, and neither needs a display. Kept out of the engine
// (library heartflow_png, run as the executable heartflow-png) so that neither the engine nor
// heartflow links a graphics library.
#pragma once

#include <string>
#include <string_view>

namespace heartflow {

/// A rendered PNG, or why there is none.
struct PngImage {
    std::string bytes; ///< The PNG file's bytes; empty on failure.
    std::string error; ///< Why it failed, for the person; empty on success.
    int width = 0;     ///< Pixels.
    int height = 0;    ///< Pixels.
};

/// Largest PNG side accepted, in pixels (cairo's own limit is 32767).
inline constexpr int kMaxPngSide = 20000;

/// Renders SVG text at `dpi` (sizes in mm or pt convert at this resolution; px stay px at 96).
/// Fonts are found through fontconfig. Pure: no files are read or written.
[[nodiscard]] PngImage render_svg_to_png(std::string_view svg, double dpi = 96);

} // namespace heartflow

// Finds the reading fonts through fontconfig (Inter, else Noto Sans, else any sans) and builds
// them into ImGui's font atlas with FreeType.
#pragma once

#include "kit/fonts.h"

#include <string>

namespace heartflow::app {

/// The font files to use: found once, then reused for every rebuild.
struct FontFiles {
    std::string regular;  ///< Body and interface text; "" when nothing was found.
    std::string semibold; ///< Headings; falls back to the regular file.
};

/// Asks fontconfig for Inter (then Noto Sans, then "sans-serif") in regular and semibold.
[[nodiscard]] FontFiles find_font_files();

/// Clears io.Fonts and adds the four fonts at `sizes` with the glyphs of `scripts` (kit::Scripts
/// bits; the basic set always), then builds the atlas. With no font file it falls back to
/// ImGui's own font scaled up, and says so in the log.
[[nodiscard]] kit::Fonts build_fonts(const FontFiles& files, const kit::FontSizes& sizes,
                                     unsigned scripts = kit::kScriptsAll);

} // namespace heartflow::app

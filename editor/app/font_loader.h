// Finds the reading fonts through fontconfig (Inter, else Noto Sans, else any sans, and Debian's
// Noto Sans CJK when installed) and builds them into ImGui's font atlas with FreeType.
#pragma once

#include "kit/fonts.h"

#include <set>
#include <string>
#include <vector>

namespace heartflow::app {

/// The font files to use: found once, then reused for every rebuild.
struct FontFiles {
    std::string regular;  ///< Body and interface text; "" when nothing was found.
    std::string semibold; ///< Headings; falls back to the regular file.
    std::string cjk;      ///< Noto Sans CJK (fonts-noto-cjk); "" when it is not installed.
    int cjk_face = 0;     ///< The face of `cjk` in its collection (.ttc).
};

/// Asks fontconfig for Inter (then Noto Sans, then "sans-serif") in regular and semibold, and
/// for Noto Sans CJK.
[[nodiscard]] FontFiles find_font_files();

/// Clears io.Fonts and adds the four fonts at `sizes` with the glyphs of `scripts` (kit::Scripts
/// bits; the basic set always) and, from the CJK font when there is one, just the `cjk` code
/// points (a whole CJK atlas would be tens of megabytes); then builds the atlas. With no font
/// file it falls back to ImGui's own font scaled up, and says so in the log.
[[nodiscard]] kit::Fonts build_fonts(const FontFiles& files, const kit::FontSizes& sizes,
                                     unsigned scripts = kit::kScriptsAll,
                                     const std::set<ImWchar>& cjk = {});

} // namespace heartflow::app

// The fonts the views read with, the pixel sizes they ask the app to build, and the scripts
// (sets of glyphs) built into them.
#pragma once

#include <imgui.h>

#include <string_view>
#include <vector>

namespace heartflow::kit {

/// Pixel sizes of the four fonts (already multiplied by text and content scale).
struct FontSizes {
    float body = 26.0f;    ///< Node text and choices.
    float heading = 34.0f; ///< Titles and the breathing count.
    float ui = 20.0f;      ///< Bars, panels and buttons around the content.
    float small = 17.0f;   ///< Hints and dates.
    friend bool operator==(const FontSizes&, const FontSizes&) = default;
};

/// The sizes for a text scale (comfort setting) and a content scale (the monitor's HiDPI factor).
[[nodiscard]] FontSizes font_sizes_for(float text_scale, float content_scale);

/// Sets of glyphs built into the fonts, as bits. Latin-1, general punctuation, currency signs
/// and arrows are always built; the others only when some text needs them, since rasterising
/// them all is a large share of a window's first frame.
enum Scripts : unsigned {
    kScriptsBasic = 0,              ///< Latin-1, punctuation, currency signs, arrows.
    kScriptLatinExtended = 1u << 0, ///< Latin Extended-A and -B, and the Vietnamese additions.
    kScriptGreek = 1u << 1,         ///< Greek and Coptic.
    kScriptCyrillic = 1u << 2,      ///< Cyrillic and its supplement.
    kScriptsAll = (1u << 3) - 1,    ///< Everything the reading fonts cover.
};

/// The scripts beyond the basic set that the UTF-8 `text` uses (bytes that are not UTF-8
/// count for nothing).
[[nodiscard]] unsigned scripts_in_text(std::string_view text);

/// The script beyond the basic set that holds `code_point`; kScriptsBasic when none does.
[[nodiscard]] unsigned script_of(ImWchar code_point);

/// ImGui glyph ranges (pairs of first and last code point, ending in 0) for `scripts`.
[[nodiscard]] std::vector<ImWchar> glyph_ranges(unsigned scripts);

/// Fonts built by the app for the current sizes; never null once the first frame starts.
struct Fonts {
    ImFont* body = nullptr;    ///< Reading text (Inter Regular).
    ImFont* heading = nullptr; ///< Headings (Inter SemiBold).
    ImFont* ui = nullptr;      ///< Interface text (Inter Regular).
    ImFont* small = nullptr;   ///< Hints (Inter Regular).
};

} // namespace heartflow::kit

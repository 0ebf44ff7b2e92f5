// The fonts the views read with, and the pixel sizes they ask the app to build.
#pragma once

#include <imgui.h>

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

/// Fonts built by the app for the current sizes; never null once the first frame starts.
struct Fonts {
    ImFont* body = nullptr;    ///< Reading text (Inter Regular).
    ImFont* heading = nullptr; ///< Headings (Inter SemiBold).
    ImFont* ui = nullptr;      ///< Interface text (Inter Regular).
    ImFont* small = nullptr;   ///< Hints (Inter Regular).
};

} // namespace heartflow::kit

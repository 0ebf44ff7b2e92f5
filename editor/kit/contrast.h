// WCAG 2.2 contrast: the relative luminance of a colour and the contrast ratio of two, for
// checking that a theme's text is readable on everything it is drawn on.
#pragma once

#include <imgui.h>

namespace heartflow::kit {

/// WCAG relative luminance of an sRGB colour (its alpha ignored), 0 (black) to 1 (white).
[[nodiscard]] double relative_luminance(const ImVec4& colour);

/// WCAG contrast ratio of two opaque colours, 1 to 21.
[[nodiscard]] double contrast_ratio(const ImVec4& a, const ImVec4& b);

/// `top` painted over the opaque `under` with top's alpha: the colour a person sees.
[[nodiscard]] ImVec4 composite(const ImVec4& top, const ImVec4& under);

} // namespace heartflow::kit

// WCAG 2.2 relative luminance and contrast ratio (Understanding SC 1.4.3).
#include "kit/contrast.h"

#include <algorithm>
#include <cmath>

namespace heartflow::kit {

namespace {

// One sRGB channel (0..1) made linear.
double linear(float channel) {
    return channel <= 0.04045f ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

} // namespace

double relative_luminance(const ImVec4& c) {
    return 0.2126 * linear(c.x) + 0.7152 * linear(c.y) + 0.0722 * linear(c.z);
}

double contrast_ratio(const ImVec4& a, const ImVec4& b) {
    const double la = relative_luminance(a), lb = relative_luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

ImVec4 composite(const ImVec4& top, const ImVec4& under) {
    const float a = top.w;
    return ImVec4(top.x * a + under.x * (1 - a), top.y * a + under.y * (1 - a),
                  top.z * a + under.z * (1 - a), 1.0f);
}

} // namespace heartflow::kit

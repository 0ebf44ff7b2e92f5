// Font sizes from the comfort text scale and the monitor's content scale.
#include "kit/fonts.h"

#include <cmath>

namespace heartflow::kit {

FontSizes font_sizes_for(float text_scale, float content_scale) {
    // Interface text grows half as fast as reading text so the bars still fit at 2x.
    float ui_scale = 1.0f + (text_scale - 1.0f) * 0.5f;
    auto px = [&](float base, float scale) { return std::round(base * scale * content_scale); };
    return FontSizes{px(26.0f, text_scale), px(34.0f, text_scale), px(20.0f, ui_scale),
                     px(17.0f, ui_scale)};
}

} // namespace heartflow::kit

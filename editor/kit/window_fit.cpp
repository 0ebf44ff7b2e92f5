// Fitting a window into the work area.
#include "kit/window_fit.h"

#include <algorithm>

namespace heartflow::kit {

ScreenRect fit_window(int width, int height, const ScreenRect& work, int frame_width,
                      int frame_height, int frame_top) {
    ScreenRect r;
    r.width = std::max(1, std::min(width, work.width - frame_width));
    r.height = std::max(1, std::min(height, work.height - frame_height));
    r.x = work.x + (work.width - r.width - frame_width) / 2 + (frame_width / 2);
    r.y = work.y + (work.height - r.height - frame_height) / 2 + frame_top;
    return r;
}

} // namespace heartflow::kit

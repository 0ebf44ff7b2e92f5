// Checks that a screenshot is a real picture of the player and not blank: it must be at least
// MIN_WIDTH x MIN_HEIGHT and have enough "ink" (pixels far from the median brightness, i.e.
// text, buttons, the pacer) -- a gradient or a flat colour alone does not pass.
// Usage: png_check FILE.png MIN_WIDTH MIN_HEIGHT
#include "png_luma.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

int main(int argc, char** argv) {
    if (argc != 4) {
        std::fprintf(stderr, "usage: png_check FILE.png MIN_WIDTH MIN_HEIGHT\n");
        return 2;
    }
    std::optional<LumaImage> image = load_png_luma(argv[1], "png_check");
    if (!image) return 1;
    const int w = image->width, h = image->height;
    const std::vector<int>& luma = image->luma;
    std::vector<int> sorted = luma;
    std::nth_element(sorted.begin(), sorted.begin() + sorted.size() / 2, sorted.end());
    int median = sorted[sorted.size() / 2];
    std::size_t ink =
        std::count_if(luma.begin(), luma.end(), [&](int l) { return std::abs(l - median) > 60; });
    double share = static_cast<double>(ink) / luma.size();
    std::printf("png_check: %s is %dx%d, median brightness %d, ink %.2f%%\n", argv[1], w, h, median,
                share * 100);
    if (w < std::atoi(argv[2]) || h < std::atoi(argv[3])) {
        std::fprintf(stderr, "png_check: too small\n");
        return 1;
    }
    if (share < 0.005) {
        std::fprintf(stderr,
                     "png_check: looks blank (almost nothing stands out from the background)\n");
        return 1;
    }
    return 0;
}

// Prepares part of a screenshot for tesseract, which reads dark text on a light ground at about
// 30 pixels a line: crops X Y W H, scales it up SCALE times (bilinear) and keeps only light text
// (the editor's white titles), as black on white; arrows, grid and plates drop out. Writes a
// binary PGM.
// Usage: ocr_prep IN.png X Y W H SCALE OUT.pgm
#include "png_luma.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

int main(int argc, char** argv) {
    if (argc != 8) {
        std::fprintf(stderr, "usage: ocr_prep IN.png X Y W H SCALE OUT.pgm\n");
        return 2;
    }
    std::optional<LumaImage> image = load_png_luma(argv[1], "ocr_prep");
    if (!image) return 1;
    const int w = image->width, h = image->height;
    const int x0 = std::clamp(std::atoi(argv[2]), 0, w - 1),
              y0 = std::clamp(std::atoi(argv[3]), 0, h - 1);
    const int cw = std::clamp(std::atoi(argv[4]), 1, w - x0),
              ch = std::clamp(std::atoi(argv[5]), 1, h - y0);
    const int scale = std::clamp(std::atoi(argv[6]), 1, 8);
    // The crop's brightness, its last row and column repeated past its edge.
    auto at = [&](int x, int y) {
        return image->at(x0 + std::min(x, cw - 1), y0 + std::min(y, ch - 1));
    };
    constexpr int kLight = 150; // text is near white; arrows and plates are darker
    std::vector<unsigned char> out(static_cast<std::size_t>(cw) * scale * ch * scale);
    for (int y = 0; y < ch * scale; ++y)
        for (int x = 0; x < cw * scale; ++x) {
            const float fx = (x + 0.5f) / scale - 0.5f, fy = (y + 0.5f) / scale - 0.5f;
            const int ix = std::max(0, static_cast<int>(fx)),
                      iy = std::max(0, static_cast<int>(fy));
            const float tx = std::clamp(fx - ix, 0.0f, 1.0f), ty = std::clamp(fy - iy, 0.0f, 1.0f);
            const float v = (at(ix, iy) * (1 - tx) + at(ix + 1, iy) * tx) * (1 - ty) +
                            (at(ix, iy + 1) * (1 - tx) + at(ix + 1, iy + 1) * tx) * ty;
            out[static_cast<std::size_t>(y) * cw * scale + x] = v > kLight ? 0 : 255;
        }
    std::FILE* f = std::fopen(argv[7], "wb");
    if (!f) {
        std::fprintf(stderr, "ocr_prep: cannot write %s\n", argv[7]);
        return 1;
    }
    std::fprintf(f, "P5\n%d %d\n255\n", cw * scale, ch * scale);
    const bool written = std::fwrite(out.data(), 1, out.size(), f) == out.size();
    return std::fclose(f) == 0 && written ? 0 : 1;
}

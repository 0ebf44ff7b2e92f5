// Loading a PNG as brightness (png_luma.h).
#include "png_luma.h"

#define STB_IMAGE_IMPLEMENTATION
#include <stb_image.h>

#include <cstdio>

std::optional<LumaImage> load_png_luma(const char* path, const char* program) {
    int w = 0, h = 0, n = 0;
    unsigned char* pixels = stbi_load(path, &w, &h, &n, 3);
    if (!pixels) {
        std::fprintf(stderr, "%s: cannot read %s: %s\n", program, path, stbi_failure_reason());
        return std::nullopt;
    }
    LumaImage image{w, h, std::vector<int>(static_cast<std::size_t>(w) * h)};
    for (std::size_t i = 0; i < image.luma.size(); ++i)
        image.luma[i] =
            (299 * pixels[3 * i] + 587 * pixels[3 * i + 1] + 114 * pixels[3 * i + 2]) / 1000;
    stbi_image_free(pixels);
    return image;
}

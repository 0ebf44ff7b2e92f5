// The windowed tests' one PNG loader (stb_image): a screenshot as the brightness of each pixel,
// for png_check and ocr_prep.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

/// A picture as brightness 0 to 255 per pixel, row by row from the top left.
struct LumaImage {
    int width = 0;         ///< Pixels across.
    int height = 0;        ///< Pixels down.
    std::vector<int> luma; ///< width * height brightness values (ITU-R 601 weights).

    /// The brightness at column `x`, row `y`.
    [[nodiscard]] int at(int x, int y) const {
        return luma[static_cast<std::size_t>(y) * width + x];
    }
};

/// Reads the PNG at `path`; nullopt, after printing "PROGRAM: cannot read PATH: why" on standard
/// error, when it cannot.
[[nodiscard]] std::optional<LumaImage> load_png_luma(const char* path, const char* program);

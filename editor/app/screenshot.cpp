// glReadPixels + stb_image_write.
#include "app/screenshot.h"

#include <glad/gl.h>

#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb_image_write.h>

#include <vector>

namespace heartflow::app {

std::string save_screenshot(const std::string& path, int width, int height) {
    if (width <= 0 || height <= 0) return "the window has no size";
    std::vector<unsigned char> pixels(static_cast<std::size_t>(width) * height * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    for (unsigned char* p = pixels.data() + 3; p < pixels.data() + pixels.size(); p += 4)
        *p = 255;
    stbi_flip_vertically_on_write(1);
    if (!stbi_write_png(path.c_str(), width, height, 4, pixels.data(), width * 4))
        return "could not write " + path;
    return {};
}

} // namespace heartflow::app

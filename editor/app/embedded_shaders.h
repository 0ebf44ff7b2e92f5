// The shaders of shaders/, built into the program at configure time (embedded_shaders.cpp.in).
#pragma once

#include <array>
#include <string_view>

namespace heartflow::app {

/// One built-in shader: its file name in shaders/ and its text.
struct EmbeddedShader {
    std::string_view name; ///< "fullscreen.vert", "background.frag", "pacer.frag".
    std::string_view text; ///< The GLSL source.
};

/// Every shader of shaders/.
extern const std::array<EmbeddedShader, 3> kEmbeddedShaders;

} // namespace heartflow::app

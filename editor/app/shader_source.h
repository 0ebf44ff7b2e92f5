// Where the scene's shaders come from: built into the program (so an installed heartflow needs
// no shader files beside it), or, for someone working on them, a folder named by
// $HEARTFLOW_SHADER_DIR, read at start-up without rebuilding.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace heartflow::app {

/// A shader's GLSL text and the name messages call it by.
struct ShaderSource {
    std::string name; ///< The file name ("pacer.frag"), or its path when read from a folder.
    std::string text; ///< The GLSL source.
};

/// The shader `file_name` (e.g. "pacer.frag"): from $HEARTFLOW_SHADER_DIR when that is set, else
/// the copy built in. nullopt when there is no such shader or its file cannot be read.
[[nodiscard]] std::optional<ShaderSource> load_shader(std::string_view file_name);

} // namespace heartflow::app

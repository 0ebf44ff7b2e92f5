// Built-in shaders, or a folder's.
#include "app/shader_source.h"

#include "embedded_shaders.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace heartflow::app {

std::optional<ShaderSource> load_shader(std::string_view file_name) {
    if (const char* dir = std::getenv("HEARTFLOW_SHADER_DIR"); dir && *dir) {
        std::filesystem::path file = std::filesystem::path(dir) / file_name;
        std::ifstream in(file, std::ios::binary);
        if (!in) return std::nullopt;
        std::ostringstream text;
        text << in.rdbuf();
        return ShaderSource{file.string(), text.str()};
    }
    for (const EmbeddedShader& shader : kEmbeddedShaders)
        if (shader.name == file_name)
            return ShaderSource{std::string(shader.name), std::string(shader.text)};
    return std::nullopt;
}

} // namespace heartflow::app

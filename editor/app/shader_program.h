// A GLSL program compiled from files, with its log when it fails. Move-only owner.
#pragma once

#include "app/shader_source.h"

#include <memory>
#include <string>

namespace heartflow::app {

/// A linked vertex + fragment program.
class ShaderProgram {
public:
    /// Compiles and links the two shaders; on failure returns null and puts the compiler's
    /// words (shader names included) in `log`. Precondition: a GL context is current.
    [[nodiscard]] static std::unique_ptr<ShaderProgram>
    from_sources(const ShaderSource& vertex, const ShaderSource& fragment, std::string& log);
    ~ShaderProgram();
    ShaderProgram(const ShaderProgram&) = delete;
    ShaderProgram& operator=(const ShaderProgram&) = delete;

    /// Makes it the current program.
    void use() const;
    /// Location of a uniform (-1 when the program does not use it).
    [[nodiscard]] int uniform(const char* name) const;

private:
    explicit ShaderProgram(unsigned id) : id_(id) {}
    unsigned id_;
};

} // namespace heartflow::app

// Compiling and linking shaders.
#include "app/shader_program.h"

#include <glad/gl.h>

namespace heartflow::app {

namespace {

GLuint compile(GLenum stage, const ShaderSource& source, std::string& log) {
    GLuint shader = glCreateShader(stage);
    const char* text = source.text.c_str();
    glShaderSource(shader, 1, &text, nullptr);
    glCompileShader(shader);
    GLint ok = GL_FALSE;
    glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
    if (ok) return shader;
    char buffer[2048] = {};
    glGetShaderInfoLog(shader, sizeof buffer, nullptr, buffer);
    log = source.name + ": " + buffer;
    glDeleteShader(shader);
    return 0;
}

} // namespace

std::unique_ptr<ShaderProgram> ShaderProgram::from_sources(const ShaderSource& vertex,
                                                           const ShaderSource& fragment,
                                                           std::string& log) {
    GLuint vs = compile(GL_VERTEX_SHADER, vertex, log);
    if (!vs) return nullptr;
    GLuint fs = compile(GL_FRAGMENT_SHADER, fragment, log);
    if (!fs) {
        glDeleteShader(vs);
        return nullptr;
    }
    GLuint program = glCreateProgram();
    glAttachShader(program, vs);
    glAttachShader(program, fs);
    glLinkProgram(program);
    glDeleteShader(vs);
    glDeleteShader(fs);
    GLint ok = GL_FALSE;
    glGetProgramiv(program, GL_LINK_STATUS, &ok);
    if (!ok) {
        char buffer[2048] = {};
        glGetProgramInfoLog(program, sizeof buffer, nullptr, buffer);
        log = fragment.name + ": link failed: " + buffer;
        glDeleteProgram(program);
        return nullptr;
    }
    return std::unique_ptr<ShaderProgram>(new ShaderProgram(program));
}

ShaderProgram::~ShaderProgram() {
    glDeleteProgram(id_);
}

void ShaderProgram::use() const {
    glUseProgram(id_);
}

int ShaderProgram::uniform(const char* name) const {
    return glGetUniformLocation(id_, name);
}

} // namespace heartflow::app

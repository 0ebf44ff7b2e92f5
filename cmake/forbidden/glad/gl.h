// Found instead of the generated loader by every windowed target but editor/app (see
// heartflow_layer in editor/CMakeLists.txt): only the app draws with OpenGL.
#error "only editor/app may include <glad/gl.h>"

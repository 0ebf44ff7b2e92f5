// Found instead of the real header by every windowed target but editor/app (see heartflow_layer
// in editor/CMakeLists.txt): only the app talks to the window system.
#error "only editor/app may include <GLFW/glfw3.h>; use kit/key.h for keys"

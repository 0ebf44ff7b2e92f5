// GLFW's key codes and modifier bits translated into the kit's (kit/key.h), as imgui's GLFW
// backend translates them into ImGuiKey: nothing above app/ sees a GLFW code.
#pragma once

#include "kit/key.h"

namespace heartflow::app {

/// The kit's key for a GLFW_KEY_* code; Key::none for keys no view binds.
[[nodiscard]] kit::Key key_from_glfw(int glfw_key);

/// The kit's Mod bits for GLFW_MOD_* bits (Caps Lock and Num Lock are dropped).
[[nodiscard]] int mods_from_glfw(int glfw_mods);

} // namespace heartflow::app

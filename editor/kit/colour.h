// Packing colours for ImGui's draw lists.
#pragma once

#include <imgui.h>

namespace heartflow::kit {

/// `c` packed for a draw list, its alpha multiplied by `alpha`.
inline ImU32 colour_u32(const ImVec4& c, float alpha = 1.0f) {
    return ImGui::ColorConvertFloat4ToU32(ImVec4(c.x, c.y, c.z, c.w * alpha));
}

} // namespace heartflow::kit

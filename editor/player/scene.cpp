// The pacer drawn with ImGui shapes.
#include "player/scene.h"

namespace heartflow::player {

void add_pacer_shape(ImDrawList& draw, const PacerDraw& p) {
    const float r = p.max_radius * (0.35f + 0.65f * p.fill);
    draw.PushClipRect(p.clip_min, p.clip_max, true);
    draw.AddCircleFilled(
        p.center, r,
        ImGui::ColorConvertFloat4ToU32(ImVec4(p.colour.x, p.colour.y, p.colour.z, 0.55f)), 96);
    draw.AddCircle(
        p.center, p.max_radius,
        ImGui::ColorConvertFloat4ToU32(ImVec4(p.colour.x, p.colour.y, p.colour.z, 0.35f)), 96,
        2.0f);
    draw.PopClipRect();
}

} // namespace heartflow::player

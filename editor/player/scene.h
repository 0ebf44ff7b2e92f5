// What the player asks the app to draw under the interface this frame (shader passes).
#pragma once

#include <imgui.h>

#include <optional>

namespace heartflow::player {

/// The breathing pacer: a soft disc whose size follows the breath.
struct PacerDraw {
    ImVec2 center;    ///< Centre, in window pixels from the top left.
    float max_radius; ///< Radius of a full breath, in window pixels.
    float fill;       ///< 0 (empty lungs) to 1 (full).
    ImVec4 colour;    ///< Disc colour.
    ImVec2 clip_min;  ///< Top left of the visible area it may paint, window pixels.
    ImVec2 clip_max;  ///< Bottom right of that area (exclusive).
};

/// The background and custom passes of one frame.
struct Scene {
    ImVec4 top;                     ///< Gradient colour at the top.
    ImVec4 bottom;                  ///< Gradient colour at the bottom.
    ImVec4 glow;                    ///< Slow glow colour (alpha = strength).
    bool animate = true;            ///< False for reduced motion: a still background.
    std::optional<PacerDraw> pacer; ///< The pacer, on breathing nodes.
};

/// Paints the pacer with ImGui shapes into `draw` (where no shader can draw it).
void add_pacer_shape(ImDrawList& draw, const PacerDraw& pacer);

} // namespace heartflow::player

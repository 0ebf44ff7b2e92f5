// The editor's panel sizes.
#include "edit/panel_sizes.h"

#include "canvas/camera.h"

#include <algorithm>

namespace heartflow::editor {

namespace {

// Controls' height and the menu and status bars' before the fonts are built (17 px text).
constexpr float kFirstFrameHeight = 27.0f;
constexpr float kBarsHeight = 2.0f * kFirstFrameHeight + 8.0f;

} // namespace

PanelSizes panel_sizes(ImVec2 area, float frame_h, bool playing, bool problems) {
    PanelSizes s;
    s.inspector_w = std::clamp(area.x * 0.3f, 330.0f, 520.0f);
    s.play_w = playing ? std::clamp(area.x * 0.3f, 340.0f, 500.0f) : 0.0f;
    s.canvas_w = std::max(200.0f, area.x - s.inspector_w - s.play_w);
    s.problems_h = problems ? std::clamp(area.y * 0.2f, 110.0f, 220.0f) : frame_h + 20.0f;
    s.canvas_h = std::max(50.0f, area.y - s.problems_h);
    return s;
}

double first_canvas_aspect(int width, int height) {
    const ImVec2 room = fitted_room(first_canvas_size(width, height));
    return room.x / room.y;
}

ImVec2 first_canvas_size(int width, int height) {
    const ImVec2 area{static_cast<float>(width), static_cast<float>(height) - kBarsHeight};
    const PanelSizes s = panel_sizes(area, kFirstFrameHeight, false, false);
    return {s.canvas_w, s.canvas_h};
}

} // namespace heartflow::editor

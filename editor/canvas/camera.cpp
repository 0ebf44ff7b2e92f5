// The canvas camera.
#include "canvas/camera.h"

#include <algorithm>

namespace heartflow::editor {

ImVec2 fitted_room(ImVec2 canvas_size) {
    return {std::max(1.0f, canvas_size.x - 2.0f * kFitMargin),
            std::max(1.0f, canvas_size.y - 2.0f * kFitMargin)};
}

ImVec2 Camera::to_screen(ImVec2 w) const {
    return {origin.x + (w.x - pan.x) * zoom, origin.y + (w.y - pan.y) * zoom};
}

ImVec2 Camera::to_world(ImVec2 s) const {
    return {(s.x - origin.x) / zoom + pan.x, (s.y - origin.y) / zoom + pan.y};
}

void Camera::pan_by_screen(ImVec2 delta) {
    pan.x -= delta.x / zoom;
    pan.y -= delta.y / zoom;
}

void Camera::zoom_about(ImVec2 screen, float new_zoom) {
    const ImVec2 anchor = to_world(screen);
    zoom = std::clamp(new_zoom, min_zoom, kMaxZoom);
    pan.x = anchor.x - (screen.x - origin.x) / zoom;
    pan.y = anchor.y - (screen.y - origin.y) / zoom;
}

void Camera::fit(const Rect& world, ImVec2 canvas_size, float margin) {
    const ImVec2 size = world.size();
    const float avail_x = std::max(1.0f, canvas_size.x - 2 * margin);
    const float avail_y = std::max(1.0f, canvas_size.y - 2 * margin);
    const float zx = size.x > 0 ? avail_x / size.x : 1.0f;
    const float zy = size.y > 0 ? avail_y / size.y : 1.0f;
    zoom = std::clamp(std::min({zx, zy, 1.0f}), kLeastZoom, kMaxZoom);
    min_zoom = std::clamp(zoom, kLeastZoom, kMinZoom);
    centre_on({(world.min.x + world.max.x) * 0.5f, (world.min.y + world.max.y) * 0.5f},
              canvas_size);
}

void Camera::centre_on(ImVec2 w, ImVec2 canvas_size) {
    pan.x = w.x - canvas_size.x * 0.5f / zoom;
    pan.y = w.y - canvas_size.y * 0.5f / zoom;
}

} // namespace heartflow::editor

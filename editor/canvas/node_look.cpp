// Title rooms and the choice of a node's look at a zoom.
#include "canvas/node_look.h"

#include <algorithm>
#include <cmath>

namespace heartflow::editor {

namespace {

// How far apart, in world units, two boxes are looked for as neighbours; a node with none that
// near takes this much room on that side.
constexpr float kReach = kNodeWidth;
// A screen-space title is at least this many times its size wide (a few letters and "..."), and
// at most this many (a long title is shortened rather than reaching across the canvas).
constexpr float kLeastLabelEms = 4.0f;
constexpr float kMostLabelEms = 16.0f;
// Height of a title's line, as a multiple of its size, with its padding.
constexpr float kLabelLineEms = 1.4f;

// Half the space between two ranges [a0, a1] and [b0, b1] that do not overlap (0 when they do).
float half_gap(float a0, float a1, float b0, float b1) {
    return std::max(0.0f, std::max(b0 - a1, a0 - b1)) * 0.5f;
}

ImVec2 room_of(const CanvasModel& m, std::size_t i) {
    const Rect r = m.node_rect(i);
    const Rect around{{r.min.x - 2.0f * kReach, r.min.y - 2.0f * kReach},
                      {r.max.x + 2.0f * kReach, r.max.y + 2.0f * kReach}};
    float side = kReach, below = kReach;
    // First beside the box (boxes sharing some of its height), then above and below it within
    // the width its title may take.
    m.node_grid().query(around, [&](std::uint32_t k) {
        const Rect o = m.node_rect(k);
        if (k != i && o.min.y <= r.max.y && r.min.y <= o.max.y)
            side = std::min(side, half_gap(r.min.x, r.max.x, o.min.x, o.max.x));
    });
    m.node_grid().query(around, [&](std::uint32_t k) {
        const Rect o = m.node_rect(k);
        const bool beside = o.min.y <= r.max.y && r.min.y <= o.max.y;
        if (k != i && !beside && o.min.x <= r.max.x + side && r.min.x - side <= o.max.x)
            below = std::min(below, half_gap(r.min.y, r.max.y, o.min.y, o.max.y));
    });
    return {r.size().x * 0.5f + side, r.size().y * 0.5f + below};
}

} // namespace

std::vector<ImVec2> title_rooms(const CanvasModel& model) {
    std::vector<ImVec2> rooms(model.positions.size());
    for (std::size_t i = 0; i < rooms.size(); ++i)
        rooms[i] = room_of(model, i);
    return rooms;
}

float title_pixels(float zoom, float least_px) {
    return std::max(kTitleSize * zoom, least_px);
}

float label_width(float zoom, ImVec2 room, float least_px) {
    return std::min(2.0f * room.x * zoom - 4.0f, kMostLabelEms * least_px);
}

NodeLook node_look(float zoom, ImVec2 room, float least_px) {
    const float title = title_pixels(zoom, least_px);
    if (kNodeHeader * zoom >= title + 6.0f) return NodeLook::card;
    const bool wide = label_width(zoom, room, least_px) >= kLeastLabelEms * least_px;
    const bool tall = 2.0f * room.y * zoom >= kLabelLineEms * title;
    return wide && tall ? NodeLook::label : NodeLook::dot;
}

bool card_text_shown(float zoom) {
    return kTextSize * zoom >= kLeastCardTextPixels;
}

} // namespace heartflow::editor

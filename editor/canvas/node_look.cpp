// Title rooms and the choice of a node's look at a zoom.
#include "canvas/node_look.h"

#include <algorithm>
#include <cmath>

namespace heartflow::editor {

namespace {

// How far apart, in world units, two boxes are looked for as neighbours; a node with none that
// near takes this much room on that side (far out, where titles are wider than their boxes, a
// few hundred pixels). A flow small enough to be laid out for the canvas is seen fitted, where a
// node alone in its row must still have room for a long title: its boxes are looked for further.
constexpr float kReach = 3.0f * kNodeWidth;
constexpr float kSmallFlowReach = 8.0f * kNodeWidth;
// A screen-space title is at least this many times its size wide (a few letters and "..."), and
// at most this many (a long title is shortened rather than reaching across the canvas).
constexpr float kLeastLabelEms = 4.0f;
constexpr float kMostLabelEms = 24.0f;
// Height of a title's line, as a multiple of its size, with its padding.
constexpr float kLabelLineEms = 1.4f;

// Labels are placed at their least size on screen, where most of them fit, and placed again
// when zooming out makes them smaller than that, or zooming in a quarter bigger.
constexpr float kLabelMostSlack = 1.25f;

// Half the space between two ranges [a0, a1] and [b0, b1] that do not overlap (0 when they do).
float half_gap(float a0, float a1, float b0, float b1) {
    return std::max(0.0f, std::max(b0 - a1, a0 - b1)) * 0.5f;
}

TitleRoom room_of(const CanvasModel& m, std::size_t i) {
    const Rect r = m.node_rect(i);
    const float reach = m.positions.size() <= kShapedLayoutNodes ? kSmallFlowReach : kReach;
    const Rect around{{r.min.x - 2.0f * reach, r.min.y - 2.0f * reach},
                      {r.max.x + 2.0f * reach, r.max.y + 2.0f * reach}};
    const float centre = (r.min.x + r.max.x) * 0.5f;
    TitleRoom room;
    float side = reach, below = reach;
    // First beside the box (boxes sharing some of its height), then above and below it within
    // the width its title may take.
    m.node_grid().query(around, [&](std::uint32_t k) {
        const Rect o = m.node_rect(k);
        if (k == i || o.max.y < r.min.y || r.max.y < o.min.y) return;
        side = std::min(side, half_gap(r.min.x, r.max.x, o.min.x, o.max.x));
        const float apart = (o.min.x + o.max.x) * 0.5f - centre;
        std::int32_t& nearest = apart < 0.0f ? room.left : room.right;
        float& nearest_apart = apart < 0.0f ? room.left_apart : room.right_apart;
        if (nearest < 0 || std::fabs(apart) < nearest_apart) {
            nearest = static_cast<std::int32_t>(k);
            nearest_apart = std::fabs(apart);
        }
    });
    m.node_grid().query(around, [&](std::uint32_t k) {
        const Rect o = m.node_rect(k);
        const bool beside = o.min.y <= r.max.y && r.min.y <= o.max.y;
        if (k != i && !beside && o.min.x <= r.max.x + side && r.min.x - side <= o.max.x)
            below = std::min(below, half_gap(r.min.y, r.max.y, o.min.y, o.max.y));
    });
    room.half = {r.size().x * 0.5f + side, r.size().y * 0.5f + below};
    // With no neighbour near on a side, the title may reach as far as one was looked for.
    if (room.left < 0) room.left_apart = r.size().x * 0.5f + reach;
    if (room.right < 0) room.right_apart = r.size().x * 0.5f + reach;
    return room;
}

// The widest a title may be at `zoom` in its sure room `half` (world units), pixels.
float label_width(float zoom, ImVec2 room, float least_px) {
    return std::min(2.0f * room.x * zoom - 4.0f, kMostLabelEms * least_px);
}

} // namespace

std::vector<TitleRoom> title_rooms(const CanvasModel& model) {
    std::vector<TitleRoom> rooms(model.positions.size());
    for (std::size_t i = 0; i < rooms.size(); ++i)
        rooms[i] = room_of(model, i);
    return rooms;
}

float shared_label_width(float zoom, const TitleRoom& room, float wanted, float left_wanted,
                         float right_wanted, float least_px) {
    // Toward a neighbour whose centre is `apart` pixels away, a title may reach the rest of the
    // way once the neighbour's title has taken what it wants of its own half.
    auto toward = [&](std::int32_t neighbour, float apart, float other) {
        const float gap = apart * zoom;
        return neighbour < 0 ? gap : gap - std::min(gap * 0.5f, other * 0.5f);
    };
    const float half = std::min(toward(room.left, room.left_apart, left_wanted),
                                toward(room.right, room.right_apart, right_wanted));
    return std::min({2.0f * half - 4.0f, wanted, kMostLabelEms * least_px});
}

float title_pixels(float zoom, float least_px) {
    return std::max(kTitleSize * zoom, least_px);
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

TitleMetrics title_metrics(ImFont* font, float least_px, ImVec2 view) {
    TitleMetrics m;
    m.least_px = least_px;
    m.view_width = view.x;
    m.view_height = view.y;
    if (!font || font->FontSize <= 0.0f) return m;
    for (int c = 32; c < 127; ++c)
        m.advance[static_cast<std::size_t>(c)] =
            font->GetCharAdvance(static_cast<ImWchar>(c)) / font->FontSize;
    m.other_advance = font->GetCharAdvance(0x00E9) / font->FontSize; // an accented letter
    return m;
}

float label_world_size(float zoom, float least_px) {
    return std::max(kTextSize, least_px / std::max(zoom, 1e-4f));
}

bool label_size_fits(float size, float zoom, float least_px) {
    const float pixels = size * zoom;
    return pixels >= least_px * 0.999f &&
           (size <= kTextSize || pixels <= least_px * kLabelMostSlack);
}

} // namespace heartflow::editor

// Semantic zoom: how a node is drawn at a zoom. Far out a node is a dot; nearer, a small box
// with its title drawn in screen space (readable however small the box, shortened to the room
// its neighbours leave); nearer still, a card with the title in its header, then its text and
// choices once they are big enough to read.
#pragma once

#include "canvas/canvas_model.h"
#include "document/shaped_layout.h"

#include <cstdint>
#include <vector>

namespace heartflow::editor {

/// A node's title size in world units (on screen: this times the zoom, never under the least).
inline constexpr float kTitleSize = 18.0f;
/// A node's text size in world units.
inline constexpr float kTextSize = 16.0f;
/// The least size, in screen pixels, of a node's title (at a text scale of 1).
inline constexpr float kLeastTitlePixels = 12.0f;
/// The least size, in screen pixels, at which a card shows its text and choice rows.
inline constexpr float kLeastCardTextPixels = 10.0f;

/// How a node is drawn.
enum class NodeLook {
    dot,   ///< A coloured dot: no room for a readable title.
    label, ///< A small box under its title, drawn in screen space.
    card,  ///< The full card; its title in the header.
};

/// The room around a node's box for a title drawn centred on it, in world units.
struct TitleRoom {
    ImVec2 half;             ///< Half-width and half-height it may take for sure: up to half the
                             ///< space between its box and its neighbours'.
    std::int32_t left = -1;  ///< The nearest node beside it on the left (-1: none near).
    std::int32_t right = -1; ///< The nearest node beside it on the right (-1: none near).
    float left_apart = 0.0f, right_apart = 0.0f; ///< How far their centres are from its centre.
};

/// Each node's title room.
[[nodiscard]] std::vector<TitleRoom> title_rooms(const CanvasModel& model);

/// The widest, in pixels, a title may be at `zoom` when it wants `wanted` pixels and its
/// neighbours on the left and right want `left_wanted` and `right_wanted` (what a neighbour
/// leaves unused of its half of the space between them may be borrowed; two titles never meet).
[[nodiscard]] float shared_label_width(float zoom, const TitleRoom& room, float wanted,
                                       float left_wanted, float right_wanted, float least_px);

/// The title's size on screen at `zoom`, given the least readable size `least_px`.
[[nodiscard]] float title_pixels(float zoom, float least_px);

/// How node with title room `room` (world units) is drawn at `zoom` when titles are at least
/// `least_px` pixels.
[[nodiscard]] NodeLook node_look(float zoom, ImVec2 room, float least_px);

/// True when a card at `zoom` shows its text and choice rows (they are big enough to read).
[[nodiscard]] bool card_text_shown(float zoom);

/// The canvas's title metrics for the layout (shaped_layout): `font`'s advances (null: the
/// layout's estimate), the least title size `least_px` and the canvas's size `view`, pixels.
[[nodiscard]] TitleMetrics title_metrics(ImFont* font, float least_px, ImVec2 view);

/// The text size, world units, to place links' labels at for `zoom`: a card's text size, or
/// bigger far out so that on screen they are `least_px` (titles' least size).
[[nodiscard]] float label_world_size(float zoom, float least_px);

/// True when labels placed at world size `size` read well at `zoom`: at least `least_px` on
/// screen, and not bigger than they need be far out (else they are placed again).
[[nodiscard]] bool label_size_fits(float size, float zoom, float least_px);

} // namespace heartflow::editor

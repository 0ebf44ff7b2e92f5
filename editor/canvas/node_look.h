// Semantic zoom: how a node is drawn at a zoom. Far out a node is a dot; nearer, a small box
// with its title drawn in screen space (readable however small the box, shortened to the room
// its neighbours leave); nearer still, a card with the title in its header, then its text and
// choices once they are big enough to read.
#pragma once

#include "canvas/canvas_model.h"

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

/// The room around each node's box that a title drawn centred on it may take without reaching a
/// neighbour's half of the space between them: half-width and half-height in world units.
[[nodiscard]] std::vector<ImVec2> title_rooms(const CanvasModel& model);

/// The title's size on screen at `zoom`, given the least readable size `least_px`.
[[nodiscard]] float title_pixels(float zoom, float least_px);

/// How node with title room `room` (world units) is drawn at `zoom` when titles are at least
/// `least_px` pixels.
[[nodiscard]] NodeLook node_look(float zoom, ImVec2 room, float least_px);

/// The widest a screen-space title may be at `zoom` for a node with title room `room`, pixels.
[[nodiscard]] float label_width(float zoom, ImVec2 room, float least_px);

/// True when a card at `zoom` shows its text and choice rows (they are big enough to read).
[[nodiscard]] bool card_text_shown(float zoom);

} // namespace heartflow::editor

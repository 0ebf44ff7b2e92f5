// The layered layout of a flow for the canvas, shaped to the canvas: a deep flow's layout is a
// tall column, which fitted into a wide canvas leaves its sides empty and every title too small.
// Asked for wider through the layout's own options (a wider gap between boxes), it fills the
// canvas, so fitting it lands at a zoom where titles can be read. Then each layer is spaced so
// that neighbouring titles, drawn at their least size on the fitted canvas, fit side by side.
#pragma once

#include "heartflow/flow.h"
#include "heartflow/layout.h"

#include <array>

namespace heartflow::editor {

/// Flows with more nodes than this are laid out as they come: fitting them shows no titles
/// anyway, and shaping takes three layouts.
inline constexpr std::size_t kShapedLayoutNodes = 300;

/// How the canvas draws titles and labels far out, so that the layout spaces them truly: its
/// font's advance of each character (measured by the canvas; a default letter width otherwise),
/// the least size of a title on screen, and the room a fitted layout gets on the canvas (its size
/// less the fit's margins) in pixels.
struct TitleMetrics {
    std::array<float, 128> advance{}; ///< Each ASCII character's advance in ems (all 0: unknown).
    float other_advance = 0.62f;      ///< Any other character's advance in ems, and each one's
                                      ///< when `advance` is unknown.
    float least_px = 12.0f;           ///< Titles' (and labels') least size on screen, pixels.
    float view_width = 0.0f;          ///< The fitted room, pixels (0: not known).
    float view_height = 0.0f;         ///< The fitted room, pixels (0: not known; taken as 40
                                      ///< titles tall).
};

/// How wide `text` is in title sizes (ems) by `metrics`.
[[nodiscard]] double text_ems(std::string_view text, const TitleMetrics& metrics);

/// The layered layout of `flow` for the canvas's boxes (canvas_layout_options), widened towards
/// `aspect` (width / height of the view) when it is narrower than that, with the boxes of each
/// layer moved apart (in order, as little as it takes) until their titles fit beside each other
/// when the layout is fitted to the view; its routes are then left empty. An aspect of 0 keeps
/// the layout as it comes. `previous` (LayoutOptions::previous) keeps it near earlier positions.
/// Titles are measured by `metrics`. Near a previous layout most of whose nodes are placed, the
/// layout is not widened again: the boxes keep their places, gaps and rows where they can.
[[nodiscard]] Layout shaped_layout(const Flow& flow, double aspect,
                                   std::vector<std::optional<LayoutPoint>> previous = {},
                                   const TitleMetrics& metrics = {});

} // namespace heartflow::editor

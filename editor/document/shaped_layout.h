// The layered layout of a flow for the canvas, shaped to the canvas: a deep flow's layout is a
// tall column, which fitted into a wide canvas leaves its sides empty and every title too small.
// Asked for wider through the layout's own options (a wider gap between boxes), it fills the
// canvas, so fitting it lands at a zoom where titles can be read. Then each layer is spaced so
// that neighbouring titles, drawn at their least size on the fitted canvas, fit side by side.
#pragma once

#include "heartflow/flow.h"
#include "heartflow/layout.h"

namespace heartflow::editor {

/// Flows with more nodes than this are laid out as they come: fitting them shows no titles
/// anyway, and shaping takes three layouts.
inline constexpr std::size_t kShapedLayoutNodes = 300;

/// The layered layout of `flow` for the canvas's boxes (canvas_layout_options), widened towards
/// `aspect` (width / height of the view) when it is narrower than that, with the boxes of each
/// layer moved apart (in order, as little as it takes) until their titles fit beside each other
/// when the layout is fitted to the view; its routes are then left empty. An aspect of 0 keeps
/// the layout as it comes. `previous` (LayoutOptions::previous) keeps it near earlier positions.
[[nodiscard]] Layout shaped_layout(const Flow& flow, double aspect,
                                   std::vector<std::optional<LayoutPoint>> previous = {});

} // namespace heartflow::editor

// The layered layout of a flow for the canvas, shaped to the canvas: a deep flow's layout is a
// tall column, which fitted into a wide canvas leaves its sides empty and every title too small.
// Asked for wider through the layout's own options (a wider gap between boxes), it fills the
// canvas, so fitting it lands at a zoom where titles can be read.
#pragma once

#include "heartflow/flow.h"
#include "heartflow/layout.h"

namespace heartflow::editor {

/// Flows with more nodes than this are laid out as they come: fitting them shows no titles
/// anyway, and shaping takes three layouts.
inline constexpr std::size_t kShapedLayoutNodes = 300;

/// The layered layout of `flow` for the canvas's boxes (canvas_layout_options), widened towards
/// `aspect` (width / height of the view) when it is narrower than that. An aspect of 0 keeps the
/// layout as it comes. `previous` (LayoutOptions::previous) keeps it near earlier positions.
[[nodiscard]] Layout shaped_layout(const Flow& flow, double aspect,
                                   std::vector<std::optional<LayoutPoint>> previous = {});

} // namespace heartflow::editor

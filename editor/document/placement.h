// Where to draw nodes that have no `pos` yet: the engine's layered layout (layout_flow), placed
// below any nodes that do have positions. Nothing is written to the flow until the person moves
// a node or asks for auto-layout, so opening a hand-written flow never makes it dirty.
#pragma once

#include "document/edits.h"

#include <vector>

namespace heartflow::editor {

/// One position per node: its `pos` when it has one, else its place in the layered layout of
/// the whole flow (shaped_layout, towards `aspect`), shifted below the positioned nodes when
/// there are any.
[[nodiscard]] std::vector<Vec2> provisional_positions(const Flow& flow, double aspect = 0.0,
                                                      const TitleMetrics& metrics = {});

/// Gives every node without `pos` its provisional position (when a flow is opened, so the
/// document always has a place for every node), laid out towards the view's `aspect` (width /
/// height; 0: as the layout comes). Returns how many nodes were placed.
std::size_t fill_missing_positions(Flow& flow, double aspect = 0.0,
                                   const TitleMetrics& metrics = {});

} // namespace heartflow::editor

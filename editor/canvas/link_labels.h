// The canvas's choice labels, placed along the links' routed paths with the engine's label
// placement (heartflow/label_placement.h): each clear of every card, of the titles drawn beyond
// them and of every other label, shortened before it is left off, and placed again in another
// order when some found no room, so that every choice's arrow carries its words.
#pragma once

#include "canvas/canvas_model.h"
#include "canvas/node_look.h"

#include <heartflow/label_placement.h>

#include <imgui.h>

#include <cstddef>
#include <optional>
#include <vector>

namespace heartflow::editor {

/// The cuts a link's label is tried at, in bytes, longest first: the longest drawn, then shorter
/// ones when it finds no room (the shortest still says something, e.g. "Resent...").
inline constexpr std::size_t kLinkLabelCuts[] = {26, 20, 15, 12, 9, 6};

/// How big the links' labels are and what else they must keep clear of, world units.
struct LabelScale {
    float size = kTextSize;          ///< The labels' text size.
    std::vector<LayoutRect> covers;  ///< What is drawn beyond the cards (titles far out).
    std::optional<LayoutRect> frame; ///< Where the labels must stay (none: anywhere).
};

/// Places the labels of `model`'s choice links along their paths (text measured in `font` at
/// `scale.size`, world units), each clear of every card, of `scale.covers` and of the other
/// labels: cut to the first of kLinkLabelCuts that finds room, else no label (the whole text is
/// on hover whenever it is cut). When some find no room, those go first in another try, and the
/// try showing the most labels is kept.
void place_link_labels(CanvasModel& model, const Flow& flow, ImFont* font,
                       const LabelScale& scale = {});

} // namespace heartflow::editor

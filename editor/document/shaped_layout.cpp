// Widening a layered layout by its node gap until it has the view's shape.
#include "document/shaped_layout.h"

#include "document/node_box.h"

#include <algorithm>

namespace heartflow::editor {

namespace {

// The widest gap asked for, in node widths: past it boxes are too far apart to follow.
constexpr double kMostGapWidths = 8.0;
// How much wider the gap of the probing layout is.
constexpr double kProbe = 400.0;

} // namespace

Layout shaped_layout(const Flow& flow, double aspect,
                     std::vector<std::optional<LayoutPoint>> previous) {
    LayoutOptions options = canvas_layout_options(flow);
    options.previous = std::move(previous);
    Layout layout = layout_flow(flow, options);
    const double target = aspect * layout.height;
    if (aspect <= 0.0 || flow.nodes.size() > kShapedLayoutNodes || layout.width >= target)
        return layout;
    // The width grows with the gap in a straight line (every gap between boxes and lanes of a
    // layer widens alike), so one probe tells the gap that gives the width wanted.
    const double base = options.node_gap, width = layout.width;
    options.node_gap = base + kProbe;
    const Layout probe = layout_flow(flow, options);
    const double per_unit = (probe.width - width) / kProbe;
    if (per_unit <= 0.0) return layout;
    options.node_gap =
        std::min(base + (target - width) / per_unit, kMostGapWidths * options.node_width);
    return layout_flow(flow, options);
}

} // namespace heartflow::editor

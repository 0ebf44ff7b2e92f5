// Present mode's chart of the whole flow: laid out once with the engine's layered layout, drawn
// with ImDrawList into any rectangle (fitted, so the whole flow shows), with the path taken lit,
// the nodes visited tinted and the current node marked; the marker glides from the node before.
// When the boxes are too small for their titles, the path's nodes are labelled beside their
// boxes, the current one first, where no label covers a box or another label.
#pragma once

#include "heartflow/flow_graph.h"
#include "heartflow/layout.h"
#include "heartflow/session.h"
#include "kit/theme.h"
#include "present/pixel_rect.h"

#include <imgui.h>

#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace heartflow::present {

/// A flow laid out for drawing. Made once per flow (a layout is not free on big flows).
struct ChartModel {
    /// Lays out `flow`. Precondition: flow is not null.
    explicit ChartModel(std::shared_ptr<const Flow> flow);
    std::shared_ptr<const Flow> flow; ///< The flow drawn.
    LayoutOptions options;            ///< Box sizes the layout used (layout units).
    Layout layout;                    ///< Boxes and routes.
    std::vector<FlowEdge> edges;      ///< The links, parallel to layout.routes.
};

/// What the path lights up on a chart.
struct ChartMarks {
    std::vector<bool> visited;            ///< Per node: on the path.
    std::vector<bool> lit;                ///< Per edge: a link the path took.
    std::optional<std::uint32_t> current; ///< The node on screen.
    std::vector<std::uint32_t> recent;    ///< The path's nodes, each once, latest first.
};

/// The marks of a session's path: each step's node and, with `light_links`, the link each step
/// left by (the choice taken, or the `next` when it was continued). A tour passes false: its
/// steps are jumps, not links taken.
[[nodiscard]] ChartMarks chart_marks(const ChartModel& chart, std::span<const PathStep> path,
                                     bool light_links = true);

/// How a chart is drawn this frame.
struct ChartLook {
    const kit::Palette* palette = nullptr;   ///< Colours.
    ImFont* label_font = nullptr;            ///< Node titles inside boxes (scaled to the zoom).
    ImFont* callout_font = nullptr;          ///< The current node's title beside its box.
    std::optional<std::uint32_t> glide_from; ///< Node the marker comes from.
    float glide = 1.0f;                      ///< 0 at the node before, 1 at the current one.
    float pulse = 0.0f;                      ///< 0-1 extra glow of the marker (0: still).
    bool callout = true;                     ///< Label the path's nodes beside their boxes.
    std::optional<std::uint32_t> preview;    ///< Where the highlighted choice leads (outlined).
    ImFont* path_font = nullptr; ///< Titles of the path's other nodes (else callout_font).
};

/// A title beside a node's box.
struct ChartLabel {
    std::uint32_t node = 0; ///< The node it names.
    PixelRect rect;         ///< Where its pill is drawn.
    float wrap = 0.0f;      ///< The width its text wraps at.
    bool current = false;   ///< True for the node on screen.
};

/// Where a chart drawn into a rectangle puts things.
struct ChartPlacement {
    std::vector<PixelRect> boxes;   ///< Each node's box.
    std::vector<ChartLabel> labels; ///< The path's labels that found room.
};

/// The boxes and labels of the chart drawn into [min, max]; no label when the boxes show their
/// own titles, or when look.callout is off.
[[nodiscard]] ChartPlacement place_chart(ImVec2 min, ImVec2 max, const ChartModel& chart,
                                         const ChartMarks& marks, const ChartLook& look);

/// Draws the chart fitted into [min, max] (screen pixels) on `list`.
void draw_chart(ImDrawList* list, ImVec2 min, ImVec2 max, const ChartModel& chart,
                const ChartMarks& marks, const ChartLook& look);

} // namespace heartflow::present

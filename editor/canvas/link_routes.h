// The canvas's links routed by the engine's shared router (heartflow/edge_router.h), as the chart
// exports' labels are placed (heartflow/label_placement.h): out of each port to the right, around
// every card, into the top of the target, then nudged apart and labelled so that no label covers
// a card or another label. Incremental: a route is kept while its two ends stay where they were
// and no card moved onto it; a small flow is routed whole, a big one as its links come into view,
// a few milliseconds a frame at most (the rest are drawn as curves until then).
#pragma once

#include "canvas/canvas_model.h"
#include "canvas/link_labels.h"

#include <heartflow/edge_router.h>

#include <imgui.h>

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <vector>

namespace heartflow::editor {

/// Flows with at most this many links are routed whole (over a few frames when need be); a
/// bigger one only where it is looked at.
inline constexpr std::size_t kRouteWholeLimit = 4000;

/// Routes and labels of a canvas model's links, kept between rebuilds of the model.
class LinkRouting {
public:
    /// Takes over `model` (built afresh, or re-indexed after a drag): keeps each earlier route
    /// whose ends are where they were and that enters no card now; the rest wait for route().
    void adopt(CanvasModel& model);
    /// Routes waiting links, those in `first` before the others (which wait in a big flow), for
    /// about `budget_ms`; then, when a route changed, nudges them apart, places the labels (text
    /// measured in `font`) and re-indexes the links. Returns true when a path changed.
    bool route(CanvasModel& model, const Flow& flow, std::span<const std::uint32_t> first,
               ImFont* font, double budget_ms);
    /// Links still drawn as curves.
    [[nodiscard]] std::size_t waiting() const { return waiting_; }
    /// True when the last route() changed a path (more may follow next frame).
    [[nodiscard]] bool busy() const { return busy_; }
    /// Forgets the routes of links into or out of `nodes` (their cards are being dragged).
    void drop_routes_of(CanvasModel& model, std::span<const std::size_t> nodes);
    /// Places the labels again at `scale` with the next route() (the zoom changed).
    void set_label_scale(LabelScale scale);
    /// The scale the labels are placed at.
    [[nodiscard]] const LabelScale& label_scale() const { return scale_; }

private:
    using Ends = std::array<float, 4>; // port x, y and input x, y
    [[nodiscard]] static Ends ends_of(const CanvasModel& model, std::size_t l);
    void route_one(std::size_t l);
    void finish(CanvasModel& model, const Flow& flow, ImFont* font);

    std::optional<EdgeRouter> router_;
    std::vector<std::vector<LayoutPoint>> raw_; // each link's route before nudging; empty: waits
    std::vector<Ends> ends_;                    // where each route's ends were
    std::vector<std::uint8_t> state_;           // waiting, routed, or no route found (a curve)
    std::size_t waiting_ = 0;
    LabelScale scale_;
    bool changed_ = false; // raw routes changed since the last finish
    bool relabel_ = false; // the label scale changed since the last finish
    bool busy_ = false;    // the last route() changed a path
};

} // namespace heartflow::editor

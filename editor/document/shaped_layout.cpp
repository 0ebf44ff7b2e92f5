// Widening a layered layout by its node gap until it has the view's shape, then spacing each
// layer so that neighbouring titles fit beside each other when the layout is fitted.
#include "document/shaped_layout.h"

#include "document/node_box.h"

#include <algorithm>
#include <map>
#include <string_view>

namespace heartflow::editor {

namespace {

// The widest gap asked for, in node widths: past it boxes are too far apart to follow.
constexpr double kMostGapWidths = 8.0;
// How much wider the gap of the probing layout is.
constexpr double kProbe = 400.0;
// A title's plate around its text, with a problem badge (the canvas's title_room: 8 pixels of
// padding and 2 to each side, and one title size for the badge), and the widest a title is
// drawn (the canvas's kMostLabelEms), in title sizes and pixels.
constexpr double kPlatePixels = 12.0;
constexpr double kBadgeEms = 1.0;
constexpr double kMostTitleEms = 24.0;
// The fewest title lines the fitted view is taken to be tall when its height is not known:
// titles are spaced for a canvas that small, and no further apart.
constexpr double kLeastViewLines = 40.0;

// How wide `node`'s title plate is on the fitted canvas, in title sizes.
double title_ems(const Node& node, const TitleMetrics& metrics) {
    const double plate = kPlatePixels / metrics.least_px + kBadgeEms;
    return std::min(text_ems(node.display_title(), metrics) + plate, kMostTitleEms);
}

// Each layer's nodes, left to right.
std::vector<std::vector<std::size_t>> layers_of(const Layout& layout) {
    std::map<std::uint32_t, std::vector<std::size_t>> by_layer;
    for (std::size_t i = 0; i < layout.positions.size() && i < layout.layers.size(); ++i)
        by_layer[layout.layers[i]].push_back(i);
    std::vector<std::vector<std::size_t>> out;
    for (auto& entry : by_layer) {
        std::sort(entry.second.begin(), entry.second.end(), [&](std::size_t a, std::size_t b) {
            return layout.positions[a].x < layout.positions[b].x;
        });
        out.push_back(std::move(entry.second));
    }
    return out;
}

// The least distance between the left edges of neighbours `a` and `b` when a title size is
// `per_em` layout units: their boxes apart by the layout's gap, their titles' halves side by side.
struct Spacing {
    const std::vector<double>& ems; // title_ems of each node
    double least;                   // node width and gap
    double per_em;
    [[nodiscard]] double operator()(std::size_t a, std::size_t b) const {
        return std::max(least, per_em * (ems[a] + ems[b]) * 0.5);
    }
    /// How far node `a`'s title reaches past its box on each side.
    [[nodiscard]] double overhang(std::size_t a, double node_width) const {
        return std::max(0.0, (per_em * ems[a] - node_width) * 0.5);
    }
};

// True when every layer, its boxes spaced by `apart`, fits in `width`.
bool fits(const std::vector<std::vector<std::size_t>>& layers, const Spacing& apart, double width,
          double node_width) {
    for (const auto& layer : layers) {
        if (layer.empty()) continue;
        double span = node_width + apart.overhang(layer.front(), node_width) +
                      apart.overhang(layer.back(), node_width);
        for (std::size_t k = 1; k < layer.size(); ++k)
            span += apart(layer[k - 1], layer[k]);
        if (span > width) return false;
    }
    return true;
}

// Moves the boxes of `layer` as little as it takes to be spaced by `apart` within `width`, the
// titles at its ends inside it too.
void space_layer(const std::vector<std::size_t>& layer, const Spacing& apart, double width,
                 double node_width, Layout& layout) {
    if (layer.empty()) return;
    auto x = [&](std::size_t k) -> double& { return layout.positions[layer[k]].x; };
    x(0) = std::max(x(0), apart.overhang(layer.front(), node_width));
    for (std::size_t k = 1; k < layer.size(); ++k)
        x(k) = std::max(x(k), x(k - 1) + apart(layer[k - 1], layer[k]));
    x(layer.size() - 1) = std::min(x(layer.size() - 1),
                                   width - node_width - apart.overhang(layer.back(), node_width));
    for (std::size_t k = layer.size() - 1; k > 0; --k)
        x(k - 1) = std::min(x(k - 1), x(k) - apart(layer[k - 1], layer[k]));
}

// Spaces every layer so that its titles, at the zoom that fits the layout into a view of the
// layout's shape `width` wide, sit side by side: as far apart as the widest layer allows, and
// no further than a view kLeastViewLines titles tall needs.
void space_titles(const Flow& flow, const LayoutOptions& options, const TitleMetrics& metrics,
                  double width, Layout& layout) {
    std::vector<double> ems;
    ems.reserve(flow.nodes.size());
    for (const Node& node : flow.nodes)
        ems.push_back(title_ems(node, metrics));
    const auto layers = layers_of(layout);
    Spacing apart{ems, options.node_width + LayoutOptions{}.node_gap, 0.0};
    // A title size on the fitted canvas, in layout units: the layout's height or its width,
    // whichever fills the view first, over the view's size in titles.
    const double lines =
        metrics.view_height > 0 ? metrics.view_height / metrics.least_px : kLeastViewLines;
    double high = layout.height / lines;
    if (metrics.view_width > 0)
        high = std::max(high, width * metrics.least_px / metrics.view_width);
    double low = 0.0;
    for (int step = 0; step < 40; ++step) {
        apart.per_em = (low + high) * 0.5;
        (fits(layers, apart, width, options.node_width) ? low : high) = apart.per_em;
    }
    apart.per_em = low;
    for (const auto& layer : layers)
        space_layer(layer, apart, width, options.node_width, layout);
    layout.width = 0.0;
    for (const LayoutPoint& p : layout.positions)
        layout.width = std::max(layout.width, p.x + options.node_width);
    layout.routes.clear();
}

// The layout widened by its gap towards `target` width (capped at kMostGapWidths).
Layout widened(const Flow& flow, LayoutOptions& options, Layout layout, double target) {
    if (layout.width >= target) return layout;
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

} // namespace

double text_ems(std::string_view text, const TitleMetrics& metrics) {
    const bool measured = metrics.advance['e'] > 0.0f;
    double ems = 0.0;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte & 0xC0) == 0x80) continue; // inside a character
        ems += measured && byte < 128 ? metrics.advance[byte] : metrics.other_advance;
    }
    return ems;
}

Layout shaped_layout(const Flow& flow, double aspect,
                     std::vector<std::optional<LayoutPoint>> previous,
                     const TitleMetrics& metrics) {
    LayoutOptions options = canvas_layout_options(flow);
    // Near a layout most of whose boxes are placed, the boxes keep their places and the gaps
    // they have: the layout is not widened again, so a small edit moves only what it must.
    const auto placed = std::count_if(previous.begin(), previous.end(),
                                      [](const std::optional<LayoutPoint>& p) { return p; });
    const bool near = placed > 0 && 2 * static_cast<std::size_t>(placed) > flow.nodes.size();
    options.previous = std::move(previous);
    Layout layout = layout_flow(flow, options);
    if (aspect <= 0.0 || flow.nodes.size() > kShapedLayoutNodes) return layout;
    const double target = aspect * layout.height;
    if (!near) layout = widened(flow, options, std::move(layout), target);
    space_titles(flow, options, metrics, std::max(target, layout.width), layout);
    return layout;
}

} // namespace heartflow::editor

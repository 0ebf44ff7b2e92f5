// Drawing the chart: links under boxes, the path's links on top, the marker, then the callout.
#include "present/flow_chart.h"

#include "kit/colour.h"
#include "present/chart_labels.h"

#include <algorithm>
#include <array>
#include <cfloat>
#include <cmath>

namespace heartflow::present {

namespace {

ImVec4 mix(const ImVec4& a, const ImVec4& b, float t) {
    return ImVec4(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t, a.z + (b.z - a.z) * t, 1.0f);
}

// Layout units to screen pixels: the whole layout fitted into a rectangle, centred, never
// drawn bigger than 1:1.
struct Fit {
    float zoom = 1.0f;
    ImVec2 offset;
    Fit(const Layout& layout, ImVec2 min, ImVec2 max, float margin) {
        const float w = std::max(1.0f, float(layout.width)),
                    h = std::max(1.0f, float(layout.height));
        zoom = std::min({(max.x - min.x - 2 * margin) / w, (max.y - min.y - 2 * margin) / h, 1.0f});
        zoom = std::max(zoom, 0.01f);
        offset = ImVec2((min.x + max.x - w * zoom) * 0.5f, (min.y + max.y - h * zoom) * 0.5f);
    }
    [[nodiscard]] ImVec2 to_screen(double x, double y) const {
        return ImVec2(offset.x + float(x) * zoom, offset.y + float(y) * zoom);
    }
};

// A node's box on screen.
struct Box {
    ImVec2 min;
    ImVec2 max;
};

Box box_of(const ChartModel& chart, const Fit& fit, std::uint32_t node) {
    const LayoutPoint& p = chart.layout.positions[node];
    return {fit.to_screen(p.x, p.y),
            fit.to_screen(p.x + chart.options.node_width, p.y + chart.options.node_height)};
}

void draw_link(ImDrawList* list, const std::vector<LayoutPoint>& route, const Fit& fit, ImU32 col,
               float thickness) {
    if (route.size() < 2) return;
    std::vector<ImVec2> points;
    points.reserve(route.size());
    for (const LayoutPoint& p : route)
        points.push_back(fit.to_screen(p.x, p.y));
    list->AddPolyline(points.data(), static_cast<int>(points.size()), col, 0, thickness);
    const ImVec2 tip = points.back(), from = points[points.size() - 2];
    const float dx = tip.x - from.x, dy = tip.y - from.y, len = std::sqrt(dx * dx + dy * dy);
    if (len < 1e-3f) return;
    const float size = std::clamp(thickness * 3.0f, 5.0f, 14.0f), ux = dx / len, uy = dy / len;
    list->AddTriangleFilled(
        tip, ImVec2(tip.x - ux * size - uy * size * 0.55f, tip.y - uy * size + ux * size * 0.55f),
        ImVec2(tip.x - ux * size + uy * size * 0.55f, tip.y - uy * size - ux * size * 0.55f), col);
}

// Titles smaller than this are not drawn in the boxes; the current node then gets a callout.
constexpr float kLeastLabel = 8.0f;
constexpr float kReadableLabel = 13.0f;

// The size of titles in boxes `h` pixels tall: 28% of the box, at most the label font's size.
float label_size(float h, const ChartLook& look) {
    return look.label_font ? std::min(h * 0.28f, look.label_font->FontSize) : 0.0f;
}

void draw_box(ImDrawList* list, const Box& b, const Node& node, bool visited, bool current,
              const ChartLook& look) {
    const kit::Palette& p = *look.palette;
    const float h = b.max.y - b.min.y, rounding = std::clamp(h * 0.12f, 1.0f, 10.0f);
    ImVec4 fill = mix(p.background_top, p.text, 0.06f);
    if (visited) fill = mix(fill, p.focus, 0.28f);
    if (current) fill = mix(fill, p.focus, 0.42f);
    list->AddRectFilled(b.min, b.max, kit::colour_u32(fill), rounding);
    list->AddRect(b.min, b.max, kit::colour_u32(visited ? p.focus : p.border), rounding, 0,
                  std::max(1.0f, h * 0.02f));
    if (node.kind == NodeKind::ending) {
        const float inset = std::max(2.0f, h * 0.06f);
        list->AddRect(ImVec2(b.min.x + inset, b.min.y + inset),
                      ImVec2(b.max.x - inset, b.max.y - inset), kit::colour_u32(p.border),
                      rounding * 0.7f);
    }
    const float size = label_size(h, look);
    if (size < kLeastLabel) return;
    const float pad = h * 0.1f, wrap = b.max.x - b.min.x - 2 * pad;
    const std::string& title = node.display_title();
    const ImVec2 text = look.label_font->CalcTextSizeA(size, FLT_MAX, wrap, title.c_str());
    const ImVec2 at(b.min.x + std::max(pad, (b.max.x - b.min.x - text.x) * 0.5f),
                    b.min.y + std::max(pad, (h - text.y) * 0.5f));
    const ImVec4 clip(b.min.x, b.min.y, b.max.x, b.max.y);
    list->AddText(look.label_font, size, at, kit::colour_u32(current ? p.text : p.text_soft),
                  title.c_str(), nullptr, wrap, &clip);
}

// The space inside a label's pill around its text, for a font of `size`.
ImVec2 label_padding(float size) {
    return ImVec2(size * 0.45f, size * 0.3f);
}

// The font of a node's label.
ImFont* label_font_of(const ChartLook& look, bool current) {
    return current || !look.path_font ? look.callout_font : look.path_font;
}

// The widths a label's text may wrap at within a chart `width` wide, the widest first.
std::array<float, 3> label_wraps(ImFont* font, float width) {
    const float em = font->FontSize;
    return {std::max(em * 4.0f, std::min(em * 11.0f, width * 0.45f)), em * 7.0f, em * 4.5f};
}

Fit fit_of(const ChartModel& chart, ImVec2 min, ImVec2 max) {
    return Fit(chart.layout, min, max, std::min(max.x - min.x, max.y - min.y) * 0.04f + 8.0f);
}

// A label's pill, and a thin line to its box when it sits away from it.
void draw_label(ImDrawList* list, const ChartLabel& label, const PixelRect& box,
                const std::string& title, const ChartLook& look) {
    const kit::Palette& p = *look.palette;
    ImFont* font = label_font_of(look, label.current);
    const ImVec2 pad = label_padding(font->FontSize);
    const PixelRect& r = label.rect;
    const ImVec2 near(std::clamp((box.min.x + box.max.x) * 0.5f, r.min.x, r.max.x),
                      std::clamp((box.min.y + box.max.y) * 0.5f, r.min.y, r.max.y));
    const ImVec2 to(std::clamp(near.x, box.min.x, box.max.x),
                    std::clamp(near.y, box.min.y, box.max.y));
    const ImVec4& edge = label.current ? p.focus : p.border;
    if (std::hypot(to.x - near.x, to.y - near.y) > pad.y * 2)
        list->AddLine(near, to, kit::colour_u32(edge, 0.8f), label.current ? 2.0f : 1.0f);
    const float round = (r.max.y - r.min.y) * 0.5f;
    list->AddRectFilled(r.min, r.max, kit::colour_u32(p.panel), std::min(round, pad.x * 2));
    list->AddRect(r.min, r.max, kit::colour_u32(edge), std::min(round, pad.x * 2), 0,
                  label.current ? 2.0f : 1.0f);
    list->AddText(font, font->FontSize, ImVec2(r.min.x + pad.x, r.min.y + pad.y),
                  kit::colour_u32(label.current ? p.text : p.text_soft), title.c_str(), nullptr,
                  label.wrap);
}

} // namespace

ChartModel::ChartModel(std::shared_ptr<const Flow> f)
    : flow(std::move(f)), layout(layout_flow(*flow, options)),
      edges(build_flow_graph(*flow).edges) {}

ChartMarks chart_marks(const ChartModel& chart, std::span<const PathStep> path, bool light_links) {
    ChartMarks marks;
    marks.visited.assign(chart.flow->nodes.size(), false);
    marks.lit.assign(chart.edges.size(), false);
    for (std::size_t i = 0; i < path.size(); ++i) {
        const std::uint32_t node = path[i].node.value;
        if (node < marks.visited.size()) marks.visited[node] = true;
        if (i == 0 || !light_links) continue;
        const PathStep& before = path[i - 1];
        for (std::size_t e = 0; e < chart.edges.size(); ++e) {
            const FlowEdge& edge = chart.edges[e];
            if (edge.from == before.node.value && edge.to == node &&
                edge.choice == before.left_by) {
                marks.lit[e] = true;
                break;
            }
        }
    }
    // Steps of a flow this one opens (a detour) are not on this chart: while one is under way,
    // the chart keeps showing the step it was left from.
    for (auto step = path.rbegin(); step != path.rend(); ++step) {
        const std::uint32_t node = step->node.value;
        if (node >= chart.flow->nodes.size()) continue;
        if (!marks.current) marks.current = node;
        if (std::find(marks.recent.begin(), marks.recent.end(), node) == marks.recent.end())
            marks.recent.push_back(node);
    }
    return marks;
}

ChartPlacement place_chart(ImVec2 min, ImVec2 max, const ChartModel& chart, const ChartMarks& marks,
                           const ChartLook& look) {
    ChartPlacement out;
    const Fit fit = fit_of(chart, min, max);
    for (std::uint32_t n = 0; n < chart.flow->nodes.size(); ++n) {
        const Box b = box_of(chart, fit, n);
        out.boxes.push_back({b.min, b.max});
    }
    const bool readable = !out.boxes.empty() && label_size(out.boxes[0].max.y - out.boxes[0].min.y,
                                                           look) >= kReadableLabel;
    if (!look.callout || !look.callout_font || readable) return out;
    std::vector<LabelWanted> wanted;
    std::vector<std::array<float, 3>> wraps;
    for (std::uint32_t node : marks.recent) {
        ImFont* font = label_font_of(look, marks.current == node);
        const std::string& title = chart.flow->nodes[node].display_title();
        const ImVec2 pad = label_padding(font->FontSize);
        wraps.push_back(label_wraps(font, max.x - min.x));
        LabelWanted w{node, {}};
        for (float wrap : wraps.back()) {
            const ImVec2 text = font->CalcTextSizeA(font->FontSize, FLT_MAX, wrap, title.c_str());
            w.sizes.emplace_back(text.x + 2 * pad.x, text.y + 2 * pad.y);
        }
        wanted.push_back(std::move(w));
    }
    const float gap = std::max(8.0f, look.callout_font->FontSize * 0.35f); // clear of the marker
    const auto placed = place_labels(out.boxes, wanted, {min, max}, gap);
    for (std::size_t i = 0; i < placed.size(); ++i)
        if (placed[i])
            out.labels.push_back({marks.recent[i], placed[i]->rect, wraps[i][placed[i]->size],
                                  marks.current == marks.recent[i]});
    return out;
}

void draw_chart(ImDrawList* list, ImVec2 min, ImVec2 max, const ChartModel& chart,
                const ChartMarks& marks, const ChartLook& look) {
    if (chart.flow->nodes.empty() || max.x - min.x < 40 || max.y - min.y < 40) return;
    const kit::Palette& p = *look.palette;
    const Fit fit = fit_of(chart, min, max);
    list->PushClipRect(min, max, true);
    const float thin = std::clamp(fit.zoom * 2.0f, 1.0f, 2.5f),
                thick = std::clamp(fit.zoom * 6.0f, 3.0f, 6.0f);
    for (std::size_t e = 0; e < chart.edges.size(); ++e)
        if (!marks.lit[e])
            draw_link(list, chart.layout.routes[e], fit, kit::colour_u32(p.border, 0.8f), thin);
    for (std::size_t e = 0; e < chart.edges.size(); ++e)
        if (marks.lit[e])
            draw_link(list, chart.layout.routes[e], fit, kit::colour_u32(p.focus), thick);
    for (std::uint32_t n = 0; n < chart.flow->nodes.size(); ++n)
        draw_box(list, box_of(chart, fit, n), chart.flow->nodes[n], marks.visited[n],
                 marks.current == n, look);
    if (look.preview && *look.preview < chart.flow->nodes.size()) {
        const Box b = box_of(chart, fit, *look.preview);
        list->AddRect(ImVec2(b.min.x - 3, b.min.y - 3), ImVec2(b.max.x + 3, b.max.y + 3),
                      kit::colour_u32(p.focus, 0.6f), 6.0f, 0, 2.0f);
    }
    if (marks.current) {
        Box to = box_of(chart, fit, *marks.current);
        if (look.glide_from && look.glide < 1.0f && *look.glide_from < chart.flow->nodes.size()) {
            const Box from = box_of(chart, fit, *look.glide_from);
            auto lerp = [&](ImVec2 a, ImVec2 b) {
                return ImVec2(a.x + (b.x - a.x) * look.glide, a.y + (b.y - a.y) * look.glide);
            };
            to = Box{lerp(from.min, to.min), lerp(from.max, to.max)};
        }
        const float grow = 4.0f + 3.0f * look.pulse;
        list->AddRect(ImVec2(to.min.x - grow, to.min.y - grow),
                      ImVec2(to.max.x + grow, to.max.y + grow),
                      kit::colour_u32(p.focus, 0.75f + 0.25f * look.pulse), 8.0f, 0, 3.0f);
    }
    const ChartPlacement placed = place_chart(min, max, chart, marks, look);
    for (const ChartLabel& label : placed.labels)
        draw_label(list, label, placed.boxes[label.node],
                   chart.flow->nodes[label.node].display_title(), look);
    list->PopClipRect();
}

} // namespace heartflow::present

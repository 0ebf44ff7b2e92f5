// [SECTION] index: detail and colours; grid; kind icons; nodes; links; minimap.
#include "canvas/canvas_draw.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <string>

namespace heartflow::editor {

namespace {

// World-unit font sizes of a node's title and text.
constexpr float kTitleSize = 16.0f;
constexpr float kTextSize = 13.5f;
constexpr float kGridStep = 40.0f;
// Longest link label drawn, in bytes.
constexpr std::size_t kMaxLabel = 28;

constexpr ImU32 kCardColour = IM_COL32(44, 48, 58, 255);
constexpr ImU32 kTextColour = IM_COL32(230, 232, 238, 255);
constexpr ImU32 kDimText = IM_COL32(170, 175, 188, 255);
constexpr ImU32 kLinkColour = IM_COL32(150, 160, 180, 220);
constexpr ImU32 kHoverColour = IM_COL32(255, 220, 120, 255);
constexpr ImU32 kSelectColour = IM_COL32(255, 200, 70, 255);
constexpr ImU32 kErrorColour = IM_COL32(235, 80, 80, 255);
constexpr ImU32 kWarningColour = IM_COL32(235, 170, 60, 255);
constexpr ImU32 kCurrentColour = IM_COL32(80, 220, 255, 255);
constexpr ImU32 kStartColour = IM_COL32(110, 210, 120, 255);

ImVec2 add(ImVec2 a, ImVec2 b) { return {a.x + b.x, a.y + b.y}; }

// A short piece of `text` (first line, at most `max` bytes, cut at a UTF-8 boundary).
std::string excerpt(const std::string& text, std::size_t max) {
    std::string s = text.substr(0, text.find('\n'));
    if (s.size() <= max) return s;
    std::size_t cut = max;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
    return s.substr(0, cut) + "...";
}

// A small white icon for the kind, centred at `c`, `r` pixels in radius.
void draw_icon(ImDrawList& d, NodeKind kind, ImVec2 c, float r) {
    const ImU32 w = IM_COL32(255, 255, 255, 235);
    switch (kind) {
    case NodeKind::question:
        d.AddCircle(c, r, w, 16, 1.5f);
        d.AddText(nullptr, r * 1.6f, {c.x - r * 0.35f, c.y - r * 0.8f}, w, "?");
        break;
    case NodeKind::prompt:
        d.AddRectFilled({c.x - r, c.y - r * 0.7f}, {c.x + r, c.y + r * 0.4f}, w, r * 0.3f);
        d.AddTriangleFilled({c.x - r * 0.5f, c.y + r * 0.3f}, {c.x, c.y + r * 0.3f}, {c.x - r * 0.6f, c.y + r}, w);
        break;
    case NodeKind::reflection:
        d.AddLine({c.x - r * 0.6f, c.y + r * 0.6f}, {c.x + r * 0.7f, c.y - r * 0.7f}, w, r * 0.45f);
        d.AddLine({c.x - r, c.y + r}, {c.x + r, c.y + r}, w, 1.5f);
        break;
    case NodeKind::body_check:
        d.AddCircleFilled({c.x - r * 0.45f, c.y - r * 0.25f}, r * 0.5f, w);
        d.AddCircleFilled({c.x + r * 0.45f, c.y - r * 0.25f}, r * 0.5f, w);
        d.AddTriangleFilled({c.x - r * 0.93f, c.y}, {c.x + r * 0.93f, c.y}, {c.x, c.y + r}, w);
        break;
    case NodeKind::breathing:
        d.AddCircle(c, r, w, 16, 1.5f);
        d.AddCircle(c, r * 0.55f, w, 12, 1.5f);
        break;
    case NodeKind::ending:
        d.AddRectFilled({c.x - r * 0.7f, c.y - r * 0.7f}, {c.x + r * 0.7f, c.y + r * 0.7f}, w, 2.0f);
        break;
    }
}

ImU32 outline_for(const NodeMarks& marks) {
    if (marks.current) return kCurrentColour;
    if (marks.selected) return kSelectColour;
    if (marks.problem) return *marks.problem == Severity::error ? kErrorColour : kWarningColour;
    if (marks.hovered) return kHoverColour;
    return IM_COL32(80, 86, 100, 255);
}

void draw_ports(ImDrawList& d, const Camera& cam, const CanvasModel& m, std::size_t i, Detail detail,
                const Rect& card) {
    const float z = cam.zoom;
    for (std::size_t p = 0; p < m.ports[i].size(); ++p) {
        const Port& port = m.ports[i][p];
        const ImVec2 at = cam.to_screen(m.port_position(i, p));
        const bool add_port = port.kind == PortKind::add_choice;
        d.AddCircleFilled(at, 5.5f * std::max(z, 0.6f), add_port ? IM_COL32(120, 200, 140, 255) : kLinkColour);
        if (detail != Detail::full) continue;
        const std::string label = excerpt(port.label, 30);
        const float size = kTextSize * z;
        const ImVec2 text = ImGui::GetFont()->CalcTextSizeA(size, FLT_MAX, 0.0f, label.c_str());
        const ImVec4 clip{card.min.x, card.min.y, card.max.x, card.max.y};
        d.AddText(ImGui::GetFont(), size, {at.x - 10.0f * z - text.x, at.y - text.y * 0.5f},
                  add_port ? IM_COL32(140, 210, 160, 255) : kDimText, label.c_str(), nullptr, 0.0f, &clip);
    }
}

} // namespace

Detail detail_for(float zoom) { return zoom < 0.3f ? Detail::blocks : zoom < 0.55f ? Detail::titles : Detail::full; }

const char* kind_label(NodeKind kind) {
    switch (kind) {
    case NodeKind::question: return "Question";
    case NodeKind::prompt: return "Prompt";
    case NodeKind::reflection: return "Reflection";
    case NodeKind::body_check: return "Body check";
    case NodeKind::breathing: return "Breathing";
    case NodeKind::ending: return "Ending";
    }
    return "Node";
}

ImU32 kind_colour(NodeKind kind) {
    switch (kind) {
    case NodeKind::question: return IM_COL32(62, 118, 196, 255);
    case NodeKind::prompt: return IM_COL32(46, 148, 140, 255);
    case NodeKind::reflection: return IM_COL32(134, 96, 190, 255);
    case NodeKind::body_check: return IM_COL32(196, 92, 118, 255);
    case NodeKind::breathing: return IM_COL32(76, 160, 88, 255);
    case NodeKind::ending: return IM_COL32(176, 136, 56, 255);
    }
    return IM_COL32(128, 128, 128, 255);
}

void draw_grid(ImDrawList& d, const Camera& cam, const Rect& canvas) {
    d.AddRectFilled(canvas.min, canvas.max, IM_COL32(26, 28, 34, 255));
    float step = kGridStep * cam.zoom;
    while (step < 12.0f) step *= 4.0f;
    const ImVec2 zero = cam.to_screen({0, 0});
    const float x0 = canvas.min.x + std::fmod(zero.x - canvas.min.x, step) - step;
    const float y0 = canvas.min.y + std::fmod(zero.y - canvas.min.y, step) - step;
    for (float x = x0; x < canvas.max.x; x += step)
        d.AddLine({x, canvas.min.y}, {x, canvas.max.y}, IM_COL32(255, 255, 255, 14));
    for (float y = y0; y < canvas.max.y; y += step)
        d.AddLine({canvas.min.x, y}, {canvas.max.x, y}, IM_COL32(255, 255, 255, 14));
}

void draw_node(ImDrawList& d, const Camera& cam, const CanvasModel& m, const Node& node,
               std::size_t i, const NodeMarks& marks, Detail detail) {
    const Rect world = m.node_rect(i);
    const Rect card{cam.to_screen(world.min), cam.to_screen(world.max)};
    const float z = cam.zoom;
    const ImU32 colour = kind_colour(node.kind);
    if (detail == Detail::blocks) {
        d.AddRectFilled(card.min, card.max, colour);
        if (marks.selected || marks.current || marks.problem)
            d.AddRect(card.min, card.max, outline_for(marks), 0.0f, 0, 2.0f);
        return;
    }
    const float rounding = 6.0f * z;
    const float header = kNodeHeader * z;
    d.AddRectFilled(card.min, card.max, kCardColour, rounding);
    d.AddRectFilled(card.min, {card.max.x, card.min.y + header}, colour, rounding, ImDrawFlags_RoundCornersTop);
    const bool strong = marks.selected || marks.current || marks.problem;
    d.AddRect(card.min, card.max, outline_for(marks), rounding, 0, strong ? 3.0f : 1.0f);
    if (marks.start) d.AddRectFilled({card.min.x - 6.0f * z, card.min.y}, {card.min.x - 2.0f * z, card.max.y}, kStartColour);
    draw_icon(d, node.kind, {card.min.x + 15.0f * z, card.min.y + header * 0.5f}, 7.0f * z);
    const ImVec4 clip{card.min.x, card.min.y, card.max.x - 4.0f * z, card.max.y};
    const std::string title = excerpt(node.display_title(), 40);
    d.AddText(ImGui::GetFont(), kTitleSize * z, {card.min.x + 30.0f * z, card.min.y + 6.0f * z}, kTextColour,
              title.c_str(), nullptr, 0.0f, &clip);
    if (marks.problem) {
        const ImVec2 c{card.max.x - 14.0f * z, card.min.y + header * 0.5f};
        d.AddCircleFilled(c, 8.0f * z, *marks.problem == Severity::error ? kErrorColour : kWarningColour);
        d.AddText(ImGui::GetFont(), kTitleSize * z, {c.x - 2.5f * z, c.y - 8.0f * z}, IM_COL32_WHITE, "!");
    }
    if (detail == Detail::full) {
        const std::string text = excerpt(node.text, 90);
        const ImVec4 text_clip{card.min.x, card.min.y + header, card.max.x - 4.0f * z,
                               card.min.y + header + kNodeTextHeight * z};
        d.AddText(ImGui::GetFont(), kTextSize * z, {card.min.x + 8.0f * z, card.min.y + header + 3.0f * z},
                  kDimText, text.c_str(), nullptr, (kNodeWidth - 16.0f) * z, &text_clip);
    }
    draw_ports(d, cam, m, i, detail, card);
    const ImVec2 in = cam.to_screen(m.input_position(i));
    d.AddCircleFilled(in, 4.5f * std::max(z, 0.6f), kLinkColour);
}

bool link_visible(const Camera& cam, const CanvasModel& m, std::size_t l, const Rect& canvas) {
    const Link& link = m.links[l];
    const Bezier b = link_curve(cam.to_screen(m.port_position(link.from, link.port)), cam.to_screen(m.input_position(link.to)));
    const Rect box{{std::min({b.p0.x, b.p1.x, b.p2.x, b.p3.x}), std::min({b.p0.y, b.p1.y, b.p2.y, b.p3.y})},
                   {std::max({b.p0.x, b.p1.x, b.p2.x, b.p3.x}), std::max({b.p0.y, b.p1.y, b.p2.y, b.p3.y})}};
    return box.overlaps(canvas);
}

void draw_link(ImDrawList& d, const Camera& cam, const CanvasModel& m, const Flow& flow, std::size_t l,
               bool hovered, Detail detail) {
    const Link& link = m.links[l];
    const Bezier b = link_curve(cam.to_screen(m.port_position(link.from, link.port)), cam.to_screen(m.input_position(link.to)));
    const ImU32 colour = hovered ? kHoverColour : kLinkColour;
    const float thickness = (hovered ? 3.0f : 2.0f) * std::clamp(cam.zoom, 0.5f, 1.5f);
    d.AddBezierCubic(b.p0, b.p1, b.p2, b.p3, colour, thickness, detail == Detail::blocks ? 8 : 0);
    if (detail == Detail::blocks) return;
    const float a = 9.0f * std::clamp(cam.zoom, 0.6f, 1.5f);
    d.AddTriangleFilled({b.p3.x - 1.0f, b.p3.y}, {b.p3.x - a * 1.3f, b.p3.y - a * 0.6f}, {b.p3.x - a * 1.3f, b.p3.y + a * 0.6f}, colour);
    const Port& port = m.ports[link.from][link.port];
    if (detail != Detail::full || port.kind != PortKind::choice) return;
    const std::string label = excerpt(flow.nodes[link.from].choices[port.choice].label, kMaxLabel);
    const float size = kTextSize * cam.zoom;
    const ImVec2 mid = ImBezierCubicCalc(b.p0, b.p1, b.p2, b.p3, 0.5f);
    const ImVec2 ts = ImGui::GetFont()->CalcTextSizeA(size, FLT_MAX, 0.0f, label.c_str());
    const ImVec2 at{mid.x - ts.x * 0.5f, mid.y - ts.y * 0.5f};
    d.AddRectFilled(add(at, {-4, -2}), add(at, {ts.x + 4, ts.y + 2}), IM_COL32(26, 28, 34, 220), 4.0f);
    d.AddText(ImGui::GetFont(), size, at, hovered ? kHoverColour : kDimText, label.c_str());
}

Rect minimap_rect(const Rect& canvas) {
    const ImVec2 size{std::min(220.0f, canvas.size().x * 0.3f), std::min(160.0f, canvas.size().y * 0.3f)};
    return {{canvas.max.x - size.x - 12.0f, canvas.max.y - size.y - 12.0f}, {canvas.max.x - 12.0f, canvas.max.y - 12.0f}};
}

Camera minimap_camera(const CanvasModel& m, const Rect& mini) {
    Camera c;
    c.origin = mini.min;
    const Rect b = m.bounds();
    const ImVec2 pad{std::max(1.0f, b.size().x) * 0.05f + 20.0f, std::max(1.0f, b.size().y) * 0.05f + 20.0f};
    const Rect padded{{b.min.x - pad.x, b.min.y - pad.y}, {b.max.x + pad.x, b.max.y + pad.y}};
    c.zoom = std::min(mini.size().x / padded.size().x, mini.size().y / padded.size().y);
    c.centre_on({(b.min.x + b.max.x) * 0.5f, (b.min.y + b.max.y) * 0.5f}, mini.size());
    return c;
}

void draw_minimap(ImDrawList& d, const Camera& cam, const CanvasModel& m, const Flow& flow, const Rect& canvas) {
    const Rect mini = minimap_rect(canvas);
    d.AddRectFilled(mini.min, mini.max, IM_COL32(16, 18, 22, 230), 4.0f);
    d.PushClipRect(mini.min, mini.max, true);
    const Camera mc = minimap_camera(m, mini);
    for (std::size_t i = 0; i < m.positions.size(); ++i) {
        const Rect r = m.node_rect(i);
        const ImVec2 a = mc.to_screen(r.min), b = mc.to_screen(r.max);
        d.AddRectFilled(a, {std::max(b.x, a.x + 2.0f), std::max(b.y, a.y + 2.0f)}, kind_colour(flow.nodes[i].kind));
    }
    const ImVec2 v0 = mc.to_screen(cam.to_world(canvas.min)), v1 = mc.to_screen(cam.to_world(canvas.max));
    d.AddRect(v0, v1, IM_COL32(255, 255, 255, 200), 0.0f, 0, 1.5f);
    d.PopClipRect();
    d.AddRect(mini.min, mini.max, IM_COL32(90, 96, 110, 255), 4.0f);
}

} // namespace heartflow::editor

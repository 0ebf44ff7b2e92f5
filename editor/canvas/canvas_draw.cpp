// [SECTION] index: detail and colours; text excerpts; grid; kind icons; nodes; links; minimap.
#include "canvas/canvas_draw.h"

#include "canvas/fit_text.h"
#include "document/step_annotation.h"

#include <imgui_internal.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <string_view>
#include <vector>

namespace heartflow::editor {

namespace {

constexpr float kGridStep = 40.0f;

constexpr ImU32 kCanvasColour = IM_COL32(26, 28, 34, 255);
constexpr ImU32 kCardColour = IM_COL32(44, 48, 58, 255);
constexpr ImU32 kTextColour = IM_COL32(236, 238, 243, 255);
constexpr ImU32 kDimText = IM_COL32(182, 187, 199, 255);
constexpr ImU32 kLinkColour = IM_COL32(150, 160, 180, 220);
constexpr ImU32 kAddPortColour = IM_COL32(120, 200, 140, 255);
constexpr ImU32 kHoverColour = IM_COL32(255, 220, 120, 255);
constexpr ImU32 kSelectColour = IM_COL32(255, 200, 70, 255);
constexpr ImU32 kErrorColour = IM_COL32(235, 80, 80, 255);
constexpr ImU32 kWarningColour = IM_COL32(235, 170, 60, 255);
constexpr ImU32 kCurrentColour = IM_COL32(80, 220, 255, 255);
constexpr ImU32 kStartColour = IM_COL32(110, 210, 120, 255);

// The font whose own size is nearest above `size`, so scaled text stays crisp.
ImFont* font_for(const DrawContext& ctx, float size) {
    return size <= ctx.small_font->FontSize * 1.1f ? ctx.small_font : ctx.large_font;
}

void add_text(ImDrawList& d, ImFont* font, float size, ImVec2 at, ImU32 colour,
              std::string_view text, float wrap = 0.0f, const ImVec4* clip = nullptr) {
    d.AddText(font, size, at, colour, text.data(), text.data() + text.size(), wrap, clip);
}

ImVec2 text_size(ImFont* font, float size, std::string_view text) {
    return font->CalcTextSizeA(size, FLT_MAX, 0.0f, text.data(), text.data() + text.size());
}

ImU32 outline_for(const NodeMarks& marks) {
    if (marks.current) return kCurrentColour;
    if (marks.selected) return kSelectColour;
    if (marks.problem) return *marks.problem == Severity::error ? kErrorColour : kWarningColour;
    if (marks.hovered) return kHoverColour;
    return IM_COL32(80, 86, 100, 255);
}

// [SECTION] nodes

void draw_ports(const DrawContext& ctx, std::size_t i, const Rect& card) {
    const float z = ctx.camera.zoom;
    const std::span<const Port> ports = ctx.model.ports(i);
    const Node& node = ctx.flow.nodes[i];
    const float size = kTextSize * z;
    ImFont* font = font_for(ctx, size);
    FitBuffer buffer;
    for (std::size_t p = 0; p < ports.size(); ++p) {
        const ImVec2 at = ctx.camera.to_screen(ctx.model.port_position(i, p));
        const bool add_port = ports[p].kind == PortKind::add_choice;
        ctx.draw.AddCircleFilled(at, 6.0f * std::max(z, 0.6f),
                                 add_port ? kAddPortColour : kLinkColour, 12);
        if (!card_text_shown(z)) continue;
        const float room = at.x - 12.0f * z - (card.min.x + 8.0f * z);
        const std::string_view label =
            fit_text(port_label(node, ports[p]), font, size, room, buffer);
        const ImVec2 extent = text_size(font, size, label);
        add_text(ctx.draw, font, size, {at.x - 12.0f * z - extent.x, at.y - extent.y * 0.5f},
                 add_port ? kAddPortColour : kDimText, label);
    }
}

void draw_problem_badge(const DrawContext& ctx, ImVec2 centre, float radius, Severity severity) {
    ctx.draw.AddCircleFilled(centre, radius,
                             severity == Severity::error ? kErrorColour : kWarningColour, 16);
    const float size = radius * 2.0f;
    const ImVec2 mark = text_size(font_for(ctx, size), size, "!");
    add_text(ctx.draw, font_for(ctx, size), size,
             {centre.x - mark.x * 0.5f, centre.y - mark.y * 0.5f}, IM_COL32_WHITE, "!");
}

void draw_header(const DrawContext& ctx, const Node& node, const Rect& card,
                 const NodeMarks& marks) {
    const float z = ctx.camera.zoom;
    const float header = kNodeHeader * z;
    draw_kind_icon(ctx.draw, node.kind, {card.min.x + 16.0f * z, card.min.y + header * 0.5f},
                   7.5f * z);
    const float badge = marks.problem ? 26.0f * z : 0.0f;
    const float size = title_pixels(z, ctx.least_title_px);
    ImFont* font = font_for(ctx, size);
    FitBuffer buffer;
    const float left = card.min.x + 32.0f * z;
    const std::string_view title =
        fit_text(node.display_title(), font, size, card.max.x - 6.0f * z - badge - left, buffer);
    add_text(ctx.draw, font, size, {left, card.min.y + (header - size) * 0.5f}, kTextColour, title);
    if (marks.problem)
        draw_problem_badge(ctx, {card.max.x - 16.0f * z, card.min.y + header * 0.5f}, 9.0f * z,
                           *marks.problem);
}

// A node far out: a dot of its kind's colour, ringed when marked.
Rect draw_dot(const DrawContext& ctx, const Rect& card, ImU32 colour, const NodeMarks& marks) {
    const ImVec2 c{(card.min.x + card.max.x) * 0.5f, (card.min.y + card.max.y) * 0.5f};
    const float r = std::clamp(std::min(card.size().x, card.size().y) * 0.5f, 1.5f, 4.0f);
    ctx.draw.AddCircleFilled(c, r, colour, 8);
    if (marks.selected || marks.current || marks.problem)
        ctx.draw.AddCircle(c, r + 2.0f, outline_for(marks), 8, 1.5f);
    return {{c.x - r, c.y - r}, {c.x + r, c.y + r}};
}

// The width a titled box's plate may take: its share of the space beside it, borrowing what its
// neighbours' titles leave (each is taken to carry a problem badge, to be safe).
float title_room(const DrawContext& ctx, std::size_t i, ImFont* font, float size) {
    const TitleRoom& room = ctx.rooms[i];
    auto wanted = [&](std::int32_t node) {
        if (node < 0 || static_cast<std::size_t>(node) >= ctx.flow.nodes.size()) return 0.0f;
        return text_size(font, size, ctx.flow.nodes[static_cast<std::size_t>(node)].display_title())
                   .x +
               8.0f + size;
    };
    return shared_label_width(ctx.camera.zoom, room, wanted(static_cast<std::int32_t>(i)),
                              wanted(room.left), wanted(room.right), ctx.least_title_px);
}

// A titled box's title as drawn: the text, its size and font, and the plate around it.
struct TitlePlate {
    std::string_view text;
    float size;
    ImFont* font;
    float badge; // room for the problem badge, pixels (0: none)
    Rect plate;
};

TitlePlate title_plate(const DrawContext& ctx, std::size_t i, const Rect& card, bool problem,
                       FitBuffer& buffer) {
    TitlePlate t;
    t.size = title_pixels(ctx.camera.zoom, ctx.least_title_px);
    t.font = font_for(ctx, t.size);
    t.badge = problem ? t.size : 0.0f;
    const float room = title_room(ctx, i, t.font, t.size) - 8.0f - t.badge;
    t.text = fit_text(ctx.flow.nodes[i].display_title(), t.font, t.size, room, buffer);
    const ImVec2 extent = text_size(t.font, t.size, t.text);
    const ImVec2 c{(card.min.x + card.max.x) * 0.5f, (card.min.y + card.max.y) * 0.5f};
    t.plate = {{c.x - extent.x * 0.5f - 4.0f - t.badge * 0.5f, c.y - extent.y * 0.5f - 2.0f},
               {c.x + extent.x * 0.5f + 4.0f + t.badge * 0.5f, c.y + extent.y * 0.5f + 2.0f}};
    return t;
}

// A small box with its title over it in screen space, on a plate of its kind's colour.
Rect draw_titled_box(const DrawContext& ctx, std::size_t i, const Rect& card, ImU32 colour,
                     const NodeMarks& marks) {
    FitBuffer buffer;
    const TitlePlate t = title_plate(ctx, i, card, marks.problem.has_value(), buffer);
    const Rect& plate = t.plate;
    const float badge = t.badge;
    const ImVec2 extent = text_size(t.font, t.size, t.text);
    const ImVec2 c{(card.min.x + card.max.x) * 0.5f, (card.min.y + card.max.y) * 0.5f};
    ctx.draw.AddRectFilled(card.min, card.max, colour, 2.0f);
    ctx.draw.AddRectFilled(plate.min, plate.max, colour, 3.0f);
    const bool strong = marks.selected || marks.current || marks.problem;
    const Rect both{{std::min(card.min.x, plate.min.x), std::min(card.min.y, plate.min.y)},
                    {std::max(card.max.x, plate.max.x), std::max(card.max.y, plate.max.y)}};
    if (strong || marks.hovered) {
        ctx.draw.AddRect({both.min.x - 1, both.min.y - 1}, {both.max.x + 1, both.max.y + 1},
                         outline_for(marks), 3.0f, 0, strong ? 2.5f : 1.0f);
    }
    if (marks.start)
        ctx.draw.AddRectFilled({plate.min.x - 5.0f, plate.min.y}, {plate.min.x - 2.0f, plate.max.y},
                               kStartColour);
    add_text(ctx.draw, t.font, t.size, {plate.min.x + 4.0f, c.y - extent.y * 0.5f}, kTextColour,
             t.text);
    if (marks.problem)
        draw_problem_badge(ctx, {plate.max.x - 4.0f - badge * 0.5f, c.y}, badge * 0.45f,
                           *marks.problem);
    return plate;
}

// [SECTION] link paths, arrowheads and labels

// A routed path on screen, its corners rounded (a quarter curve of up to 10 world units).
void stroke_route(const DrawContext& ctx, const std::vector<ImVec2>& world, ImU32 colour,
                  float thickness) {
    ImDrawList& d = ctx.draw;
    const float radius = 10.0f * ctx.camera.zoom;
    d.PathClear();
    for (std::size_t k = 0; k < world.size(); ++k) {
        const ImVec2 p = ctx.camera.to_screen(world[k]);
        if (k == 0 || k + 1 == world.size() || radius < 1.0f) {
            d.PathLineTo(p);
            continue;
        }
        const ImVec2 a = ctx.camera.to_screen(world[k - 1]), b = ctx.camera.to_screen(world[k + 1]);
        const float la = std::hypot(p.x - a.x, p.y - a.y), lb = std::hypot(b.x - p.x, b.y - p.y);
        const float r = std::min({radius, la * 0.5f, lb * 0.5f});
        if (r < 0.5f) {
            d.PathLineTo(p);
            continue;
        }
        d.PathLineTo({p.x - (p.x - a.x) / la * r, p.y - (p.y - a.y) / la * r});
        d.PathBezierQuadraticCurveTo(p, {p.x + (b.x - p.x) / lb * r, p.y + (b.y - p.y) / lb * r},
                                     4);
    }
    d.PathStroke(colour, 0, thickness);
}

// An arrowhead at `tip`, pointing along from -> tip.
void draw_arrowhead(const DrawContext& ctx, ImVec2 from, ImVec2 tip, ImU32 colour) {
    const float a = 9.0f * std::clamp(ctx.camera.zoom, 0.6f, 1.5f);
    const float length = std::max(1e-3f, std::hypot(tip.x - from.x, tip.y - from.y));
    const ImVec2 u{(tip.x - from.x) / length, (tip.y - from.y) / length}, n{-u.y, u.x};
    const ImVec2 base{tip.x - u.x * a * 1.3f, tip.y - u.y * a * 1.3f};
    ctx.draw.AddTriangleFilled({tip.x + u.x, tip.y + u.y},
                               {base.x + n.x * a * 0.6f, base.y + n.y * a * 0.6f},
                               {base.x - n.x * a * 0.6f, base.y - n.y * a * 0.6f}, colour);
}

// A routed link's label on the plate the label placement gave it.
void draw_link_label(const DrawContext& ctx, std::size_t l, bool hovered) {
    if (l >= ctx.model.labels.size() || !ctx.model.labels[l]) return;
    // Near enough for the cards' rows, the row beside the port already names the arrow: a second
    // copy on the arrow would only crowd it (hovering still shows it whole).
    if (card_text_shown(ctx.camera.zoom) && !hovered) return;
    const LinkLabel& label = *ctx.model.labels[l];
    const Rect plate{ctx.camera.to_screen(label.rect.min), ctx.camera.to_screen(label.rect.max)};
    if (!plate.overlaps(ctx.canvas)) return;
    const Link& link = ctx.model.links[l];
    ExcerptBuffer buffer;
    const std::string_view text =
        excerpt(port_label(ctx.flow.nodes[link.from], ctx.model.ports(link.from)[link.port]),
                label.bytes, buffer);
    const float size = label.size * ctx.camera.zoom;
    ImFont* font = font_for(ctx, size);
    const ImVec2 ts = text_size(font, size, text);
    const ImVec2 c{(plate.min.x + plate.max.x) * 0.5f, (plate.min.y + plate.max.y) * 0.5f};
    ctx.draw.AddRectFilled(plate.min, plate.max, IM_COL32(26, 28, 34, 225), 4.0f * ctx.camera.zoom);
    add_text(ctx.draw, font, size, {c.x - ts.x * 0.5f, c.y - ts.y * 0.5f},
             hovered ? kHoverColour : kDimText, text);
}

} // namespace

// [SECTION] detail and colours

Detail detail_for(float zoom) {
    return zoom < 0.1f    ? Detail::dots
           : zoom < 0.3f  ? Detail::blocks
           : zoom < 0.55f ? Detail::titles
                          : Detail::full;
}

const char* kind_label(NodeKind kind) {
    switch (kind) {
    case NodeKind::question:
        return "Question";
    case NodeKind::prompt:
        return "Prompt";
    case NodeKind::reflection:
        return "Reflection";
    case NodeKind::body_check:
        return "Body check";
    case NodeKind::breathing:
        return "Breathing";
    case NodeKind::ending:
        return "Ending";
    case NodeKind::route:
        return "Route";
    case NodeKind::detour:
        return "Detour";
    case NodeKind::handover:
        return "Hand-over";
    case NodeKind::scale:
        return "Scale";
    case NodeKind::pick:
        return "Pick";
    }
    return "Node";
}

ImU32 kind_colour(NodeKind kind) {
    switch (kind) {
    case NodeKind::question:
        return IM_COL32(62, 118, 196, 255);
    case NodeKind::prompt:
        return IM_COL32(40, 140, 132, 255);
    case NodeKind::reflection:
        return IM_COL32(134, 96, 190, 255);
    case NodeKind::body_check:
        return IM_COL32(190, 86, 112, 255);
    case NodeKind::breathing:
        return IM_COL32(70, 150, 82, 255);
    case NodeKind::ending:
        return IM_COL32(170, 128, 48, 255);
    case NodeKind::route:
        return IM_COL32(110, 116, 128, 255);
    case NodeKind::detour:
    case NodeKind::handover:
        return IM_COL32(150, 120, 40, 255);
    case NodeKind::scale:
    case NodeKind::pick:
        return IM_COL32(60, 130, 170, 255);
    }
    return IM_COL32(128, 128, 128, 255);
}

// [SECTION] grid

void draw_grid(ImDrawList& d, const Camera& cam, const Rect& canvas) {
    d.AddRectFilled(canvas.min, canvas.max, kCanvasColour);
    float step = kGridStep * cam.zoom;
    while (step < 12.0f)
        step *= 4.0f;
    const ImVec2 zero = cam.to_screen({0, 0});
    const float x0 = canvas.min.x + std::fmod(zero.x - canvas.min.x, step) - step;
    const float y0 = canvas.min.y + std::fmod(zero.y - canvas.min.y, step) - step;
    for (float x = x0; x < canvas.max.x; x += step)
        d.AddLine({x, canvas.min.y}, {x, canvas.max.y}, IM_COL32(255, 255, 255, 14));
    for (float y = y0; y < canvas.max.y; y += step)
        d.AddLine({canvas.min.x, y}, {canvas.max.x, y}, IM_COL32(255, 255, 255, 14));
}

// [SECTION] kind icons

void draw_kind_icon(ImDrawList& d, NodeKind kind, ImVec2 c, float r) {
    const ImU32 w = IM_COL32(255, 255, 255, 235);
    switch (kind) {
    case NodeKind::question: // a speech bubble with a question mark's dot
        d.AddCircle(c, r, w, 16, 1.5f);
        d.AddCircleFilled({c.x, c.y + r * 0.45f}, r * 0.18f, w, 8);
        d.AddLine({c.x - r * 0.35f, c.y - r * 0.35f}, {c.x + r * 0.35f, c.y - r * 0.35f}, w, 1.5f);
        d.AddLine({c.x + r * 0.35f, c.y - r * 0.35f}, {c.x, c.y + r * 0.1f}, w, 1.5f);
        break;
    case NodeKind::prompt: // a speech bubble
        d.AddRectFilled({c.x - r, c.y - r * 0.7f}, {c.x + r, c.y + r * 0.4f}, w, r * 0.3f);
        d.AddTriangleFilled({c.x - r * 0.5f, c.y + r * 0.3f}, {c.x, c.y + r * 0.3f},
                            {c.x - r * 0.6f, c.y + r}, w);
        break;
    case NodeKind::reflection: // a pen on a line
        d.AddLine({c.x - r * 0.6f, c.y + r * 0.6f}, {c.x + r * 0.7f, c.y - r * 0.7f}, w, r * 0.45f);
        d.AddLine({c.x - r, c.y + r}, {c.x + r, c.y + r}, w, 1.5f);
        break;
    case NodeKind::body_check: // a heart
        d.AddCircleFilled({c.x - r * 0.45f, c.y - r * 0.25f}, r * 0.5f, w, 10);
        d.AddCircleFilled({c.x + r * 0.45f, c.y - r * 0.25f}, r * 0.5f, w, 10);
        d.AddTriangleFilled({c.x - r * 0.93f, c.y}, {c.x + r * 0.93f, c.y}, {c.x, c.y + r}, w);
        break;
    case NodeKind::breathing: // rings
        d.AddCircle(c, r, w, 16, 1.5f);
        d.AddCircle(c, r * 0.55f, w, 12, 1.5f);
        break;
    case NodeKind::ending: // a stop square
        d.AddRectFilled({c.x - r * 0.7f, c.y - r * 0.7f}, {c.x + r * 0.7f, c.y + r * 0.7f}, w,
                        2.0f);
        break;
    case NodeKind::route: // a fork
        d.AddLine({c.x, c.y + r}, {c.x, c.y}, w, 1.5f);
        d.AddLine({c.x, c.y}, {c.x - r * 0.7f, c.y - r * 0.8f}, w, 1.5f);
        d.AddLine({c.x, c.y}, {c.x + r * 0.7f, c.y - r * 0.8f}, w, 1.5f);
        break;
    case NodeKind::detour: // out to another flow and back: a loop
        d.AddCircle(c, r * 0.7f, w, 16, 1.5f);
        d.AddTriangleFilled({c.x + r * 0.4f, c.y - r}, {c.x + r, c.y - r * 0.6f},
                            {c.x + r * 0.3f, c.y - r * 0.4f}, w);
        break;
    case NodeKind::handover: // on to another flow: an arrow
        d.AddLine({c.x - r, c.y}, {c.x + r * 0.6f, c.y}, w, 1.5f);
        d.AddTriangleFilled({c.x + r, c.y}, {c.x + r * 0.4f, c.y - r * 0.5f},
                            {c.x + r * 0.4f, c.y + r * 0.5f}, w);
        break;
    case NodeKind::scale: // a row of marks on a line
        d.AddLine({c.x - r, c.y + r * 0.4f}, {c.x + r, c.y + r * 0.4f}, w, 1.5f);
        for (float x : {-r, 0.0f, r})
            d.AddLine({c.x + x, c.y - r * 0.4f}, {c.x + x, c.y + r * 0.4f}, w, 1.5f);
        break;
    case NodeKind::pick: // two ticked boxes
        for (float y : {-r * 0.5f, r * 0.5f}) {
            d.AddRect({c.x - r, c.y + y - r * 0.35f}, {c.x - r * 0.3f, c.y + y + r * 0.35f}, w);
            d.AddLine({c.x, c.y + y}, {c.x + r, c.y + y}, w, 1.5f);
        }
        break;
    }
}

bool labels_drawn(Detail detail) {
    return detail != Detail::dots;
}

std::optional<Rect> title_cover(const DrawContext& ctx, std::size_t i, float least_zoom) {
    Camera far = ctx.camera;
    far.zoom = std::min(least_zoom, ctx.camera.zoom);
    const DrawContext at_far{ctx.draw,       far,        ctx.model,  ctx.flow,  ctx.small_font,
                             ctx.large_font, ctx.detail, ctx.canvas, ctx.rooms, ctx.least_title_px};
    // The widest plate, in pixels, at either zoom (nearer, more of the title may fit), with a
    // problem badge or without (the text may then be cut shorter), the start's bar and the
    // outline beside it; as wide in the world as at the farther zoom, where it is widest.
    ImVec2 most{0.0f, 0.0f};
    for (const DrawContext* at : {&ctx, &at_far}) {
        if (look_of(*at, i) != NodeLook::label) continue;
        const Rect world = ctx.model.node_rect(i);
        const Rect card{at->camera.to_screen(world.min), at->camera.to_screen(world.max)};
        FitBuffer buffer;
        for (const bool badge : {true, false}) {
            const ImVec2 size = title_plate(*at, i, card, badge, buffer).plate.size();
            most = {std::max(most.x, size.x + 6.0f), std::max(most.y, size.y + 4.0f)};
        }
    }
    if (most.x <= 0.0f) return std::nullopt;
    const Rect box = ctx.model.node_rect(i);
    const ImVec2 c{(box.min.x + box.max.x) * 0.5f, (box.min.y + box.max.y) * 0.5f};
    const ImVec2 half{most.x * 0.5f / far.zoom, most.y * 0.5f / far.zoom};
    return Rect{{c.x - half.x, c.y - half.y}, {c.x + half.x, c.y + half.y}};
}

NodeLook look_of(const DrawContext& ctx, std::size_t i) {
    return i < ctx.rooms.size() ? node_look(ctx.camera.zoom, ctx.rooms[i].half, ctx.least_title_px)
                                : NodeLook::dot;
}

Rect draw_node(const DrawContext& ctx, std::size_t i, const NodeMarks& marks) {
    ImDrawList& d = ctx.draw;
    const Node& node = ctx.flow.nodes[i];
    const Rect world = ctx.model.node_rect(i);
    const Rect card{ctx.camera.to_screen(world.min), ctx.camera.to_screen(world.max)};
    const float z = ctx.camera.zoom;
    const ImU32 colour = kind_colour(node.kind);
    switch (look_of(ctx, i)) {
    case NodeLook::dot:
        return draw_dot(ctx, card, colour, marks);
    case NodeLook::label:
        return draw_titled_box(ctx, i, card, colour, marks);
    case NodeLook::card:
        break;
    }
    const float rounding = 6.0f * z;
    const float header = kNodeHeader * z;
    if (marks.current)
        d.AddRect({card.min.x - 5, card.min.y - 5}, {card.max.x + 5, card.max.y + 5},
                  IM_COL32(80, 220, 255, 90), rounding + 5, 0, 6.0f);
    d.AddRectFilled(card.min, card.max, kCardColour, rounding);
    d.AddRectFilled(card.min, {card.max.x, card.min.y + header}, colour, rounding,
                    ImDrawFlags_RoundCornersTop);
    const bool strong = marks.selected || marks.current || marks.problem;
    d.AddRect(card.min, card.max, outline_for(marks), rounding, 0, strong ? 3.0f : 1.0f);
    const bool text = card_text_shown(z);
    if (marks.start) {
        d.AddRectFilled({card.min.x - 7.0f * z, card.min.y}, {card.min.x - 3.0f * z, card.max.y},
                        kStartColour, 2.0f * z);
        if (text)
            add_text(d, font_for(ctx, kTextSize * z), kTextSize * z,
                     {card.min.x, card.min.y - kTextSize * z * 1.3f}, kStartColour, "START");
    }
    draw_header(ctx, node, card, marks);
    if (text) {
        ExcerptBuffer buffer;
        const float size = kTextSize * z;
        // Only whole lines: the clip ends below the last line that fits.
        const float lines = std::floor((kNodeTextHeight - 4.0f) / kTextSize);
        const ImVec4 clip{card.min.x, card.min.y + header, card.max.x - 6.0f * z,
                          card.min.y + header + (4.0f + lines * kTextSize) * z};
        // A step no one sees shows what it does instead (a route's conditions, a detour's
        // flow); a scale or pick says what it asks before its text.
        const std::string note = step_annotation(node);
        const std::string shown = note.empty()        ? node.text
                                  : node.text.empty() ? note
                                                      : "[" + note + "] " + node.text;
        add_text(d, font_for(ctx, size), size,
                 {card.min.x + 9.0f * z, card.min.y + header + 4.0f * z},
                 node.text.empty() ? kTextColour : kDimText, excerpt(shown, kMaxExcerpt, buffer),
                 (kNodeWidth - 18.0f) * z, &clip);
    }
    draw_ports(ctx, i, card);
    if (i < ctx.model.positions.size())
        d.AddCircleFilled(ctx.camera.to_screen(ctx.model.input_position(i)),
                          5.0f * std::max(z, 0.6f), kLinkColour, 12);
    return card;
}

// [SECTION] links

bool link_visible(const Camera& cam, const CanvasModel& m, std::size_t l, const Rect& canvas) {
    // In world units: the path's corners, or the curve's control points, bound it.
    const Rect view{cam.to_world(canvas.min), cam.to_world(canvas.max)};
    if (l < m.paths.size() && !m.paths[l].empty()) return m.link_box(l).overlaps(view);
    return curve_bounds(world_link_curve(m, l, cam.zoom)).overlaps(view);
}

void draw_link(const DrawContext& ctx, std::size_t l, bool hovered) {
    const bool routed = l < ctx.model.paths.size() && !ctx.model.paths[l].empty();
    const ImU32 colour = hovered ? kHoverColour : kLinkColour;
    const float thickness = (hovered ? 3.0f : 2.0f) * std::clamp(ctx.camera.zoom, 0.5f, 1.5f);
    if (routed) {
        stroke_route(ctx, ctx.model.paths[l], colour,
                     ctx.detail == Detail::blocks ? 1.0f : thickness);
        const std::vector<ImVec2>& p = ctx.model.paths[l];
        if (ctx.detail != Detail::blocks)
            draw_arrowhead(ctx, ctx.camera.to_screen(p[p.size() - 2]),
                           ctx.camera.to_screen(p.back()), colour);
        if (labels_drawn(ctx.detail)) draw_link_label(ctx, l, hovered);
        return;
    }
    ImDrawList& d = ctx.draw;
    const Link& link = ctx.model.links[l];
    const Bezier b = link_curve(ctx.camera.to_screen(ctx.model.port_position(link.from, link.port)),
                                ctx.camera.to_screen(ctx.model.input_position(link.to)));
    if (ctx.detail == Detail::blocks) {
        d.AddLine(b.p0, b.p3, colour, 1.0f);
        return;
    }
    // Enough segments to look smooth on screen, and never thousands for a curve that runs far
    // past the window.
    const float length = std::hypot(b.p1.x - b.p0.x, b.p1.y - b.p0.y) +
                         std::hypot(b.p2.x - b.p1.x, b.p2.y - b.p1.y) +
                         std::hypot(b.p3.x - b.p2.x, b.p3.y - b.p2.y);
    const int segments = std::clamp(static_cast<int>(length / 24.0f), 6, 28);
    d.AddBezierCubic(b.p0, b.p1, b.p2, b.p3, colour, thickness, segments);
    draw_arrowhead(ctx, b.p2, b.p3, colour);
}

// [SECTION] minimap

std::array<Rect, 4> minimap_places(const Rect& canvas) {
    const ImVec2 size{std::min(220.0f, canvas.size().x * 0.3f),
                      std::min(160.0f, canvas.size().y * 0.3f)};
    const float left = canvas.min.x + 12.0f, right = canvas.max.x - size.x - 12.0f;
    const float top = canvas.min.y + 12.0f, bottom = canvas.max.y - size.y - 12.0f;
    auto at = [&](float x, float y) { return Rect{{x, y}, {x + size.x, y + size.y}}; };
    return {at(right, bottom), at(left, top), at(left, bottom), at(right, top)};
}

Camera minimap_camera(const CanvasModel& m, const Rect& mini) {
    Camera c;
    c.origin = mini.min;
    const Rect b = m.bounds();
    const ImVec2 pad{std::max(1.0f, b.size().x) * 0.05f + 20.0f,
                     std::max(1.0f, b.size().y) * 0.05f + 20.0f};
    const Rect padded{{b.min.x - pad.x, b.min.y - pad.y}, {b.max.x + pad.x, b.max.y + pad.y}};
    c.zoom = std::min(mini.size().x / padded.size().x, mini.size().y / padded.size().y);
    c.centre_on({(b.min.x + b.max.x) * 0.5f, (b.min.y + b.max.y) * 0.5f}, mini.size());
    return c;
}

void bin_minimap(const CanvasModel& m, const Flow& flow, const Rect& mini,
                 std::vector<ImU32>& cells) {
    cells.assign(static_cast<std::size_t>(kMinimapCellsX * kMinimapCellsY), 0);
    const Camera mc = minimap_camera(m, mini);
    const ImVec2 cell{mini.size().x / kMinimapCellsX, mini.size().y / kMinimapCellsY};
    for (std::size_t i = 0; i < m.positions.size() && i < flow.nodes.size(); ++i) {
        const ImVec2 at = mc.to_screen(m.positions[i]);
        const int cx = static_cast<int>((at.x - mini.min.x) / cell.x),
                  cy = static_cast<int>((at.y - mini.min.y) / cell.y);
        if (cx >= 0 && cy >= 0 && cx < kMinimapCellsX && cy < kMinimapCellsY)
            cells[static_cast<std::size_t>(cy * kMinimapCellsX + cx)] =
                kind_colour(flow.nodes[i].kind);
    }
}

void draw_minimap(ImDrawList& d, const Camera& cam, const CanvasModel& m, const Flow& flow,
                  const Rect& canvas, const Rect& mini, const std::vector<ImU32>& cells) {
    d.AddRectFilled(mini.min, mini.max, IM_COL32(16, 18, 22, 230), 4.0f);
    d.PushClipRect(mini.min, mini.max, true);
    const Camera mc = minimap_camera(m, mini);
    if (m.positions.size() <= kMinimapDirectLimit) {
        for (std::size_t i = 0; i < m.positions.size() && i < flow.nodes.size(); ++i) {
            const Rect r = m.node_rect(i);
            const ImVec2 a = mc.to_screen(r.min), b = mc.to_screen(r.max);
            d.AddRectFilled(a, {std::max(b.x, a.x + 2.0f), std::max(b.y, a.y + 2.0f)},
                            kind_colour(flow.nodes[i].kind));
        }
    } else if (cells.size() == static_cast<std::size_t>(kMinimapCellsX * kMinimapCellsY)) {
        // Many nodes share each minimap pixel: colour a fixed grid of cells instead.
        const ImVec2 cell{mini.size().x / kMinimapCellsX, mini.size().y / kMinimapCellsY};
        for (int y = 0; y < kMinimapCellsY; ++y)
            for (int x = 0; x < kMinimapCellsX; ++x)
                if (ImU32 c = cells[static_cast<std::size_t>(y * kMinimapCellsX + x)])
                    d.AddRectFilled({mini.min.x + x * cell.x, mini.min.y + y * cell.y},
                                    {mini.min.x + (x + 1) * cell.x, mini.min.y + (y + 1) * cell.y},
                                    c);
    }
    const ImVec2 v0 = mc.to_screen(cam.to_world(canvas.min)),
                 v1 = mc.to_screen(cam.to_world(canvas.max));
    d.AddRect(v0, v1, IM_COL32(255, 255, 255, 200), 0.0f, 0, 1.5f);
    d.PopClipRect();
    d.AddRect(mini.min, mini.max, IM_COL32(90, 96, 110, 255), 4.0f);
}

} // namespace heartflow::editor

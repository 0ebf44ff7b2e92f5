// [SECTION] index: sync and requests; frame; hover; interaction state machine; drawing; menus.
#include "canvas/canvas_view.h"

#include "document/placement.h"
#include "document/shaped_layout.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

namespace heartflow::editor {

namespace {

constexpr float kWheelZoomStep = 1.15f;
// Most time a frame spends routing links, milliseconds (the rest wait, drawn as curves).
constexpr double kRouteBudgetMs = 6.0;
// The zoom a flow opens at when not all of it can be shown with titles, and the least zoom Find
// and Problems bring a node to: its card's text can be read from here on.
constexpr float kReadableZoom = 0.85f;
constexpr NodeKind kAllKinds[] = {NodeKind::question,   NodeKind::prompt,    NodeKind::reflection,
                                  NodeKind::body_check, NodeKind::breathing, NodeKind::ending,
                                  NodeKind::route,      NodeKind::detour,    NodeKind::handover,
                                  NodeKind::scale,      NodeKind::pick};
// The add-node menu picks a kind with the keys 1-9 (the ninth and later by click). ImGui's key
// indices are the platform's key codes; GLFW's codes for the digit keys are their ASCII characters.
constexpr int kFirstDigitKey = '1';

bool same_camera(const Camera& a, const Camera& b) {
    return a.zoom == b.zoom && a.pan.x == b.pan.x && a.pan.y == b.pan.y &&
           a.origin.x == b.origin.x && a.origin.y == b.origin.y;
}

ImVec2 centre_of(const Rect& r) {
    return {(r.min.x + r.max.x) * 0.5f, (r.min.y + r.max.y) * 0.5f};
}

} // namespace

// [SECTION] sync and requests

void CanvasView::sync(const Flow& flow, std::uint64_t revision) {
    if (revision == revision_ && model_.positions.size() == flow.nodes.size()) return;
    if (interaction_ == Interaction::drag_nodes || interaction_ == Interaction::connect)
        interaction_ = Interaction::none;
    model_ = CanvasModel::build(flow, provisional_positions(flow));
    routing_.adopt(model_);
    update_rooms();
    revision_ = revision;
    minimap_stale_ = true;
    hover_valid_ = false;
    menu_link_.reset();
}

void CanvasView::update_rooms() {
    rooms_ = title_rooms(model_);
    labels_stale_ = true;
}

void CanvasView::update_label_scale(const DrawContext& ctx) {
    if (!labels_drawn(ctx.detail) ||
        (!labels_stale_ &&
         label_size_fits(routing_.label_scale().size, camera_.zoom, least_title_px_)))
        return;
    labels_stale_ = false;
    LabelScale scale;
    scale.size = label_world_size(camera_.zoom, least_title_px_);
    // Titles drawn beyond their boxes, at any zoom this size serves.
    const float least_zoom = least_title_px_ / scale.size;
    auto cover = [&](std::size_t i) {
        if (const std::optional<Rect> r = title_cover(ctx, i, least_zoom))
            scale.covers.push_back({r->min.x, r->min.y, r->max.x, r->max.y});
    };
    // A big flow's titles are looked at where they are in view (its links are routed there).
    if (model_.positions.size() <= kMinimapDirectLimit)
        for (std::size_t i = 0; i < model_.positions.size() && i < ctx.flow.nodes.size(); ++i)
            cover(i);
    else
        for (std::uint32_t i : visible_nodes_)
            cover(i);
    // Labels stay within the drawing and most of the margin fitting leaves around it, so that
    // fitting it shows them all (nearer than the fit, the margin is narrower in the world).
    const Rect b = model_.bounds();
    const ImVec2 room = fitted_room(canvas_.size());
    const float fitted =
        std::min(room.x / std::max(b.size().x, 1.0f), room.y / std::max(b.size().y, 1.0f));
    const float margin = 0.75f * kFitMargin / std::max({camera_.zoom, fitted, 1e-4f});
    scale.frame =
        LayoutRect{b.min.x - margin, b.min.y - margin, b.max.x + margin, b.max.y + margin};
    routing_.set_label_scale(std::move(scale));
}

TitleMetrics CanvasView::layout_metrics(ImVec2 view) const {
    const ImVec2 size = canvas_.size().x > 1 && canvas_.size().y > 1 ? canvas_.size() : view;
    ImFont* font = small_font_;
    if (!font && !ImGui::GetIO().Fonts->Fonts.empty()) font = ImGui::GetIO().Fonts->Fonts[0];
    // The fitted layout gets the canvas less the fit's margins.
    return title_metrics(font && font->IsLoaded() ? font : nullptr, least_title_px_,
                         fitted_room(size));
}

Detail CanvasView::detail_at(float zoom) const {
    const Detail detail = detail_for(zoom);
    // A flow small enough to lay out for the canvas keeps its arrows however far out.
    return detail == Detail::dots && model_.positions.size() <= kShapedLayoutNodes ? Detail::blocks
                                                                                   : detail;
}

NodeLook CanvasView::look(std::size_t i) const {
    return i < rooms_.size() ? node_look(camera_.zoom, rooms_[i].half, least_title_px_)
                             : NodeLook::dot;
}

bool CanvasView::all_titled(float zoom) const {
    return std::none_of(rooms_.begin(), rooms_.end(), [&](const TitleRoom& room) {
        return node_look(zoom, room.half, least_title_px_) == NodeLook::dot;
    });
}

void CanvasView::place_minimap(const Selection& selection, std::optional<std::size_t> current) {
    const std::optional<Rect> before = minimap_;
    minimap_.reset();
    if (!minimap_shown_ || model_.positions.empty()) return;
    // Never over the node in the inspector (the first selected) or the one being played; and,
    // for a flow small enough to look at every node, over none at all where a corner allows.
    std::array<Rect, 2> kept{};
    std::size_t count = 0;
    for (const std::optional<std::size_t>& i : {selection.first(), current})
        if (i && *i < model_.positions.size()) kept[count++] = model_.node_rect(*i);
    const Rect view{camera_.to_world(canvas_.min), camera_.to_world(canvas_.max)};
    auto covers = [&](const Rect& place, bool any) {
        const Rect world{camera_.to_world(place.min), camera_.to_world(place.max)};
        for (std::size_t k = 0; k < count; ++k)
            if (kept[k].overlaps(world)) return true;
        if (!any || model_.positions.size() > kMinimapDirectLimit) return false;
        for (std::size_t i = 0; i < model_.positions.size(); ++i)
            if (const Rect r = model_.node_rect(i); r.overlaps(world) && r.overlaps(view))
                return true;
        return false;
    };
    std::array<Rect, 4> places = minimap_places(canvas_);
    // Where it was comes first, so it moves only when it must.
    for (Rect& place : places)
        if (before && place.min.x == before->min.x && place.min.y == before->min.y)
            std::swap(place, places[0]);
    for (const bool any : {true, false})
        for (const Rect& place : places)
            if (!covers(place, any)) {
                minimap_ = place;
                return;
            }
    minimap_ = places[0];
}

void CanvasView::apply_requests() {
    const ImVec2 size = canvas_.size();
    if (fit_requested_ && size.x > 1 && size.y > 1) {
        camera_.fit(model_.bounds(), size, kFitMargin);
        fit_requested_ = false;
        if (open_view_start_ && *open_view_start_ < model_.positions.size() &&
            !all_titled(camera_.zoom)) {
            camera_.zoom = kReadableZoom;
            const Rect r = model_.node_rect(*open_view_start_);
            camera_.pan = {(r.min.x + r.max.x) * 0.5f - size.x * 0.5f / camera_.zoom,
                           r.min.y - kFitMargin * 1.5f / camera_.zoom};
        }
        open_view_start_.reset();
    }
    if (reveal_requested_ && *reveal_requested_ < model_.positions.size()) {
        const Rect r = model_.node_rect(*reveal_requested_);
        const Rect view{camera_.to_world(canvas_.min), camera_.to_world(canvas_.max)};
        if (!view.contains(r.min) || !view.contains(r.max)) centre_requested_ = reveal_requested_;
    }
    reveal_requested_.reset();
    if (centre_requested_ && *centre_requested_ < model_.positions.size()) {
        if (focus_requested_) camera_.zoom = std::max(camera_.zoom, kReadableZoom);
        camera_.centre_on(centre_of(model_.node_rect(*centre_requested_)), size);
    }
    centre_requested_.reset();
    focus_requested_ = false;
    if (add_menu_requested_) {
        menu_world_ = placement_point();
        menu_on_node_ = false;
        menu_link_.reset();
        ImGui::OpenPopup("canvas_menu");
        add_menu_requested_ = false;
    }
}

ImVec2 CanvasView::view_centre() const {
    return camera_.to_world(centre_of(canvas_));
}

ImVec2 CanvasView::placement_point() const {
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    return canvas_.contains(mouse) && !in_minimap(mouse) ? camera_.to_world(mouse) : view_centre();
}

// [SECTION] frame

CanvasEvents CanvasView::frame(const Flow& flow, const Validation& validation, Selection& selection,
                               std::optional<std::size_t> current) {
    CanvasEvents events;
    selection.resize(flow.nodes.size());
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    canvas_.min = ImGui::GetCursorScreenPos();
    canvas_.max = {canvas_.min.x + std::max(avail.x, 50.0f),
                   canvas_.min.y + std::max(avail.y, 50.0f)};
    camera_.origin = canvas_.min;
    apply_requests();
    place_minimap(selection, current);
    ImGui::InvisibleButton("canvas", canvas_.size(),
                           ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonRight |
                               ImGuiButtonFlags_MouseButtonMiddle);
    const bool hovered = ImGui::IsItemHovered();
    const ImGuiIO& io = ImGui::GetIO();
    if (hovered && io.MouseWheel != 0.0f)
        camera_.zoom_about(io.MousePos, camera_.zoom * std::pow(kWheelZoomStep, io.MouseWheel));
    update_hover(hovered);
    if (interaction_ == Interaction::none && hovered) handle_mouse(selection, events);
    update_interaction(selection, events);
    draw(flow, validation, selection, current);
    context_menu(flow, selection, events);
    return events;
}

void CanvasView::handle_mouse(Selection& selection, CanvasEvents& events) {
    const ImGuiIO& io = ImGui::GetIO();
    const bool space = ImGui::IsKeyDown(ImGui::GetKeyIndex(ImGuiKey_Space)) && !io.WantTextInput;
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Middle) ||
        (space && ImGui::IsMouseClicked(ImGuiMouseButton_Left))) {
        pan_with_left_ = !ImGui::IsMouseClicked(ImGuiMouseButton_Middle);
        interaction_ = Interaction::pan;
    } else if (ImGui::IsMouseClicked(ImGuiMouseButton_Left) && !model_.positions.empty() &&
               in_minimap(io.MousePos)) {
        interaction_ = Interaction::minimap;
    } else if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) {
        if (hover_.kind == HitKind::node) events.activated = hover_.node;
        if (hover_.kind == HitKind::background) add_menu_requested_ = true;
    } else if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
        start_interaction(hover_, selection, events);
    } else if (ImGui::IsMouseReleased(ImGuiMouseButton_Right)) {
        menu_on_node_ = hover_.kind == HitKind::node || hover_.kind == HitKind::port;
        menu_link_.reset();
        if (hover_.kind == HitKind::link) menu_link_ = hover_.link;
        if (menu_on_node_ && !selection.contains(hover_.node)) {
            selection.select_only(hover_.node);
            events.selection_changed = true;
        }
        menu_world_ = camera_.to_world(io.MousePos);
        ImGui::OpenPopup("canvas_menu");
    }
}

// [SECTION] hover

void CanvasView::update_hover(bool hovered) {
    if (interaction_ != Interaction::none) return;
    if (!hovered) {
        hover_ = Hit{};
        hover_valid_ = false;
        return;
    }
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    // Hit-testing scans every node, so it runs only when the mouse, the view or the flow moved.
    if (hover_valid_ && mouse.x == hover_mouse_.x && mouse.y == hover_mouse_.y &&
        same_camera(camera_, hover_camera_))
        return;
    hover_ = in_minimap(mouse) ? Hit{} : hit_at(mouse);
    hover_mouse_ = mouse;
    hover_camera_ = camera_;
    hover_valid_ = true;
}

Hit CanvasView::hit_at(ImVec2 mouse) const {
    const Hit hit = hit_test(model_, camera_, mouse);
    // Ports are drawn on cards only; a smaller node is all one target.
    if (hit.kind == HitKind::port && look(hit.node) != NodeLook::card)
        return Hit{HitKind::node, hit.node};
    if (hit.kind != HitKind::background && hit.kind != HitKind::link) return hit;
    // A titled box's title reaches past its box: it is the node too (the last drawn on top).
    for (auto it = titled_.rbegin(); it != titled_.rend(); ++it)
        if (it->second.contains(mouse)) return Hit{HitKind::node, it->first};
    return hit;
}

// [SECTION] interaction state machine

void CanvasView::start_interaction(const Hit& hit, Selection& selection, CanvasEvents& events) {
    const ImGuiIO& io = ImGui::GetIO();
    additive_ = io.KeyCtrl || io.KeyShift;
    press_world_ = camera_.to_world(io.MousePos);
    switch (hit.kind) {
    case HitKind::port:
        connect_from_ = hit;
        interaction_ = Interaction::connect;
        return;
    case HitKind::node:
        if (additive_)
            selection.set(hit.node, !selection.contains(hit.node));
        else if (!selection.contains(hit.node))
            selection.select_only(hit.node);
        events.selection_changed = true;
        dragged_ = selection.indices();
        drag_start_.clear();
        for (std::size_t i : dragged_)
            drag_start_.push_back(model_.positions[i]);
        routing_.drop_routes_of(model_, dragged_); // drawn as curves while they move
        drag_total_ = {0, 0};
        interaction_ = dragged_.empty() ? Interaction::none : Interaction::drag_nodes;
        return;
    case HitKind::link:
        selection.select_only(hit.node);
        events.selection_changed = true;
        return;
    case HitKind::background:
        if (!additive_) selection.clear();
        events.selection_changed = true;
        interaction_ = Interaction::box_select;
        return;
    }
}

void CanvasView::update_interaction(Selection& selection, CanvasEvents& events) {
    const ImGuiIO& io = ImGui::GetIO();
    const bool left = ImGui::IsMouseDown(ImGuiMouseButton_Left);
    switch (interaction_) {
    case Interaction::none:
        return;
    case Interaction::drag_nodes: {
        const ImVec2 now = camera_.to_world(io.MousePos);
        drag_total_ = {now.x - press_world_.x, now.y - press_world_.y};
        for (std::size_t k = 0; k < dragged_.size(); ++k)
            model_.positions[dragged_[k]] = {drag_start_[k].x + static_cast<float>(drag_total_[0]),
                                             drag_start_[k].y + static_cast<float>(drag_total_[1])};
        if (!left) finish_drag(events);
        return;
    }
    case Interaction::pan:
        if (ImGui::IsMouseDown(pan_with_left_ ? ImGuiMouseButton_Left : ImGuiMouseButton_Middle))
            camera_.pan_by_screen(io.MouseDelta);
        else
            interaction_ = Interaction::none;
        return;
    case Interaction::box_select:
        if (!left) finish_box(selection, events);
        return;
    case Interaction::connect:
        if (left) return;
        if (Hit target = hit_at(io.MousePos);
            target.kind == HitKind::node ||
            (target.kind == HitKind::port && target.node != connect_from_.node))
            events.connected =
                ConnectEvent{connect_from_.node,
                             model_.ports(connect_from_.node)[connect_from_.port], target.node};
        interaction_ = Interaction::none;
        return;
    case Interaction::minimap:
        if (left && minimap_) {
            const Camera mini = minimap_camera(model_, *minimap_);
            camera_.centre_on(mini.to_world(io.MousePos), canvas_.size());
        } else {
            interaction_ = Interaction::none;
        }
        return;
    }
}

void CanvasView::finish_drag(CanvasEvents& events) {
    interaction_ = Interaction::none;
    hover_valid_ = false;
    model_.reindex();
    routing_.adopt(model_);
    update_rooms();
    minimap_stale_ = true;
    if (drag_total_[0] == 0.0 && drag_total_[1] == 0.0) return;
    events.moved = MoveEvent{dragged_, drag_total_};
}

void CanvasView::finish_box(Selection& selection, CanvasEvents& events) {
    interaction_ = Interaction::none;
    const ImVec2 now = camera_.to_world(ImGui::GetIO().MousePos);
    const Rect box{{std::min(now.x, press_world_.x), std::min(now.y, press_world_.y)},
                   {std::max(now.x, press_world_.x), std::max(now.y, press_world_.y)}};
    if (box.size().x * camera_.zoom < 3.0f && box.size().y * camera_.zoom < 3.0f) return;
    for (std::size_t i = 0; i < model_.positions.size(); ++i)
        if (model_.node_rect(i).overlaps(box)) selection.set(i, true);
    events.selection_changed = true;
}

// [SECTION] drawing

void CanvasView::collect_visible(const Rect& view, bool links) {
    visible_nodes_.clear();
    visible_links_.clear();
    if (interaction_ == Interaction::drag_nodes) {
        // Dragged nodes have left their grid cells: look at everything until the drop.
        for (std::uint32_t i = 0; i < model_.positions.size(); ++i)
            if (model_.node_rect(i).overlaps(view)) visible_nodes_.push_back(i);
        for (std::uint32_t l = 0; links && l < model_.links.size(); ++l)
            if (link_visible(camera_, model_, l, canvas_)) visible_links_.push_back(l);
        return;
    }
    if (++seen_stamp_ == 0) { // wrapped: forget every old stamp
        std::fill(node_seen_.begin(), node_seen_.end(), 0);
        std::fill(link_seen_.begin(), link_seen_.end(), 0);
        seen_stamp_ = 1;
    }
    node_seen_.resize(model_.positions.size(), 0);
    link_seen_.resize(model_.links.size(), 0);
    model_.node_grid().query(view, [&](std::uint32_t i) {
        if (node_seen_[i] == seen_stamp_) return;
        node_seen_[i] = seen_stamp_;
        if (model_.node_rect(i).overlaps(view)) visible_nodes_.push_back(i);
    });
    std::sort(visible_nodes_.begin(), visible_nodes_.end()); // later nodes on top
    if (!links) return;
    const float margin = kLinkBoxMargin / camera_.zoom;
    model_.link_grid().query(
        {{view.min.x - margin, view.min.y - margin}, {view.max.x + margin, view.max.y + margin}},
        [&](std::uint32_t l) {
            if (link_seen_[l] == seen_stamp_) return;
            link_seen_[l] = seen_stamp_;
            if (link_visible(camera_, model_, l, canvas_)) visible_links_.push_back(l);
        });
}

void CanvasView::draw(const Flow& flow, const Validation& validation, const Selection& selection,
                      std::optional<std::size_t> current) {
    ImDrawList& d = *ImGui::GetWindowDrawList();
    d.PushClipRect(canvas_.min, canvas_.max, true);
    draw_grid(d, camera_, canvas_);
    const Rect view{camera_.to_world(canvas_.min), camera_.to_world(canvas_.max)};
    ImFont* small = small_font_ ? small_font_ : ImGui::GetFont();
    const DrawContext ctx{d,
                          camera_,
                          model_,
                          flow,
                          small,
                          large_font_ ? large_font_ : small,
                          detail_at(camera_.zoom),
                          canvas_,
                          rooms_,
                          least_title_px_};
    collect_visible(view, ctx.detail != Detail::dots);
    update_label_scale(ctx);
    if (interaction_ != Interaction::drag_nodes &&
        routing_.route(model_, flow, visible_links_, small, kRouteBudgetMs))
        hover_valid_ = false;
    drawn_links_ = visible_links_.size();
    d.ChannelsSplit(2);
    d.ChannelsSetCurrent(0);
    for (std::uint32_t l : visible_links_)
        draw_link(ctx, l, hover_.kind == HitKind::link && hover_.link == l);
    d.ChannelsSetCurrent(1);
    drawn_nodes_ = 0;
    titled_.clear();
    for (std::uint32_t i : visible_nodes_) {
        if (i >= flow.nodes.size()) continue;
        NodeMarks marks;
        marks.selected = selection.contains(i);
        marks.start = flow.nodes[i].id == flow.info.start;
        marks.current = current == i;
        marks.hovered = hover_.kind == HitKind::node && hover_.node == i;
        if (i < validation.worst.size()) marks.problem = validation.worst[i];
        const Rect drawn = draw_node(ctx, i, marks);
        if (look_of(ctx, i) == NodeLook::label) titled_.emplace_back(i, drawn);
        ++drawn_nodes_;
    }
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    if (interaction_ == Interaction::connect) {
        const Bezier b = link_curve(
            camera_.to_screen(model_.port_position(connect_from_.node, connect_from_.port)), mouse);
        d.AddBezierCubic(b.p0, b.p1, b.p2, b.p3, IM_COL32(120, 200, 140, 255), 2.5f, 24);
    }
    if (interaction_ == Interaction::box_select) {
        const ImVec2 a = camera_.to_screen(press_world_);
        d.AddRectFilled(a, mouse, IM_COL32(100, 150, 255, 40));
        d.AddRect(a, mouse, IM_COL32(100, 150, 255, 200));
    }
    d.ChannelsMerge();
    if (minimap_ && model_.positions.size() > kMinimapDirectLimit) {
        const ImVec2 size = canvas_.size();
        if (minimap_stale_ || interaction_ == Interaction::drag_nodes ||
            size.x != minimap_canvas_.x || size.y != minimap_canvas_.y)
            bin_minimap(model_, flow, *minimap_, minimap_cells_);
        minimap_stale_ = false;
        minimap_canvas_ = size;
    }
    if (minimap_) draw_minimap(d, camera_, model_, flow, canvas_, *minimap_, minimap_cells_);
    draw_overlay(flow);
    d.PopClipRect();
    // A title shortened (or not drawn) far out is shown whole under the mouse.
    if (hover_.kind == HitKind::node && hover_.node < flow.nodes.size() &&
        look(hover_.node) != NodeLook::card && interaction_ == Interaction::none)
        ImGui::SetTooltip("%s", flow.nodes[hover_.node].display_title().c_str());
    link_tooltip(flow);
}

void CanvasView::link_tooltip(const Flow& flow) const {
    // A choice's label, shortened or left off for want of room, is shown whole on its arrow.
    if (hover_.kind != HitKind::link || interaction_ != Interaction::none ||
        hover_.link >= model_.links.size() || hover_.link >= model_.labels.size())
        return;
    const Link& link = model_.links[hover_.link];
    const Port port = model_.ports(link.from)[link.port];
    if (port.kind != PortKind::choice || link.from >= flow.nodes.size()) return;
    const std::optional<LinkLabel>& label = model_.labels[hover_.link];
    if (label && !label->shortened && labels_drawn(detail_at(camera_.zoom))) return;
    const std::string_view text = port_label(flow.nodes[link.from], port);
    ImGui::SetTooltip("%.*s", static_cast<int>(text.size()), text.data());
}

void CanvasView::draw_overlay(const Flow& flow) {
    ImDrawList& d = *ImGui::GetWindowDrawList();
    char text[96];
    std::snprintf(text, sizeof text, "%d%%  |  %zu nodes",
                  static_cast<int>(std::lround(camera_.zoom * 100.0f)), flow.nodes.size());
    const ImVec2 at{canvas_.min.x + 10.0f, canvas_.max.y - ImGui::GetFontSize() - 8.0f};
    const ImVec2 extent = ImGui::CalcTextSize(text);
    d.AddRectFilled({at.x - 6.0f, at.y - 3.0f}, {at.x + extent.x + 6.0f, at.y + extent.y + 3.0f},
                    IM_COL32(26, 28, 34, 220), 4.0f);
    d.AddText(at, IM_COL32(160, 166, 180, 255), text);
    if (!flow.nodes.empty()) return;
    const char* hint = "Double-click anywhere (or press Insert) to add the first node";
    const ImVec2 size = ImGui::CalcTextSize(hint);
    const ImVec2 c = centre_of(canvas_);
    d.AddText({c.x - size.x * 0.5f, c.y - size.y * 0.5f}, IM_COL32(200, 205, 215, 255), hint);
}

// [SECTION] menus

void CanvasView::link_menu(CanvasEvents& events) {
    if (!menu_link_ || *menu_link_ >= model_.links.size()) return;
    const Link& l = model_.links[*menu_link_];
    const Port port = model_.ports(l.from)[l.port];
    if (ImGui::BeginMenu("Insert a step on this arrow")) {
        for (NodeKind kind :
             {NodeKind::prompt, NodeKind::reflection, NodeKind::body_check, NodeKind::breathing})
            if (ImGui::MenuItem(kind_label(kind)))
                events.inserted = InsertEvent{l.from, port, kind, {menu_world_.x, menu_world_.y}};
        ImGui::EndMenu();
    }
    if (ImGui::MenuItem(port.kind == PortKind::next ? "Remove this Continue link"
                                                    : "Remove this choice"))
        events.unlinked = UnlinkEvent{l.from, port};
    ImGui::Separator();
}

void CanvasView::context_menu(const Flow& flow, Selection& selection, CanvasEvents& events) {
    if (!ImGui::BeginPopup("canvas_menu")) return;
    if (menu_on_node_ && selection.count() > 0) {
        if (ImGui::MenuItem("Duplicate", "Ctrl+D")) events.action = NodeAction::duplicate;
        if (ImGui::MenuItem("Delete", "Delete")) events.action = NodeAction::remove;
        if (ImGui::MenuItem("Play from here", "F5")) events.action = NodeAction::play_from_here;
        if (ImGui::MenuItem("Set as start")) events.action = NodeAction::set_start;
        ImGui::Separator();
    }
    link_menu(events);
    ImGui::TextDisabled(flow.nodes.empty() ? "Add the first node" : "Add a node here");
    char key[2] = {0, 0};
    for (int k = 0; k < static_cast<int>(std::size(kAllKinds)); ++k) {
        key[0] = static_cast<char>('1' + k);
        const bool digit = k < 9;
        if (ImGui::MenuItem(kind_label(kAllKinds[k]), digit ? key : nullptr) ||
            (digit && ImGui::IsKeyPressed(kFirstDigitKey + k, false))) {
            events.create = std::pair{kAllKinds[k], Vec2{menu_world_.x, menu_world_.y}};
            ImGui::CloseCurrentPopup();
        }
    }
    ImGui::EndPopup();
}

} // namespace heartflow::editor

// Routing the canvas's links incrementally with the engine's router (their labels are
// link_labels.h's).
#include "canvas/link_routes.h"

#include <chrono>

namespace heartflow::editor {

namespace {

enum : std::uint8_t { kWaiting, kRouted, kUnroutable };

// The canvas's router: a search grid of at most 50,000 points, so one route costs a few
// milliseconds at most (a long edge across a big flow that needs more stays a curve). A flow
// of a hundred cards or so never comes near it.
RouterOptions canvas_router_options() {
    RouterOptions o;
    o.max_cells = 50000;
    return o;
}

std::vector<LayoutRect> card_boxes(const CanvasModel& model) {
    std::vector<LayoutRect> boxes(model.positions.size());
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        const Rect r = model.node_rect(i);
        boxes[i] = {r.min.x, r.min.y, r.max.x, r.max.y};
    }
    return boxes;
}

std::vector<ImVec2> to_world(const std::vector<LayoutPoint>& route) {
    std::vector<ImVec2> out(route.size());
    for (std::size_t k = 0; k < route.size(); ++k)
        out[k] = {static_cast<float>(route[k].x), static_cast<float>(route[k].y)};
    return out;
}

} // namespace

LinkRouting::Ends LinkRouting::ends_of(const CanvasModel& model, std::size_t l) {
    const Link& link = model.links[l];
    const ImVec2 a = model.port_position(link.from, link.port), b = model.input_position(link.to);
    return {a.x, a.y, b.x, b.y};
}

void LinkRouting::adopt(CanvasModel& model) {
    std::map<Ends, std::size_t> before;
    for (std::size_t l = 0; l < raw_.size(); ++l)
        if (state_[l] == kRouted) before.emplace(ends_[l], l);
    std::vector<std::vector<LayoutPoint>> old = std::move(raw_);
    router_.emplace(card_boxes(model), canvas_router_options());
    const std::size_t n = model.links.size();
    raw_.assign(n, {});
    state_.assign(n, kWaiting);
    ends_.resize(n);
    waiting_ = n;
    for (std::size_t l = 0; l < n; ++l) {
        ends_[l] = ends_of(model, l);
        const auto it = before.find(ends_[l]);
        if (it == before.end() || router_->crosses_box(old[it->second])) continue;
        raw_[l] = std::move(old[it->second]);
        state_[l] = kRouted;
        --waiting_;
    }
    model.paths.assign(n, {});
    model.labels.assign(n, std::nullopt);
    changed_ = true;
}

void LinkRouting::route_one(std::size_t l) {
    const Ends& e = ends_[l];
    std::optional<std::vector<LayoutPoint>> route =
        router_->route({{e[0], e[1]}, BoxSide::right}, {{e[2], e[3]}, BoxSide::top});
    state_[l] = route ? kRouted : kUnroutable;
    if (route) raw_[l] = std::move(*route);
    --waiting_;
}

bool LinkRouting::route(CanvasModel& model, const Flow& flow, std::span<const std::uint32_t> first,
                        ImFont* font, double budget_ms) {
    busy_ = false;
    if (!router_ || model.links.size() != raw_.size()) return false;
    using Clock = std::chrono::steady_clock;
    const Clock::time_point start = Clock::now();
    auto spent = [&] {
        return std::chrono::duration<double, std::milli>(Clock::now() - start).count() >= budget_ms;
    };
    bool out_of_time = false;
    auto attempt = [&](std::size_t l) {
        if (out_of_time || l >= state_.size() || state_[l] != kWaiting) return;
        route_one(l);
        changed_ = true;
        out_of_time = spent();
    };
    for (std::uint32_t l : first)
        attempt(l);
    if (model.links.size() <= kRouteWholeLimit)
        for (std::size_t l = 0; l < model.links.size(); ++l)
            attempt(l);
    busy_ = changed_;
    if (!changed_ && !relabel_) return false;
    finish(model, flow, font);
    const bool paths_changed = changed_;
    changed_ = relabel_ = false;
    return paths_changed;
}

void LinkRouting::finish(CanvasModel& model, const Flow& flow, ImFont* font) {
    if (changed_) {
        std::vector<std::vector<LayoutPoint>> nudged = raw_;
        router_->nudge(nudged);
        model.paths.resize(nudged.size());
        for (std::size_t l = 0; l < nudged.size(); ++l)
            model.paths[l] = to_world(nudged[l]);
    }
    place_link_labels(model, flow, font, scale_);
    model.index_links();
}

void LinkRouting::set_label_scale(LabelScale scale) {
    scale_ = std::move(scale);
    relabel_ = true;
}

void LinkRouting::drop_routes_of(CanvasModel& model, std::span<const std::size_t> nodes) {
    for (std::size_t l = 0; l < model.links.size() && l < model.paths.size(); ++l)
        for (std::size_t i : nodes)
            if (model.links[l].from == i || model.links[l].to == i) {
                model.paths[l].clear();
                model.labels[l].reset();
            }
}

} // namespace heartflow::editor

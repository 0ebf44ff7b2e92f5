// Placing the canvas's choice labels: every cut of each label tried in turn, and the labels
// that found no room moved to the front for another try.
#include "canvas/link_labels.h"

#include "canvas/fit_text.h"

#include <cfloat>
#include <string_view>

namespace heartflow::editor {

namespace {

// Tries of the placement order at most: the first in link order, then each with the labels
// left off by the one before moved to the front.
constexpr int kLabelTries = 4;

// A choice link to label: its index, its text and its route.
struct LabelJob {
    std::size_t link;
    std::string_view text;
    std::vector<LayoutPoint> route;
};

// One placement of every job: each link's label, how many found room and how many bytes show.
struct LabelTry {
    std::vector<std::optional<LinkLabel>> labels;
    std::vector<std::size_t> left_off; // indices into the jobs
    std::size_t shown_bytes = 0;
};

std::vector<LabelJob> label_jobs(const CanvasModel& model, const Flow& flow) {
    std::vector<LabelJob> jobs;
    for (std::size_t l = 0; l < model.links.size() && l < model.paths.size(); ++l) {
        const Link& link = model.links[l];
        const Port port = model.ports(link.from)[link.port];
        if (model.paths[l].empty() || port.kind != PortKind::choice) continue;
        const std::string_view text = port_label(flow.nodes[link.from], port);
        if (text.empty()) continue;
        std::vector<LayoutPoint> route(model.paths[l].size());
        for (std::size_t k = 0; k < route.size(); ++k)
            route[k] = {model.paths[l][k].x, model.paths[l][k].y};
        jobs.push_back({l, text, std::move(route)});
    }
    return jobs;
}

// The label of `job` at the first cut of at most `cap` bytes that finds room in `placer`, if any
// does.
std::optional<LinkLabel> place_one(const LabelJob& job, LabelPlacer& placer, ImFont* font,
                                   float size, std::size_t cap) {
    const float pad = size / kTextSize;
    std::size_t tried = 0; // bytes of the text last tried
    for (const std::size_t bytes : kLinkLabelCuts) {
        const std::size_t shown = std::min(bytes, job.text.size());
        if (bytes > cap || shown == tried) continue; // too long, or the same text again
        tried = shown;
        ExcerptBuffer buffer;
        const std::string_view cut = excerpt(job.text, bytes, buffer);
        const ImVec2 extent =
            font->CalcTextSizeA(size, FLT_MAX, 0.0f, cut.data(), cut.data() + cut.size());
        if (auto r = placer.place(job.route, extent.x + 10.0f * pad, extent.y + 4.0f * pad))
            return LinkLabel{{{static_cast<float>(r->x0), static_cast<float>(r->y0)},
                              {static_cast<float>(r->x1), static_cast<float>(r->y1)}},
                             static_cast<std::uint16_t>(shown),
                             job.text.size() > bytes,
                             size};
    }
    return std::nullopt;
}

// What every placement of one model's labels shares.
struct LabelWork {
    const std::vector<LabelJob>& jobs;
    const std::vector<LayoutRect>& taken; // the cards and covers
    const LabelScale& scale;
    ImFont* font;
    std::size_t links;

    [[nodiscard]] LabelPlacer placer(const std::vector<LayoutRect>& more = {}) const {
        std::vector<LayoutRect> all = taken;
        all.insert(all.end(), more.begin(), more.end());
        LabelPlacer p(all, 1.5 * scale.size / kTextSize);
        if (scale.frame) p.set_frame(*scale.frame);
        return p;
    }
};

// Every job placed in `order`, none longer than `cap` bytes.
LabelTry place_in_order(const LabelWork& work, const std::vector<std::size_t>& order,
                        std::size_t cap) {
    LabelPlacer placer = work.placer();
    LabelTry out;
    out.labels.assign(work.links, std::nullopt);
    for (const std::size_t j : order) {
        std::optional<LinkLabel>& label = out.labels[work.jobs[j].link];
        label = place_one(work.jobs[j], placer, work.font, work.scale.size, cap);
        if (label)
            out.shown_bytes += label->bytes;
        else
            out.left_off.push_back(j);
    }
    return out;
}

// True when `a` shows more labels than `b`, or as many with more of their words.
bool shows_more(const LabelTry& a, const LabelTry& b) {
    return a.left_off.size() != b.left_off.size() ? a.left_off.size() < b.left_off.size()
                                                  : a.shown_bytes > b.shown_bytes;
}

// The best of a few placements with labels of at most `cap` bytes: in link order, then each
// time with the labels the one before left off moved to the front.
LabelTry place_reordered(const LabelWork& work, std::size_t cap) {
    std::vector<std::size_t> order(work.jobs.size());
    for (std::size_t j = 0; j < order.size(); ++j)
        order[j] = j;
    LabelTry best = place_in_order(work, order, cap);
    LabelTry last = best;
    for (int attempt = 1; attempt < kLabelTries && !last.left_off.empty(); ++attempt) {
        std::vector<std::size_t> next = last.left_off;
        std::vector<bool> first(work.jobs.size(), false);
        for (const std::size_t j : next)
            first[j] = true;
        for (const std::size_t j : order)
            if (!first[j]) next.push_back(j);
        order = std::move(next);
        last = place_in_order(work, order, cap);
        if (shows_more(last, best)) best = last;
    }
    return best;
}

// Each shortened label of `placed` in turn placed again, longer where the others leave room.
void lengthen(const LabelWork& work, LabelTry& placed) {
    for (const LabelJob& job : work.jobs) {
        std::optional<LinkLabel>& label = placed.labels[job.link];
        if (!label || !label->shortened) continue;
        std::vector<LayoutRect> others;
        for (std::size_t l = 0; l < placed.labels.size(); ++l)
            if (const std::optional<LinkLabel>& o = placed.labels[l]; o && l != job.link)
                others.push_back({o->rect.min.x, o->rect.min.y, o->rect.max.x, o->rect.max.y});
        LabelPlacer placer = work.placer(others);
        const std::optional<LinkLabel> longer =
            place_one(job, placer, work.font, work.scale.size, kLinkLabelCuts[0]);
        if (longer && longer->bytes > label->bytes) label = longer;
    }
}

} // namespace

void place_link_labels(CanvasModel& model, const Flow& flow, ImFont* font,
                       const LabelScale& scale) {
    model.labels.assign(model.links.size(), std::nullopt);
    if (!font) return;
    const std::vector<LabelJob> jobs = label_jobs(model, flow);
    std::vector<LayoutRect> taken(model.positions.size());
    for (std::size_t i = 0; i < taken.size(); ++i) {
        const Rect r = model.node_rect(i);
        taken[i] = {r.min.x, r.min.y, r.max.x, r.max.y};
    }
    taken.insert(taken.end(), scale.covers.begin(), scale.covers.end());
    const LabelWork work{jobs, taken, scale, font, model.links.size()};
    // Labels as long as can be, each cut shorter only when not every label finds room.
    std::optional<LabelTry> best;
    for (const std::size_t cap : kLinkLabelCuts) {
        LabelTry placed = place_reordered(work, cap);
        const bool all = placed.left_off.empty();
        if (!best || shows_more(placed, *best)) best = std::move(placed);
        if (all) break;
    }
    lengthen(work, *best);
    model.labels = std::move(best->labels);
}

} // namespace heartflow::editor

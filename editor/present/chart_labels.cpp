// Label placement: candidate places in rings around the box, nearest first, the first free one.
#include "present/chart_labels.h"

#include <algorithm>
#include <cmath>

namespace heartflow::present {

namespace {

// How many rings of places above and below a box are tried, each a step further out.
constexpr int kRings = 6;

// Moving a label up or down costs this much more than moving it sideways: a chart is a column
// of layers, with room beside it, and a label far above its box reads as another box's.
constexpr float kVerticalCost = 2.5f;

PixelRect at(float x, float y, ImVec2 size) {
    return {ImVec2(x, y), ImVec2(x + size.x, y + size.y)};
}

PixelRect grown(const PixelRect& r, float by) {
    return {ImVec2(r.min.x - by, r.min.y - by), ImVec2(r.max.x + by, r.max.y + by)};
}

bool inside(const PixelRect& r, const PixelRect& bounds) {
    return r.min.x >= bounds.min.x && r.min.y >= bounds.min.y && r.max.x <= bounds.max.x &&
           r.max.y <= bounds.max.y;
}

// Places for a label of `size` around `box` within `bounds`: to either side (level with the box
// or a little above or below) as far as the bounds, and above and below.
std::vector<PixelRect> candidates(const PixelRect& box, ImVec2 size, const PixelRect& bounds,
                                  float gap) {
    const float cx = (box.min.x + box.max.x) * 0.5f, cy = (box.min.y + box.max.y) * 0.5f;
    const float step = std::max(gap, size.y * 0.5f), reach = bounds.max.x - bounds.min.x;
    std::vector<PixelRect> out;
    for (float d = gap; d <= reach; d += step) {
        for (float shift : {0.0f, -0.5f, 0.5f, -1.0f, 1.0f, -1.5f, 1.5f}) {
            const float y = cy - size.y * (0.5f - shift);
            out.push_back(at(box.max.x + d, y, size));
            out.push_back(at(box.min.x - d - size.x, y, size));
        }
    }
    for (int ring = 0; ring < kRings; ++ring) {
        const float d = gap + step * static_cast<float>(ring);
        for (float shift : {0.0f, -0.5f, 0.5f, -1.0f, 1.0f}) {
            out.push_back(at(cx - size.x * (0.5f - shift), box.min.y - d - size.y, size));
            out.push_back(at(cx - size.x * (0.5f - shift), box.max.y + d, size));
        }
    }
    return out;
}

// How far a place is from its box, sideways being cheaper; `penalty` is added (in pixels).
float cost(const PixelRect& place, const PixelRect& box, float penalty) {
    const float dx = (place.min.x + place.max.x - box.min.x - box.max.x) * 0.5f;
    const float dy = (place.min.y + place.max.y - box.min.y - box.max.y) * 0.5f * kVerticalCost;
    return std::sqrt(dx * dx + dy * dy) + penalty;
}

// The places for `w`, every size, cheapest first.
std::vector<std::pair<float, LabelPlace>> ranked(const LabelWanted& w, const PixelRect& box,
                                                 const PixelRect& bounds, float gap) {
    std::vector<std::pair<float, LabelPlace>> out;
    for (std::size_t i = 0; i < w.sizes.size(); ++i) {
        const float penalty = static_cast<float>(i) * w.sizes[0].y * 2.0f;
        for (const PixelRect& r : candidates(box, w.sizes[i], bounds, gap))
            out.push_back({cost(r, box, penalty), LabelPlace{r, i}});
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    return out;
}

} // namespace

std::vector<std::optional<LabelPlace>> place_labels(std::span<const PixelRect> boxes,
                                                    std::span<const LabelWanted> wanted,
                                                    const PixelRect& bounds, float gap) {
    std::vector<std::optional<LabelPlace>> placed;
    std::vector<PixelRect> taken;
    for (const LabelWanted& w : wanted) {
        std::optional<LabelPlace> found;
        if (w.box < boxes.size()) {
            for (const auto& option : ranked(w, boxes[w.box], bounds, gap)) {
                const LabelPlace& place = option.second;
                const PixelRect clear = grown(place.rect, gap * 0.5f);
                auto hits = [&](const PixelRect& r) {
                    return overlaps(clear, grown(r, gap * 0.5f));
                };
                if (inside(place.rect, bounds) && std::none_of(boxes.begin(), boxes.end(), hits) &&
                    std::none_of(taken.begin(), taken.end(), hits)) {
                    found = place;
                    break;
                }
            }
        }
        if (found) taken.push_back(found->rect);
        placed.push_back(found);
    }
    return placed;
}

} // namespace heartflow::present

// Nudging: segments of different routes that lie on one line and overlap are given lanes of
// their own across the channel, in the order of where they come from and go to, so that they
// separate without crossing one another more; a shift that would enter a box is not made.
#include "heartflow/edge_router.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace heartflow {

namespace {

// An interior segment of one route: points[index] to points[index + 1].
struct Shared {
    std::uint32_t route = 0;
    std::uint32_t index = 0;
    double lo = 0, hi = 0; // its extent along its line
    int order = 0;         // where it comes from and goes to, across its line: lanes follow it
};

// -1, 0 or 1: which side of `line` the value lies.
int side_of(double value, double line) {
    return value < line - 1e-9 ? -1 : value > line + 1e-9 ? 1 : 0;
}

// Every interior segment (neither the first nor the last of its route), by the line it lies on.
std::unordered_map<std::int64_t, std::vector<Shared>>
segments_by_line(const std::vector<std::vector<LayoutPoint>>& routes) {
    std::unordered_map<std::int64_t, std::vector<Shared>> lines;
    for (std::uint32_t r = 0; r < routes.size(); ++r) {
        const std::vector<LayoutPoint>& p = routes[r];
        for (std::uint32_t k = 1; k + 2 < p.size(); ++k) {
            const bool vertical = p[k].x == p[k + 1].x;
            if (!vertical && p[k].y != p[k + 1].y) continue; // not orthogonal: left alone
            const double at = vertical ? p[k].x : p[k].y;
            const double a = vertical ? p[k].y : p[k].x, b = vertical ? p[k + 1].y : p[k + 1].x;
            const int order = vertical ? side_of(p[k - 1].x, at) + side_of(p[k + 2].x, at)
                                       : side_of(p[k - 1].y, at) + side_of(p[k + 2].y, at);
            const auto key = static_cast<std::int64_t>(std::llround(at * 8.0)) * 2 + vertical;
            lines[key].push_back({r, k, std::min(a, b), std::max(a, b), order});
        }
    }
    return lines;
}

} // namespace

void EdgeRouter::nudge(std::vector<std::vector<LayoutPoint>>& routes) const {
    auto lines = segments_by_line(routes);
    const double room = options_.clearance * 0.8; // lanes stay within the clearance
    auto shift = [&](const Shared& s, double by) {
        std::vector<LayoutPoint>& p = routes[s.route];
        const bool vertical = p[s.index].x == p[s.index + 1].x;
        const std::vector<LayoutPoint> before(p.begin() + s.index - 1, p.begin() + s.index + 3);
        for (std::uint32_t k = s.index; k <= s.index + 1; ++k)
            (vertical ? p[k].x : p[k].y) += by;
        const std::vector<LayoutPoint> after(p.begin() + s.index - 1, p.begin() + s.index + 3);
        if (crosses_box(after)) std::copy(before.begin(), before.end(), p.begin() + s.index - 1);
    };
    for (auto& entry : lines) {
        std::vector<Shared>& group = entry.second;
        if (group.size() < 2) continue;
        std::sort(group.begin(), group.end(),
                  [](const Shared& a, const Shared& b) { return a.lo < b.lo; });
        for (std::size_t begin = 0, end = 0; begin < group.size(); begin = end) {
            double hi = group[begin].hi; // a run of segments overlapping one another
            for (end = begin + 1; end < group.size() && group[end].lo < hi - 1e-9; ++end)
                hi = std::max(hi, group[end].hi);
            const std::size_t lanes = end - begin;
            if (lanes < 2) continue;
            std::stable_sort(group.begin() + static_cast<std::ptrdiff_t>(begin),
                             group.begin() + static_cast<std::ptrdiff_t>(end),
                             [](const Shared& a, const Shared& b) { return a.order < b.order; });
            const double spacing =
                std::min(options_.nudge_spacing, room / static_cast<double>(lanes - 1));
            for (std::size_t k = 0; k < lanes; ++k)
                shift(group[begin + k],
                      (static_cast<double>(k) - static_cast<double>(lanes - 1) / 2) * spacing);
        }
    }
}

} // namespace heartflow

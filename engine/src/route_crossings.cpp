// Segment crossings over a uniform grid: every segment is entered in the cells it passes
// through, pairs that share a cell are tested, and each crossing pair is counted once.
#include "heartflow/route_crossings.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace heartflow {

namespace {

struct Segment {
    LayoutPoint a, b;
    std::uint32_t route;
};

// > 0 when c is left of a->b, < 0 when right, 0 when on the line.
double orientation(const LayoutPoint& a, const LayoutPoint& b, const LayoutPoint& c) {
    return (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
}

bool cross_properly(const Segment& s, const Segment& t) {
    const double o1 = orientation(s.a, s.b, t.a), o2 = orientation(s.a, s.b, t.b);
    const double o3 = orientation(t.a, t.b, s.a), o4 = orientation(t.a, t.b, s.b);
    return ((o1 > 0 && o2 < 0) || (o1 < 0 && o2 > 0)) && ((o3 > 0 && o4 < 0) || (o3 < 0 && o4 > 0));
}

struct Grid {
    double x0 = 0, y0 = 0, cell = 1;
    std::int64_t columns = 1, rows = 1;

    [[nodiscard]] std::int64_t column(double x) const {
        return std::clamp<std::int64_t>(static_cast<std::int64_t>(std::floor((x - x0) / cell)), 0,
                                        columns - 1);
    }
    [[nodiscard]] std::int64_t row(double y) const {
        return std::clamp<std::int64_t>(static_cast<std::int64_t>(std::floor((y - y0) / cell)), 0,
                                        rows - 1);
    }
};

// About two cells per segment, square cells over the drawing's bounding box.
Grid make_grid(const std::vector<Segment>& segments) {
    Grid g;
    double x1 = segments[0].a.x, y1 = segments[0].a.y;
    g.x0 = x1;
    g.y0 = y1;
    for (const Segment& s : segments) {
        for (const LayoutPoint& p : {s.a, s.b}) {
            g.x0 = std::min(g.x0, p.x), g.y0 = std::min(g.y0, p.y);
            x1 = std::max(x1, p.x), y1 = std::max(y1, p.y);
        }
    }
    const double width = std::max(x1 - g.x0, 1e-9), height = std::max(y1 - g.y0, 1e-9);
    g.cell = std::max(std::sqrt(width * height / (2.0 * static_cast<double>(segments.size()))),
                      std::max(width, height) / (4.0 * static_cast<double>(segments.size())));
    g.columns = std::max<std::int64_t>(1, static_cast<std::int64_t>(std::ceil(width / g.cell)));
    g.rows = std::max<std::int64_t>(1, static_cast<std::int64_t>(std::ceil(height / g.cell)));
    return g;
}

// (cell, segment) for every cell that segment s may pass through (a little generously).
void enter_segment(const Grid& g, const Segment& s, std::uint32_t index,
                   std::vector<std::pair<std::uint64_t, std::uint32_t>>& entries) {
    const double slack = g.cell * 1e-6;
    const double left = std::min(s.a.x, s.b.x), right = std::max(s.a.x, s.b.x);
    const std::int64_t c0 = g.column(left - slack), c1 = g.column(right + slack);
    for (std::int64_t c = c0; c <= c1; ++c) {
        double from = std::max(left, g.x0 + static_cast<double>(c) * g.cell);
        double to = std::min(right, g.x0 + static_cast<double>(c + 1) * g.cell);
        double ya = s.a.y, yb = s.b.y;
        if (right > left) {
            auto y_at = [&](double x) {
                return s.a.y + (s.b.y - s.a.y) * (x - s.a.x) / (s.b.x - s.a.x);
            };
            ya = y_at(std::min(from, to));
            yb = y_at(std::max(from, to));
        }
        const std::int64_t r0 = g.row(std::min(ya, yb) - slack),
                           r1 = g.row(std::max(ya, yb) + slack);
        for (std::int64_t r = r0; r <= r1; ++r)
            entries.emplace_back(static_cast<std::uint64_t>(r * g.columns + c), index);
    }
}

} // namespace

std::size_t count_route_crossings(const std::vector<std::vector<LayoutPoint>>& routes) {
    std::vector<Segment> segments;
    for (std::uint32_t r = 0; r < routes.size(); ++r)
        for (std::size_t i = 1; i < routes[r].size(); ++i)
            if (routes[r][i - 1].x != routes[r][i].x || routes[r][i - 1].y != routes[r][i].y)
                segments.push_back({routes[r][i - 1], routes[r][i], r});
    if (segments.size() < 2) return 0;
    const Grid grid = make_grid(segments);
    std::vector<std::pair<std::uint64_t, std::uint32_t>> entries;
    entries.reserve(segments.size() * 4);
    for (std::uint32_t i = 0; i < segments.size(); ++i)
        enter_segment(grid, segments[i], i, entries);
    std::sort(entries.begin(), entries.end());
    std::vector<std::uint64_t> crossing_pairs;
    for (std::size_t begin = 0, end = 0; begin < entries.size(); begin = end) {
        while (end < entries.size() && entries[end].first == entries[begin].first)
            ++end;
        for (std::size_t i = begin; i < end; ++i) {
            const Segment& s = segments[entries[i].second];
            for (std::size_t j = i + 1; j < end; ++j) {
                const Segment& t = segments[entries[j].second];
                if (s.route != t.route && cross_properly(s, t))
                    crossing_pairs.push_back(std::uint64_t{entries[i].second} << 32 |
                                             entries[j].second);
            }
        }
    }
    std::sort(crossing_pairs.begin(), crossing_pairs.end());
    return static_cast<std::size_t>(std::unique(crossing_pairs.begin(), crossing_pairs.end()) -
                                    crossing_pairs.begin());
}

} // namespace heartflow

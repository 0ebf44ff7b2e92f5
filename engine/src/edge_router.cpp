// The router's search: the boxes near the two ends give the grid's lines (each side, and each
// side pushed out by the clearance), every elementary cell of the grid is inside a box, inside a
// box's clearance or free, and A* over (grid point, direction) finds the cheapest route, a bend
// costing bend_cost and a stretch within a box's clearance tight_cost times its length.
#include "heartflow/edge_router.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace heartflow {

namespace {

// Directions of travel: right, left, down, up.
constexpr int kDx[] = {1, -1, 0, 0};
constexpr int kDy[] = {0, 0, 1, -1};

int leave_direction(BoxSide side) {
    switch (side) {
    case BoxSide::right:
        return 0;
    case BoxSide::left:
        return 1;
    case BoxSide::bottom:
        return 2;
    case BoxSide::top:
        return 3;
    }
    return 0;
}

// The direction that enters a box through `side` (the opposite of leaving through it).
int arrive_direction(BoxSide side) {
    return leave_direction(side) ^ 1;
}

constexpr std::uint8_t kFree = 0, kTight = 1, kInside = 2;

// How much the search trusts the distance left over the cost so far.
constexpr double kGreed = 1.5;

std::uint64_t cell_key(std::int64_t col, std::int64_t row) {
    return static_cast<std::uint64_t>(row + (1 << 30)) << 32 |
           static_cast<std::uint32_t>(col + (1 << 30));
}

// Sorted, without repeats, only those inside [lo, hi].
void settle_lines(std::vector<double>& lines, double lo, double hi) {
    lines.erase(
        std::remove_if(lines.begin(), lines.end(), [&](double v) { return v < lo || v > hi; }),
        lines.end());
    std::sort(lines.begin(), lines.end());
    lines.erase(
        std::unique(lines.begin(), lines.end(), [](double a, double b) { return b - a < 1e-9; }),
        lines.end());
}

std::size_t index_of(const std::vector<double>& lines, double v) {
    return static_cast<std::size_t>(std::lower_bound(lines.begin(), lines.end(), v - 1e-9) -
                                    lines.begin());
}

// The cells [first, end) between consecutive `lines` that meet the open interval (lo, hi).
std::pair<std::size_t, std::size_t> cells_between(const std::vector<double>& lines, double lo,
                                                  double hi) {
    const auto first = std::upper_bound(lines.begin(), lines.end(), lo + 1e-9) - lines.begin();
    const auto end = std::lower_bound(lines.begin(), lines.end(), hi - 1e-9) - lines.begin();
    return {static_cast<std::size_t>(std::max<std::ptrdiff_t>(0, first - 1)),
            std::min(static_cast<std::size_t>(end), lines.size() - 1)};
}

// Drops points that lie on the line through their neighbours, and repeated points.
void simplify(std::vector<LayoutPoint>& route) {
    std::vector<LayoutPoint> out;
    for (const LayoutPoint& p : route) {
        if (!out.empty() && out.back().x == p.x && out.back().y == p.y) continue;
        if (out.size() >= 2) {
            const LayoutPoint a = out[out.size() - 2], b = out.back();
            if ((a.x == b.x && b.x == p.x) || (a.y == b.y && b.y == p.y)) out.pop_back();
        }
        out.push_back(p);
    }
    route = std::move(out);
}

} // namespace

bool segment_enters(LayoutPoint a, LayoutPoint b, const LayoutRect& box) {
    const double eps = 1e-6;
    const double x0 = box.x0 + eps, y0 = box.y0 + eps, x1 = box.x1 - eps, y1 = box.y1 - eps;
    double t0 = 0, t1 = 1;
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double p[] = {-dx, dx, -dy, dy}, q[] = {a.x - x0, x1 - a.x, a.y - y0, y1 - a.y};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0) return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
    }
    return t0 < t1;
}

EdgeRouter::EdgeRouter(std::vector<LayoutRect> boxes, RouterOptions options)
    : boxes_(std::move(boxes)), options_(options) {
    double size = 0;
    for (std::size_t i = 0; i < boxes_.size(); ++i) {
        const LayoutRect& b = boxes_[i];
        size += (b.x1 - b.x0) + (b.y1 - b.y0);
        extent_ = i == 0 ? b
                         : LayoutRect{std::min(extent_.x0, b.x0), std::min(extent_.y0, b.y0),
                                      std::max(extent_.x1, b.x1), std::max(extent_.y1, b.y1)};
    }
    if (!boxes_.empty()) cell_ = std::max(64.0, size / static_cast<double>(boxes_.size()));
    for (std::uint32_t i = 0; i < boxes_.size(); ++i) {
        const LayoutRect& b = boxes_[i];
        for (auto row = static_cast<std::int64_t>(std::floor(b.y0 / cell_));
             row <= static_cast<std::int64_t>(std::floor(b.y1 / cell_)); ++row)
            for (auto col = static_cast<std::int64_t>(std::floor(b.x0 / cell_));
                 col <= static_cast<std::int64_t>(std::floor(b.x1 / cell_)); ++col)
                cells_[cell_key(col, row)].push_back(i);
    }
}

template <typename Visit>
void EdgeRouter::for_each_box_near(const LayoutRect& area, Visit&& visit) const {
    const auto c0 = static_cast<std::int64_t>(std::floor(area.x0 / cell_)),
               c1 = static_cast<std::int64_t>(std::floor(area.x1 / cell_)),
               r0 = static_cast<std::int64_t>(std::floor(area.y0 / cell_)),
               r1 = static_cast<std::int64_t>(std::floor(area.y1 / cell_));
    if ((c1 - c0 + 1) * (r1 - r0 + 1) > static_cast<std::int64_t>(cells_.size())) {
        for (std::uint32_t i = 0; i < boxes_.size(); ++i) // fewer boxes than cells to look at
            if (boxes_[i].x0 <= area.x1 && area.x0 <= boxes_[i].x1 && boxes_[i].y0 <= area.y1 &&
                area.y0 <= boxes_[i].y1)
                visit(i);
        return;
    }
    for (std::int64_t row = r0; row <= r1; ++row)
        for (std::int64_t col = c0; col <= c1; ++col)
            if (auto it = cells_.find(cell_key(col, row)); it != cells_.end())
                for (std::uint32_t i : it->second)
                    visit(i);
}

bool EdgeRouter::crosses_box(const std::vector<LayoutPoint>& route) const {
    for (std::size_t k = 1; k < route.size(); ++k) {
        const LayoutPoint a = route[k - 1], b = route[k];
        bool enters = false;
        for_each_box_near(
            {std::min(a.x, b.x), std::min(a.y, b.y), std::max(a.x, b.x), std::max(a.y, b.y)},
            [&](std::uint32_t i) { enters = enters || segment_enters(a, b, boxes_[i]); });
        if (enters) return true;
    }
    return false;
}

// The end of the short stub square out of a port: the clearance away, or halfway to a box
// nearer than that.
LayoutPoint EdgeRouter::stub_end(const RouteEnd& end) const {
    const int d = leave_direction(end.side);
    double length = options_.clearance;
    const LayoutPoint far{end.at.x + kDx[d] * length, end.at.y + kDy[d] * length};
    for_each_box_near({std::min(end.at.x, far.x), std::min(end.at.y, far.y),
                       std::max(end.at.x, far.x), std::max(end.at.y, far.y)},
                      [&](std::uint32_t i) {
                          const LayoutRect& b = boxes_[i];
                          if (!segment_enters(end.at, far, b)) return;
                          const double gap = d == 0   ? b.x0 - end.at.x
                                             : d == 1 ? end.at.x - b.x1
                                             : d == 2 ? b.y0 - end.at.y
                                                      : end.at.y - b.y1;
                          length = std::min(length, std::max(0.0, gap) / 2);
                      });
    return {end.at.x + kDx[d] * length, end.at.y + kDy[d] * length};
}

void EdgeRouter::build_grid(LayoutPoint start, LayoutPoint goal, const LayoutRect& window) {
    // Lines on the boxes' padded sides only: every cell between them is inside a box (it meets
    // one's inside), within a clearance, or free, and a step along a line between two cells is
    // as good as the better of the two (a line a clearance away from a box is free).
    const double c = options_.clearance;
    xs_ = {window.x0, window.x1, start.x, goal.x};
    ys_ = {window.y0, window.y1, start.y, goal.y};
    std::vector<std::uint32_t> near;
    for_each_box_near(window, [&](std::uint32_t i) { near.push_back(i); });
    std::sort(near.begin(), near.end());
    near.erase(std::unique(near.begin(), near.end()), near.end());
    for (std::uint32_t i : near) {
        const LayoutRect& b = boxes_[i];
        xs_.insert(xs_.end(), {b.x0 - c, b.x1 + c});
        ys_.insert(ys_.end(), {b.y0 - c, b.y1 + c});
    }
    settle_lines(xs_, window.x0, window.x1);
    settle_lines(ys_, window.y0, window.y1);
    const std::size_t cw = xs_.size() - 1, ch = ys_.size() - 1;
    state_.assign(cw * ch, kFree);
    auto mark = [&](const LayoutRect& r, std::uint8_t state) {
        const auto [i0, i1] = cells_between(xs_, r.x0, r.x1);
        const auto [j0, j1] = cells_between(ys_, r.y0, r.y1);
        for (std::size_t j = j0; j < j1; ++j)
            for (std::size_t i = i0; i < i1; ++i)
                state_[j * cw + i] = std::max(state_[j * cw + i], state);
    };
    for (std::uint32_t i : near) {
        const LayoutRect& b = boxes_[i];
        mark({b.x0 - c, b.y0 - c, b.x1 + c, b.y1 + c}, kTight);
        mark(b, kInside);
    }
}

bool EdgeRouter::search(LayoutPoint start, BoxSide leave, LayoutPoint goal, BoxSide arrive,
                        const LayoutRect& window, std::vector<LayoutPoint>& out) {
    build_grid(start, goal, window);
    const std::size_t nx = xs_.size(), ny = ys_.size();
    if (nx * ny > options_.max_cells) return false;
    if (cost_.size() < nx * ny * 4) {
        cost_.resize(nx * ny * 4);
        parent_.resize(nx * ny * 4);
        stamp_.resize(nx * ny * 4, 0);
    }
    if (++search_stamp_ == 0) {
        std::fill(stamp_.begin(), stamp_.end(), 0);
        search_stamp_ = 1;
    }
    const std::size_t gi = index_of(xs_, goal.x), gj = index_of(ys_, goal.y);
    const int last = arrive_direction(arrive);
    // The distance left, weighted (as weighted A* does): a route a little longer than the
    // shortest, found looking at a small part of the grid.
    auto heuristic = [&](std::size_t i, std::size_t j) {
        return static_cast<float>(kGreed *
                                  (std::fabs(xs_[i] - goal.x) + std::fabs(ys_[j] - goal.y)));
    };
    using Entry = std::pair<float, std::uint32_t>;
    std::vector<Entry> heap;
    const auto first = static_cast<std::uint32_t>(
        (index_of(ys_, start.y) * nx + index_of(xs_, start.x)) * 4 + leave_direction(leave));
    cost_[first] = 0;
    parent_[first] = -1;
    stamp_[first] = search_stamp_;
    heap.emplace_back(0.0f, first);
    float best = std::numeric_limits<float>::max();
    std::int64_t best_state = -1;
    const auto bend = static_cast<float>(options_.bend_cost);
    while (!heap.empty()) {
        std::pop_heap(heap.begin(), heap.end(), std::greater<>());
        const auto [f, s] = heap.back();
        heap.pop_back();
        if (f >= best) break;
        const std::size_t v = s / 4, i = v % nx, j = v / nx;
        const int d = static_cast<int>(s % 4);
        const float g = cost_[s];
        if (f > g + heuristic(i, j) + 1e-3f) continue; // a stale entry
        if (i == gi && j == gj) {
            const float total = g + (d == last ? 0.0f : d == (last ^ 1) ? 2 * bend : bend);
            if (total < best) best = total, best_state = s;
            continue;
        }
        for (int nd = 0; nd < 4; ++nd) {
            if (nd == (d ^ 1)) continue; // never straight back
            const std::size_t ni = i + static_cast<std::size_t>(kDx[nd]),
                              nj = j + static_cast<std::size_t>(kDy[nd]);
            if (ni >= nx || nj >= ny) continue;
            const std::uint8_t st = step_state(i, j, nd);
            if (st == kInside) continue;
            const double length = std::fabs(xs_[ni] - xs_[i]) + std::fabs(ys_[nj] - ys_[j]);
            const float ng = g +
                             static_cast<float>(length * (st == kTight ? options_.tight_cost : 1)) +
                             (nd == d ? 0.0f : bend);
            const auto ns = static_cast<std::uint32_t>((nj * nx + ni) * 4 + nd);
            if (stamp_[ns] == search_stamp_ && cost_[ns] <= ng) continue;
            stamp_[ns] = search_stamp_;
            cost_[ns] = ng;
            parent_[ns] = static_cast<std::int32_t>(s);
            heap.emplace_back(ng + heuristic(ni, nj), ns);
            std::push_heap(heap.begin(), heap.end(), std::greater<>());
        }
    }
    if (best_state < 0) return false;
    out.clear();
    for (std::int64_t s = best_state; s >= 0; s = parent_[static_cast<std::size_t>(s)]) {
        const std::size_t v = static_cast<std::size_t>(s) / 4;
        out.push_back({xs_[v % nx], ys_[v / nx]});
    }
    std::reverse(out.begin(), out.end());
    return true;
}

std::uint8_t EdgeRouter::step_state(std::size_t i, std::size_t j, int d) const {
    // The step runs along a grid line between two rows (or columns) of cells: it is as good as
    // the better of them (a line inside a box has the box on both sides).
    const std::size_t cw = xs_.size() - 1, ch = ys_.size() - 1;
    std::size_t ca = 0, cb = 0;
    bool has_a = false, has_b = false;
    if (d < 2) {
        const std::size_t ci = d == 0 ? i : i - 1;
        has_a = j > 0, has_b = j < ch;
        if (has_a) ca = (j - 1) * cw + ci;
        if (has_b) cb = j * cw + ci;
    } else {
        const std::size_t cj = d == 2 ? j : j - 1;
        has_a = i > 0, has_b = i < cw;
        if (has_a) ca = cj * cw + i - 1;
        if (has_b) cb = cj * cw + i;
    }
    const std::uint8_t a = has_a ? state_[ca] : state_[cb], b = has_b ? state_[cb] : a;
    return std::min(a, b);
}

std::optional<std::vector<LayoutPoint>> EdgeRouter::route(const RouteEnd& from,
                                                          const RouteEnd& to) {
    const LayoutPoint s = stub_end(from), g = stub_end(to);
    const double c = options_.clearance;
    std::vector<LayoutPoint> path;
    for (double m = options_.first_margin;; m *= 4) {
        const LayoutRect window{std::min(s.x, g.x) - m, std::min(s.y, g.y) - m,
                                std::max(s.x, g.x) + m, std::max(s.y, g.y) + m};
        const bool whole = window.x0 < extent_.x0 - c && window.y0 < extent_.y0 - c &&
                           window.x1 > extent_.x1 + c && window.y1 > extent_.y1 + c;
        if (search(s, from.side, g, to.side, window, path)) break;
        if (whole || xs_.size() * ys_.size() > options_.max_cells) return std::nullopt;
    }
    path.insert(path.begin(), from.at);
    path.push_back(to.at);
    simplify(path);
    return path;
}

} // namespace heartflow

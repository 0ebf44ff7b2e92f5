// The stability measure: nodes moved further than a grid step, and row neighbours whose order
// a relayout kept.
#include "heartflow/layout_stability.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace heartflow {

LayoutStability layout_stability(const std::vector<LayoutPoint>& before,
                                 const std::vector<LayoutPoint>& after, double grid_step) {
    LayoutStability s;
    s.nodes = std::min(before.size(), after.size());
    std::vector<std::uint32_t> by_row(s.nodes);
    for (std::uint32_t i = 0; i < s.nodes; ++i) {
        by_row[i] = i;
        if (std::abs(before[i].x - after[i].x) > grid_step ||
            std::abs(before[i].y - after[i].y) > grid_step)
            ++s.moved;
    }
    std::sort(by_row.begin(), by_row.end(), [&](std::uint32_t a, std::uint32_t b) {
        return before[a].y != before[b].y ? before[a].y < before[b].y : before[a].x < before[b].x;
    });
    for (std::size_t k = 1; k < by_row.size(); ++k) {
        const std::uint32_t a = by_row[k - 1], b = by_row[k];
        if (before[a].y != before[b].y || after[a].y != after[b].y) continue;
        ++s.row_pairs;
        if (after[a].x < after[b].x) ++s.pairs_kept;
    }
    return s;
}

} // namespace heartflow

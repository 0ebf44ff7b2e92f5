// Building the grid: count per cell, then fill (two passes, no per-cell vectors).
#include "canvas/spatial_grid.h"

#include <algorithm>
#include <cmath>

namespace heartflow::editor {

int SpatialGrid::column(float x) const {
    return std::clamp(static_cast<int>(std::floor((x - origin_.x) / cell_)), 0, cols_ - 1);
}

int SpatialGrid::row(float y) const {
    return std::clamp(static_cast<int>(std::floor((y - origin_.y) / cell_)), 0, rows_ - 1);
}

void SpatialGrid::build(const std::vector<Rect>& boxes, float cell) {
    cell_ = cell;
    cols_ = rows_ = 0;
    cell_begin_.clear();
    items_.clear();
    spanning_.clear();
    if (boxes.empty()) return;
    Rect all = boxes.front();
    for (const Rect& b : boxes) {
        all.min = {std::min(all.min.x, b.min.x), std::min(all.min.y, b.min.y)};
        all.max = {std::max(all.max.x, b.max.x), std::max(all.max.y, b.max.y)};
    }
    origin_ = all.min;
    cols_ = std::max(1, static_cast<int>(std::ceil(all.size().x / cell_)) + 1);
    rows_ = std::max(1, static_cast<int>(std::ceil(all.size().y / cell_)) + 1);
    const std::size_t cells = static_cast<std::size_t>(cols_) * static_cast<std::size_t>(rows_);
    std::vector<std::uint32_t> count(cells + 1, 0);
    auto cells_of = [&](const Rect& b, auto&& each) {
        const int x0 = column(b.min.x), x1 = column(b.max.x), y0 = row(b.min.y), y1 = row(b.max.y);
        if ((x1 - x0 + 1) * (y1 - y0 + 1) > kMaxCellsPerItem) return false;
        for (int y = y0; y <= y1; ++y)
            for (int x = x0; x <= x1; ++x)
                each(static_cast<std::size_t>(y) * static_cast<std::size_t>(cols_) +
                     static_cast<std::size_t>(x));
        return true;
    };
    for (const Rect& b : boxes)
        (void)cells_of(b, [&](std::size_t c) { ++count[c + 1]; });
    for (std::size_t c = 0; c < cells; ++c)
        count[c + 1] += count[c];
    cell_begin_ = count;
    items_.resize(count[cells]);
    for (std::uint32_t i = 0; i < boxes.size(); ++i)
        if (!cells_of(boxes[i], [&](std::size_t c) { items_[count[c]++] = i; }))
            spanning_.push_back(i);
}

} // namespace heartflow::editor

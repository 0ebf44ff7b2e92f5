// A uniform grid over world rectangles, so the canvas finds what is in view (and under the
// mouse) by looking at a few cells instead of every node and link of a big flow.
#pragma once

#include "canvas/camera.h"

#include <cstdint>
#include <vector>

namespace heartflow::editor {

/// Items (rectangles, by index) bucketed into square cells. Immutable once built.
class SpatialGrid {
public:
    /// Buckets `boxes` (world units) into cells of `cell` units. An item covering more than
    /// kMaxCellsPerItem cells is kept in a list every query returns instead.
    void build(const std::vector<Rect>& boxes, float cell);
    /// Calls `visit(index)` for every item whose cells overlap `area` (an item may come more
    /// than once; the caller drops repeats).
    template <typename Visit> void query(const Rect& area, Visit&& visit) const {
        for (std::uint32_t i : spanning_)
            visit(i);
        if (cols_ == 0) return;
        const int x0 = column(area.min.x), x1 = column(area.max.x), y0 = row(area.min.y),
                  y1 = row(area.max.y);
        for (int y = y0; y <= y1; ++y)
            for (int x = x0; x <= x1; ++x) {
                const std::size_t c =
                    static_cast<std::size_t>(y) * static_cast<std::size_t>(cols_) +
                    static_cast<std::size_t>(x);
                for (std::uint32_t k = cell_begin_[c]; k < cell_begin_[c + 1]; ++k)
                    visit(items_[k]);
            }
    }
    /// Most cells one item is bucketed into.
    static constexpr int kMaxCellsPerItem = 64;

private:
    [[nodiscard]] int column(float x) const;
    [[nodiscard]] int row(float y) const;

    float cell_ = 1.0f;
    ImVec2 origin_{0, 0};
    int cols_ = 0, rows_ = 0;
    std::vector<std::uint32_t>
        cell_begin_; // items of cell c are items_[cell_begin_[c], cell_begin_[c+1])
    std::vector<std::uint32_t> items_;
    std::vector<std::uint32_t> spanning_; // items too big to bucket
};

} // namespace heartflow::editor

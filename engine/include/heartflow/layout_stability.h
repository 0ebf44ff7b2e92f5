// How much a relayout moved a drawing: the measure of issue 20's stable layout, which the tests
// and the benchmark share.
#pragma once

#include "heartflow/layout.h"

#include <vector>

namespace heartflow {

/// What moved between two layouts of the same nodes.
struct LayoutStability {
    std::size_t nodes = 0;      ///< Nodes compared (those in both layouts).
    std::size_t moved = 0;      ///< Of them, those whose box moved by more than one grid step.
    std::size_t row_pairs = 0;  ///< Pairs of neighbours in a row before that share a row after.
    std::size_t pairs_kept = 0; ///< Of them, those still in the same left-to-right order.
    /// The share of nodes moved by more than a grid step (0 when there are none).
    [[nodiscard]] double moved_share() const {
        return nodes ? static_cast<double>(moved) / static_cast<double>(nodes) : 0;
    }
    /// The share of row neighbours whose order was kept (1 when there are none).
    [[nodiscard]] double order_kept() const {
        return row_pairs ? static_cast<double>(pairs_kept) / static_cast<double>(row_pairs) : 1;
    }
};

/// Compares the boxes' top-left corners before and after; `before[i]` and `after[i]` are the
/// same node (the caller leaves out nodes added or deleted). A node moved when it went further
/// than `grid_step` in x or y; rows are boxes with the same top.
[[nodiscard]] LayoutStability layout_stability(const std::vector<LayoutPoint>& before,
                                               const std::vector<LayoutPoint>& after,
                                               double grid_step);

} // namespace heartflow

// Provisional positions from the engine's layered layout.
#include "document/placement.h"

#include "document/node_box.h"
#include "document/shaped_layout.h"

#include <algorithm>

namespace heartflow::editor {

namespace {
constexpr double kGapBelow = 190.0; // between the positioned nodes and those placed below them
} // namespace

std::vector<Vec2> provisional_positions(const Flow& flow, double aspect,
                                        const TitleMetrics& metrics) {
    std::vector<Vec2> out(flow.nodes.size());
    bool any_missing = false, any_positioned = false;
    double below = 0.0, left = 0.0;
    for (std::size_t i = 0; i < flow.nodes.size(); ++i) {
        const auto& pos = flow.nodes[i].pos;
        if (!pos) {
            any_missing = true;
            continue;
        }
        out[i] = *pos;
        const double bottom = (*pos)[1] + node_box_height(flow.nodes[i]) + kGapBelow;
        below = any_positioned ? std::max(below, bottom) : bottom;
        left = any_positioned ? std::min(left, (*pos)[0]) : (*pos)[0];
        any_positioned = true;
    }
    if (!any_missing) return out;
    const Layout layout = shaped_layout(flow, aspect, {}, metrics);
    for (std::size_t i = 0; i < flow.nodes.size() && i < layout.positions.size(); ++i)
        if (!flow.nodes[i].pos)
            out[i] = {left + layout.positions[i].x, below + layout.positions[i].y};
    return out;
}

std::size_t fill_missing_positions(Flow& flow, double aspect, const TitleMetrics& metrics) {
    std::size_t missing = 0;
    for (const Node& n : flow.nodes)
        missing += n.pos ? 0 : 1;
    if (missing == 0) return 0;
    const std::vector<Vec2> at = provisional_positions(flow, aspect, metrics);
    for (std::size_t i = 0; i < flow.nodes.size(); ++i)
        if (!flow.nodes[i].pos) flow.nodes[i].pos = at[i];
    return missing;
}

} // namespace heartflow::editor

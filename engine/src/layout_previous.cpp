// Where each node of the layered graph was before: the keys that let a layout stay near a
// previous one (LayoutOptions::previous).
#include "layered_graph.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace heartflow::layout_detail {

std::vector<Index> previous_rows(std::size_t n,
                                 const std::vector<std::optional<LayoutPoint>>& previous) {
    std::vector<double> tops;
    for (const auto& p : previous)
        if (p) tops.push_back(p->y);
    std::sort(tops.begin(), tops.end());
    tops.erase(std::unique(tops.begin(), tops.end()), tops.end());
    std::vector<Index> rows(n, 0);
    for (Index v = 0; v < n && v < previous.size(); ++v)
        if (previous[v])
            rows[v] = static_cast<Index>(
                std::lower_bound(tops.begin(), tops.end(), previous[v]->y) - tops.begin());
    return rows;
}

std::vector<double> previous_keys(const Layered& l,
                                  const std::vector<std::pair<Index, Index>>& edges,
                                  const std::vector<std::optional<LayoutPoint>>& previous,
                                  double node_width) {
    const double unknown = std::numeric_limits<double>::quiet_NaN();
    std::vector<double> keys(l.layer.size(), unknown);
    for (Index v = 0; v < l.real && v < previous.size(); ++v)
        if (previous[v]) keys[v] = previous[v]->x + node_width / 2;
    std::vector<double> sum(l.real, 0.0), count(l.real, 0.0); // new nodes: their placed neighbours
    for (auto [a, b] : edges) {
        if (previous.size() <= std::max(a, b)) continue;
        if (!previous[a] && previous[b]) sum[a] += keys[b], ++count[a];
        if (!previous[b] && previous[a]) sum[b] += keys[a], ++count[b];
    }
    for (Index v = 0; v < l.real; ++v)
        if (std::isnan(keys[v]) && count[v] > 0) keys[v] = sum[v] / count[v];
    for (std::size_t c = 0; c + 1 < l.chain_begin.size(); ++c) { // bends: along their chain
        const Index first = l.chain_begin[c], last = l.chain_begin[c + 1] - 1;
        const double from = keys[l.chains[first]], to = keys[l.chains[last]];
        for (Index i = first + 1; i < last; ++i)
            keys[l.chains[i]] = from + (to - from) * static_cast<double>(i - first) /
                                           static_cast<double>(last - first);
    }
    return keys;
}

} // namespace heartflow::layout_detail

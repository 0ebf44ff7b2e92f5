// Crossing reduction of the layered layout: a depth-first first order, then alternating median
// sweeps with transposition of neighbours, keeping the best order seen; small graphs also
// restart with barycenter sweeps, keep the better of the two, and sift it (each node moved to
// its best place in its layer) while that lowers the count. Crossings are counted with
// Barth, Juenger and Mutzel's accumulator (a Fenwick tree), weighted by how many input edges
// each segment stands for, so the count equals that of the drawn segments.
//
// [SECTION] First order
// [SECTION] Counting crossings
// [SECTION] Sweeps and transposition
#include "layered_graph.h"

#include <algorithm>
#include <cmath>

namespace heartflow::layout_detail {

namespace {

// [SECTION] First order

// Depth-first from the root, so that subtrees start out side by side.
void initial_order(Layered& l, Index root) {
    const std::size_t n = l.layer.size();
    Index layers = 0;
    for (Index x : l.layer)
        layers = std::max(layers, x + 1);
    l.order.assign(layers, {});
    l.pos.assign(n, 0);
    std::vector<bool> seen(n, false);
    std::vector<Index> stack;
    auto visit = [&](Index start) {
        if (seen[start]) return;
        seen[start] = true;
        stack.push_back(start);
        while (!stack.empty()) {
            const Index v = stack.back();
            stack.pop_back();
            l.pos[v] = static_cast<Index>(l.order[l.layer[v]].size());
            l.order[l.layer[v]].push_back(v);
            const Index* row = l.down.row(v);
            for (std::size_t i = l.down.size(v); i-- > 0;) {
                if (seen[row[i]]) continue;
                seen[row[i]] = true;
                stack.push_back(row[i]);
            }
        }
    };
    if (l.real > 0) visit(root);
    for (Index v = 0; v < n; ++v)
        visit(v);
}

// [SECTION] Counting crossings

// Reused buffers of the crossing counter.
struct CountBuffers {
    std::vector<std::pair<Index, Index>> targets; // (place below, weight)
    std::vector<std::uint64_t> tree;
};

// Weighted crossings between layer k and k+1: inversions of the targets' places read in order.
std::size_t count_layer_crossings(const Layered& l, std::size_t k, CountBuffers& b) {
    b.targets.clear();
    for (Index v : l.order[k]) {
        const std::size_t first = b.targets.size();
        for (std::size_t i = 0; i < l.down.size(v); ++i)
            b.targets.emplace_back(l.pos[l.down.row(v)[i]], l.down.weight_of(v, i));
        std::sort(b.targets.begin() + static_cast<std::ptrdiff_t>(first), b.targets.end());
    }
    const std::size_t width = l.order[k + 1].size();
    b.tree.assign(width + 1, 0);
    std::uint64_t crossings = 0, seen = 0;
    for (auto [t, w] : b.targets) {
        std::uint64_t not_greater = 0;
        for (std::size_t i = t + 1; i > 0; i -= i & (~i + 1))
            not_greater += b.tree[i];
        crossings += w * (seen - not_greater);
        for (std::size_t i = t + 1; i <= width; i += i & (~i + 1))
            b.tree[i] += w;
        seen += w;
    }
    return static_cast<std::size_t>(crossings);
}

std::size_t count_crossings(const Layered& l, CountBuffers& b) {
    std::size_t total = 0;
    for (std::size_t k = 0; k + 1 < l.order.size(); ++k)
        total += count_layer_crossings(l, k, b);
    return total;
}

// [SECTION] Sweeps and transposition

// The median place of a node's neighbours in the fixed layer (Gansner et al.'s weighted median:
// for an even count, the two middle places weighted toward the side whose places lie closer).
double median_place(const Layered& l, const Rows& fixed, Index v, std::vector<double>& places) {
    const std::size_t d = fixed.size(v);
    const Index* row = fixed.row(v);
    if (d == 1) return l.pos[row[0]];
    if (d == 2) return (static_cast<double>(l.pos[row[0]]) + l.pos[row[1]]) / 2;
    places.clear();
    for (std::size_t i = 0; i < d; ++i)
        places.push_back(l.pos[row[i]]);
    std::sort(places.begin(), places.end());
    const std::size_t m = d / 2;
    if (d % 2 == 1) return places[m];
    const double left = places[m - 1] - places[0], right = places[d - 1] - places[m];
    if (left + right == 0) return (places[m - 1] + places[m]) / 2;
    return (places[m - 1] * right + places[m] * left) / (left + right);
}

// Buffers reused by the sweeps.
struct SweepBuffers {
    std::vector<std::pair<double, Index>> keyed; // (key, old place)
    std::vector<Index> layer;
    std::vector<double> places;
};

// The weighted mean place of a node's neighbours in the fixed layer.
double mean_place(const Layered& l, const Rows& fixed, Index v) {
    double sum = 0, weight = 0;
    for (std::size_t i = 0; i < fixed.size(v); ++i) {
        const double w = fixed.weight_of(v, i);
        sum += w * l.pos[fixed.row(v)[i]];
        weight += w;
    }
    return sum / weight;
}

/// How a sweep places a node from its neighbours in the fixed layer.
enum class SweepKey { median, barycenter };

// Reorders layer k by each node's key from its neighbours in the fixed layer; nodes with none
// keep their place among the others, and ties keep their order.
void sort_layer(Layered& l, std::size_t k, const Rows& fixed, SweepKey key, SweepBuffers& b) {
    std::vector<Index>& layer = l.order[k];
    b.keyed.clear();
    for (Index v : layer) {
        double place = l.pos[v];
        if (fixed.size(v) > 0)
            place = key == SweepKey::median ? median_place(l, fixed, v, b.places)
                                            : mean_place(l, fixed, v);
        b.keyed.emplace_back(place, l.pos[v]);
    }
    std::sort(b.keyed.begin(), b.keyed.end());
    b.layer.assign(layer.begin(), layer.end());
    for (std::size_t i = 0; i < b.keyed.size(); ++i) {
        layer[i] = b.layer[b.keyed[i].second];
        l.pos[layer[i]] = static_cast<Index>(i);
    }
}

// Weighted crossings among the edges of u and v on one side: added to `left` those if u stays
// left of v, to `right` those if v goes left of u.
void add_pair_crossings(const Layered& l, const Rows& side, Index u, Index v, std::size_t& left,
                        std::size_t& right) {
    const std::size_t du = side.size(u), dv = side.size(v);
    if (du * dv > 4096) return; // hubs: leave them to the sweeps
    const Index* ru = side.row(u);
    const Index* rv = side.row(v);
    for (std::size_t a = 0; a < du; ++a) {
        const Index pa = l.pos[ru[a]];
        for (std::size_t b = 0; b < dv; ++b) {
            const Index pb = l.pos[rv[b]];
            if (pa == pb) continue;
            const std::size_t w = side.weight_of(u, a) * side.weight_of(v, b);
            (pa > pb ? left : right) += w;
        }
    }
}

// Swaps neighbours in each layer while a swap lowers the crossings on both sides.
void transpose(Layered& l) {
    for (std::vector<Index>& layer : l.order) {
        for (int pass = 0; pass < 2; ++pass) { // more passes gain little over the next sweep
            bool improved = false;
            for (std::size_t i = 0; i + 1 < layer.size(); ++i) {
                const Index u = layer[i], v = layer[i + 1];
                std::size_t keep = 0, swap = 0;
                add_pair_crossings(l, l.up, u, v, keep, swap);
                add_pair_crossings(l, l.down, u, v, keep, swap);
                if (swap >= keep) continue;
                std::swap(layer[i], layer[i + 1]);
                l.pos[layer[i]] = static_cast<Index>(i);
                l.pos[layer[i + 1]] = static_cast<Index>(i + 1);
                improved = true;
            }
            if (!improved) break;
        }
    }
}

// Where a node's segments on one side end: the least and greatest place, and their weight.
struct Span {
    Index lo = kNone, hi = 0;
    std::uint32_t weight = 0;
};

// A node's spans above and below.
struct NodeSpans {
    Span up, down;
};

// Buffers of the sifting: the spans of the layer being sifted, in its order, and its nodes.
struct SiftBuffers {
    std::vector<NodeSpans> spans;
    std::vector<Index> nodes;
};

Span span_of(const Layered& l, const Rows& side, Index v) {
    Span s;
    for (std::size_t i = 0; i < side.size(v); ++i) {
        const Index p = l.pos[side.row(v)[i]];
        s.lo = std::min(s.lo, p);
        s.hi = std::max(s.hi, p);
        s.weight += side.weight_of(v, i);
    }
    return s;
}

// The change in crossings on one side when v moves from left of w to right of it: exact by
// add_pair_crossings only where their spans overlap, else at once.
std::int64_t move_past(const Layered& l, const Rows& side, Index v, const Span& a, Index w,
                       const Span& b) {
    if (a.weight == 0 || b.weight == 0) return 0;
    const auto both = static_cast<std::int64_t>(a.weight) * b.weight;
    if (a.hi < b.lo) return both;
    if (b.hi < a.lo) return -both;
    std::size_t v_left = 0, w_left = 0;
    add_pair_crossings(l, side, v, w, v_left, w_left);
    return static_cast<std::int64_t>(w_left) - static_cast<std::int64_t>(v_left);
}

// Moves one node of `layer` to the place where its segments cross the fewest others (the other
// nodes keep their order); true when it moved. `spans` is parallel to `layer`.
bool sift_node(Layered& l, std::vector<Index>& layer, Index v, std::vector<NodeSpans>& spans) {
    const std::size_t from = l.pos[v];
    const NodeSpans own = spans[from];
    layer.erase(layer.begin() + static_cast<std::ptrdiff_t>(from));
    spans.erase(spans.begin() + static_cast<std::ptrdiff_t>(from));
    std::int64_t cost = 0, cost_here = 0, best = 0;
    std::size_t best_place = 0;
    for (std::size_t j = 0; j < layer.size(); ++j) {
        cost += move_past(l, l.up, v, own.up, layer[j], spans[j].up) +
                move_past(l, l.down, v, own.down, layer[j], spans[j].down);
        if (j + 1 == from) cost_here = cost;
        if (cost < best) {
            best = cost;
            best_place = j + 1;
        }
    }
    const bool moves = best < cost_here;
    const std::size_t to = moves ? best_place : from;
    layer.insert(layer.begin() + static_cast<std::ptrdiff_t>(to), v);
    spans.insert(spans.begin() + static_cast<std::ptrdiff_t>(to), own);
    for (std::size_t i = std::min(from, to); i <= std::max(from, to); ++i)
        l.pos[layer[i]] = static_cast<Index>(i);
    return moves;
}

// Sifting (Matuszewski, Schoenfeld and Molitor): each node in turn goes to its best place in
// its layer, layer by layer, for up to `rounds` rounds or until no node moves.
void sift(Layered& l, int rounds, SiftBuffers& b) {
    for (int round = 0; round < rounds; ++round) {
        bool moved = false;
        for (std::vector<Index>& layer : l.order) {
            b.spans.clear();
            for (Index v : layer)
                b.spans.push_back({span_of(l, l.up, v), span_of(l, l.down, v)});
            b.nodes.assign(layer.begin(), layer.end());
            for (Index v : b.nodes)
                moved = sift_node(l, layer, v, b.spans) || moved;
        }
        if (!moved) return;
    }
}

} // namespace

namespace {

// Sets every node's place from the layers' order.
void renumber(Layered& l) {
    for (const auto& layer : l.order)
        for (std::size_t i = 0; i < layer.size(); ++i)
            l.pos[layer[i]] = static_cast<Index>(i);
}

// Alternating down and up sweeps from the current order with transposition, until
// `max_sweeps` or 4 sweeps in a row without a new best; leaves the best order seen (or the
// order it started from, when that was better) and returns its crossings.
std::size_t sweep(Layered& l, SweepKey key, int max_sweeps, std::size_t start_crossings) {
    CountBuffers counting;
    SweepBuffers buffers;
    std::size_t best = start_crossings;
    std::vector<std::vector<Index>> best_order = l.order;
    int since_best = 0;
    for (int s = 0; s < max_sweeps && best > 0 && since_best < 4; ++s) {
        if (s % 2 == 0) {
            for (std::size_t k = 1; k < l.order.size(); ++k)
                sort_layer(l, k, l.up, key, buffers);
        } else {
            for (std::size_t k = l.order.size() - 1; k-- > 0;)
                sort_layer(l, k, l.down, key, buffers);
        }
        transpose(l);
        const std::size_t now = count_crossings(l, counting);
        if (now < best) {
            best = now;
            best_order = l.order;
            since_best = 0;
        } else {
            ++since_best;
        }
    }
    l.order = std::move(best_order);
    renumber(l);
    return best;
}

/// Rounds of sifting after the sweeps (on the graphs that also get the second start).
constexpr int kSiftRounds = 2;

/// Most pairs of nodes in one layer a round of sifting may weigh (the sum of the layers' squared
/// widths): a flow of 20,000 steps in one row is left to the sweeps. The generated 1k flow needs
/// about 0.23 million, the 3k 1.1 million.
constexpr std::size_t kSiftBudget = 4'000'000;

// Sifts the order kept by the sweeps; keeps the result when it crosses less.
std::size_t polish(Layered& l, std::size_t crossings, CountBuffers& counting) {
    std::size_t pairs = 0;
    for (const std::vector<Index>& layer : l.order)
        pairs += layer.size() * layer.size();
    if (crossings == 0 || pairs > kSiftBudget) return crossings;
    const std::vector<std::vector<Index>> kept = l.order;
    SiftBuffers buffers;
    sift(l, kSiftRounds, buffers);
    const std::size_t now = count_crossings(l, counting);
    if (now < crossings) return now;
    l.order = kept;
    renumber(l);
    return crossings;
}

/// Layered graphs up to this many nodes (dummies included) also get a second start with the
/// other key, the better result kept and sifted. Larger ones get the median sweeps only (sifting
/// costs a layer's width for each of its nodes).
constexpr std::size_t kRestartMaxNodes = 20000;

} // namespace

std::size_t reduce_crossings(Layered& l, Index root, int max_sweeps) {
    initial_order(l, root);
    CountBuffers counting;
    const std::size_t first = count_crossings(l, counting);
    if (l.layer.size() > kRestartMaxNodes) return sweep(l, SweepKey::median, max_sweeps, first);
    const std::vector<std::vector<Index>> start = l.order;
    const std::size_t by_median = sweep(l, SweepKey::median, max_sweeps, first);
    std::vector<std::vector<Index>> median_order = std::move(l.order);
    l.order = start;
    renumber(l);
    const std::size_t by_barycenter = sweep(l, SweepKey::barycenter, max_sweeps, first);
    if (by_barycenter > by_median) {
        l.order = std::move(median_order);
        renumber(l);
    }
    return polish(l, std::min(by_median, by_barycenter), counting);
}

std::size_t order_near_previous(Layered& l, Index root, const std::vector<double>& keys) {
    initial_order(l, root);
    for (auto& layer : l.order) {
        std::vector<std::pair<double, Index>> keyed; // (key, first place); unknown keys keep theirs
        keyed.reserve(layer.size());
        double last = -1e300;
        for (Index v : layer) {
            last = std::isnan(keys[v]) ? last : keys[v];
            keyed.emplace_back(last, v);
        }
        std::stable_sort(keyed.begin(), keyed.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        for (std::size_t i = 0; i < layer.size(); ++i)
            layer[i] = keyed[i].second;
    }
    renumber(l);
    transpose(l);
    CountBuffers counting;
    return count_crossings(l, counting);
}

} // namespace heartflow::layout_detail

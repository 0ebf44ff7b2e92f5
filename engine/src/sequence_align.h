// Aligning a base sequence with an edited one (nodes, choices), so the lossless editor knows
// which element of the text each edited element is: kept in place (edited or not), removed,
// or inserted. Private to the engine.
#pragma once

#include <algorithm>
#include <cstddef>
#include <utility>
#include <vector>

namespace heartflow {

/// One step of an alignment of a base sequence with an edited one.
struct AlignStep {
    enum Kind { pair, remove, insert } kind; ///< Kept (maybe edited), removed or inserted.
    std::size_t base = 0;                    ///< Index in the base, for pair and remove.
    std::size_t edited = 0;                  ///< Index in the edited, for pair and insert.
};

/// Matched (base, edited) index pairs, both ascending.
using Anchors = std::vector<std::pair<std::size_t, std::size_t>>;

/// A longest common subsequence of equal elements, as anchors; none when the sequences are too
/// long to compare pairwise.
template <class T> Anchors equal_anchors(const std::vector<T>& a, const std::vector<T>& b) {
    Anchors anchors;
    if (a.size() * b.size() > 4096) return anchors;
    std::vector<std::vector<std::size_t>> lcs(a.size() + 1,
                                              std::vector<std::size_t>(b.size() + 1, 0));
    for (std::size_t i = a.size(); i-- > 0;)
        for (std::size_t j = b.size(); j-- > 0;)
            lcs[i][j] =
                a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
        if (a[i] == b[j])
            anchors.emplace_back(i++, j++);
        else if (lcs[i + 1][j] >= lcs[i][j + 1])
            ++i;
        else
            ++j;
    }
    return anchors;
}

/// Pairs of the gap of base [b0, b1) and edited [e0, e1) by `likeness` (an int or bool, 0 or
/// false: not alike): the likest first, each kept when it keeps the order of those kept before
/// (so of two edited elements like one base element, the likest is it); by base index.
template <class T, class Likeness>
Anchors likest_pairs(std::size_t b0, std::size_t b1, std::size_t e0, std::size_t e1,
                     const std::vector<T>& base, const std::vector<T>& edited, Likeness likeness) {
    struct Candidate {
        int likeness;
        std::size_t base, edited;
    };
    std::vector<Candidate> candidates;
    for (std::size_t b = b0; b < b1; ++b)
        for (std::size_t e = e0; e < e1; ++e)
            if (const int l = static_cast<int>(likeness(base[b], edited[e])); l > 0)
                candidates.push_back({l, b, e});
    std::stable_sort(
        candidates.begin(), candidates.end(),
        [](const Candidate& x, const Candidate& y) { return x.likeness > y.likeness; });
    Anchors kept;
    for (const Candidate& c : candidates)
        if (std::all_of(kept.begin(), kept.end(), [&c](const auto& p) {
                return p.first != c.base && p.second != c.edited &&
                       (p.first < c.base) == (p.second < c.edited);
            }))
            kept.emplace_back(c.base, c.edited);
    std::sort(kept.begin(), kept.end());
    return kept;
}

/// Pairs of the gap of base [b0, b1) and edited [e0, e1) for a gap too big to weigh every pair:
/// each base element with the first edited one after the last pair that is alike.
template <class T, class Likeness>
Anchors first_alike_pairs(std::size_t b0, std::size_t b1, std::size_t e0, std::size_t e1,
                          const std::vector<T>& base, const std::vector<T>& edited,
                          Likeness likeness) {
    Anchors pairs;
    for (std::size_t b = b0, next_e = e0; b < b1; ++b)
        for (std::size_t e = next_e; e < e1; ++e)
            if (likeness(base[b], edited[e])) {
                pairs.emplace_back(b, e);
                next_e = e + 1;
                break;
            }
    return pairs;
}

/// The steps from `anchors`. In each gap between anchors, base elements pair (an edit in place,
/// such as a renamed id) with edited ones `similar` to them (an int likeness or a bool), likest
/// first, in order; when none is and the gap has as many of each, those `unmoved` pair in
/// order. The rest are removed or inserted (the caller carries a removed element's text to
/// where an equal or similar one is inserted).
template <class T, class Similar, class Unmoved>
std::vector<AlignStep> align_gaps(const Anchors& anchors, const std::vector<T>& base,
                                  const std::vector<T>& edited, Similar similar, Unmoved unmoved) {
    std::vector<AlignStep> steps;
    std::size_t bi = 0, ei = 0;
    auto gap = [&](std::size_t b_end, std::size_t e_end) {
        Anchors pairs = (b_end - bi) * (e_end - ei) <= 4096
                            ? likest_pairs(bi, b_end, ei, e_end, base, edited, similar)
                            : first_alike_pairs(bi, b_end, ei, e_end, base, edited, similar);
        if (pairs.empty() && b_end - bi == e_end - ei)
            for (std::size_t k = 0; bi + k < b_end; ++k)
                if (unmoved(base[bi + k], edited[ei + k])) pairs.emplace_back(bi + k, ei + k);
        for (const auto& p : pairs) {
            for (; bi < p.first; ++bi)
                steps.push_back({AlignStep::remove, bi, 0});
            for (; ei < p.second; ++ei)
                steps.push_back({AlignStep::insert, 0, ei});
            steps.push_back({AlignStep::pair, bi++, ei++});
        }
        for (; bi < b_end; ++bi)
            steps.push_back({AlignStep::remove, bi, 0});
        for (; ei < e_end; ++ei)
            steps.push_back({AlignStep::insert, 0, ei});
    };
    for (const auto& a : anchors) {
        gap(a.first, a.second);
        steps.push_back({AlignStep::pair, bi++, ei++});
    }
    gap(base.size(), edited.size());
    return steps;
}

} // namespace heartflow

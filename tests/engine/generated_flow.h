// Deterministic generated branching flows (tree-like, 2 to 4 choices, some cross links and back
// edges), the shape issue 8's benchmarks use; shared by the layout and export tests.
#pragma once

#include <heartflow/flow.h>

#include <cstdint>
#include <string>

namespace heartflow::testing {

/// A valid flow of `count` (>= 2) nodes: node i's children are later nodes, a few choices
/// jump across or back, and the last quarter are endings. Same `seed`, same flow.
inline Flow generated_flow(std::uint32_t count, std::uint64_t seed = 7) {
    auto next_random = [&seed](std::uint32_t below) {
        seed = seed * 6364136223846793005ull + 1442695040888963407ull;
        return static_cast<std::uint32_t>((seed >> 33) % below);
    };
    Flow f;
    f.info.id = "generated";
    f.info.title = "Generated";
    f.info.start = NodeId{"n0"};
    const std::uint32_t inner = count - count / 4;
    for (std::uint32_t i = 0; i < count; ++i) {
        Node n;
        n.id = NodeId{"n" + std::to_string(i)};
        n.title = "Step " + std::to_string(i);
        n.text = "Text of step " + std::to_string(i) + ".";
        n.kind = i < inner ? NodeKind::question : NodeKind::ending;
        if (i < inner) {
            std::uint32_t degree = 2 + next_random(3);
            for (std::uint32_t c = 0; c < degree; ++c) {
                std::uint32_t target = 0;
                std::uint32_t roll = next_random(100);
                if (c == 0) target = i * 3 + 1 < count ? i * 3 + 1 : i + 1 + next_random(count - i - 1);
                else if (roll < 10 && i > 0) target = next_random(i);                // back edge
                else if (roll < 25) target = i + 1 + next_random(count - i - 1);     // cross link
                else target = std::min(count - 1, i * 3 + 1 + c + next_random(3));   // child
                n.choices.push_back({"Option " + std::to_string(c + 1), NodeId{"n" + std::to_string(target)},
                                     std::nullopt, {}, {}, {}, {}});
            }
        }
        f.nodes.push_back(std::move(n));
    }
    return f;
}

} // namespace heartflow::testing

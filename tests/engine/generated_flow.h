// Deterministic generated branching flows (tree-like, 2 to 4 choices, some cross links and back
// edges), the shape issue 8's benchmarks use; shared by the layout and export tests and by
// bench/ (which writes them out with the engine's writer).
#pragma once

#include <heartflow/flow.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

namespace heartflow::testing {

/// A valid flow of `count` (>= 2) nodes. Nodes are numbered breadth-first: each question takes
/// the next unused nodes as children (its first choice always does, so every node is reached
/// and every walk can end), about 1 in 7 other choices is a cross link to one of the next 64
/// nodes not yet reached (a step further on, beside its own children) and 1 in 12 leads back
/// up one to four steps ("try again"). Nodes created after the
/// unused ones run out are endings. The first choice adds 1 to `visits`. Same `seed`, same flow.
inline Flow generated_flow(std::uint32_t count, std::uint64_t seed = 7) {
    auto next_random = [&seed](std::uint32_t below) {
        seed = seed * 6364136223846793005ull + 1442695040888963407ull;
        return static_cast<std::uint32_t>((seed >> 33) % below);
    };
    auto id = [](std::uint32_t i) { return NodeId{"n" + std::to_string(i)}; };
    Flow f;
    f.info.id = "generated";
    f.info.title = "Generated";
    f.info.start = id(0);
    f.variables.push_back({"visits", std::int64_t{0}, {}});
    std::vector<std::uint32_t> parent(count, 0);
    std::uint32_t unused = 1; // the next node no choice leads to yet
    for (std::uint32_t i = 0; i < count; ++i) {
        Node n;
        n.id = id(i);
        n.title = "Step " + std::to_string(i);
        n.text =
            "What feels most true about step " + std::to_string(i) + " right now? Take your time.";
        n.kind = unused < count ? NodeKind::question : NodeKind::ending;
        const std::uint32_t degree = n.kind == NodeKind::ending ? 0 : 2 + next_random(3);
        for (std::uint32_t c = 0; c < degree; ++c) {
            const std::uint32_t roll = next_random(100);
            std::uint32_t target = 0;
            if (c > 0 && roll < 8 && i > 0) { // back up one to four steps
                target = parent[i];
                for (std::uint32_t up = next_random(4); up > 0 && target > 0; --up)
                    target = parent[target];
            } else if (unused >= count) { // no new node left: a little further on
                target = i + 1 + next_random(std::min<std::uint32_t>(count - i - 1, 64));
            } else if (c > 0 && roll < 22) { // across, to a step a little further on
                target = unused + next_random(std::min<std::uint32_t>(count - unused, 64));
            } else {
                target = unused++;
                parent[target] = i;
            }
            Choice choice{
                "Option " + std::to_string(c + 1), id(target), std::nullopt, {}, {}, {}, {}};
            if (c == 0) choice.effects.push_back({"visits", {"visits + 1", {}}, {}});
            n.choices.push_back(std::move(choice));
        }
        f.nodes.push_back(std::move(n));
    }
    return f;
}

} // namespace heartflow::testing

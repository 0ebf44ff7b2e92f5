// Deterministic generated flows for the benchmarks.
#include "flow_generator.h"

#include <random>

namespace heartflow::bench {

std::string generate_flow_text(std::size_t nodes, std::uint32_t seed) {
    std::mt19937 rng(seed);
    auto pick = [&](std::size_t lo, std::size_t hi) { return std::uniform_int_distribution<std::size_t>(lo, hi)(rng); };
    const std::size_t endings = nodes / 20 + 1;
    const std::size_t inner = nodes - endings;
    std::string out = "[flow]\nid = \"bench\"\ntitle = \"Generated benchmark flow\"\nstart = \"n0\"\n\n[vars]\nvisits = 0\n";
    out.reserve(nodes * 260);
    for (std::size_t i = 0; i < nodes; ++i) {
        std::string id = "n" + std::to_string(i);
        bool ending = i >= inner;
        out += "\n[[node]]\nid = \"" + id + "\"\nkind = \"" + (ending ? "ending" : "question") + "\"\ntitle = \"Step " +
               std::to_string(i) + "\"\ntext = \"What feels most true about step " + std::to_string(i) +
               " right now? Take your time.\"\n";
        if (ending) continue;
        std::size_t degree = pick(2, 4);
        for (std::size_t c = 0; c < degree; ++c) {
            // Tree edges to children in a heap-like order, some cross links forward, a few back
            // edges. The first choice always leads forward, so every node reaches an ending.
            std::size_t child = i * 3 + c + 1;
            std::size_t target;
            double roll = std::uniform_real_distribution<double>(0, 1)(rng);
            if (roll < 0.08 && i > 0 && c > 0) target = pick(0, i - 1); // never the first: it leads on
            else if (roll < 0.25 || child >= nodes) target = pick(std::min(i + 1, nodes - 1), nodes - 1);
            else target = child;
            out += "\n  [[node.choice]]\n  label = \"Option " + std::to_string(c + 1) + "\"\n  goto = \"n" +
                   std::to_string(target) + "\"\n";
            if (c == 0) out += "  set = { visits = \"visits + 1\" }\n";
        }
    }
    return out;
}

} // namespace heartflow::bench

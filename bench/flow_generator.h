// Deterministic generated flows for the benchmarks: branching, tree-like, out-degree 2 to 4,
// with some cross links and back edges, as the performance issue describes.
#pragma once

#include <cstdint>
#include <string>

namespace heartflow::bench {

/// The TOML text of a generated flow of `nodes` nodes (at least 2); the same seed gives the
/// same text on every machine.
[[nodiscard]] std::string generate_flow_text(std::size_t nodes, std::uint32_t seed = 1);

} // namespace heartflow::bench

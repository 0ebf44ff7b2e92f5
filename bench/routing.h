// The shared edge router's cost (issue 15): every link of a generated flow routed as the
// editor's canvas routes it (out of its port on the right of its card, into the top of its
// target, around every card) at the layered layout's positions, then nudged and labelled.
#pragma once

#include <cstdint>
#include <vector>

namespace heartflow::bench {

/// Prints a Markdown table: for each size, the links, the CPU time to route them all (and per
/// link), to nudge them and to place their labels, and how many found no route. `runs` >= 1.
void print_routing(const std::vector<std::uint32_t>& sizes, int runs);

} // namespace heartflow::bench

// The layout peers run on the same graphs as heartflow: Graphviz dot (default and tuned) from
// Debian's graphviz, and dagre and elkjs from the npm registry run with node (bench/peers.js).
// Each run is a whole process; its routed edges come back as polylines for the one counter.
#pragma once

#include "measure.h"

#include <heartflow/layout.h>
#include <heartflow/route_crossings.h>

#include <optional>
#include <string>
#include <vector>

namespace heartflow::bench {

/// A peer layout tool.
enum class Peer { dot_default, dot_tuned, dagre, elkjs };

/// Every peer, in table order.
inline constexpr Peer kAllPeers[] = {Peer::dot_default, Peer::dot_tuned, Peer::dagre, Peer::elkjs};

/// The peer's short name on the command line: dot, dot-tuned, dagre or elkjs.
[[nodiscard]] const char* peer_key(Peer peer);

/// The peer's name in the tables.
[[nodiscard]] const char* peer_name(Peer peer);

/// Where the peers are and where their files go.
struct PeerSetup {
    std::string work_dir;     ///< Folder for graph and output files (exists).
    std::string node_modules; ///< Folder holding @dagrejs/dagre and elkjs; empty: not installed.
    std::string script;       ///< Path of bench/peers.js.
    double budget_s = 120;    ///< Most seconds one peer may spend on one graph, all runs together.
};

/// One peer on one graph.
struct PeerResult {
    Peer peer = Peer::dot_default;
    std::optional<std::string> skipped; ///< Why there are no figures (not installed, over budget).
    int runs = 0;                       ///< Runs the medians are of.
    Timing whole;                       ///< Median whole process: read, lay out, write.
    std::optional<double> layout_ms; ///< Median time of the layout call alone, when the tool says.
    std::size_t crossings = 0;       ///< Crossings of its routed edges (count_route_crossings).
    double peak_mib = 0;             ///< Peak resident memory of one run.
};

/// True when the peer's program is installed (dot on PATH; node and the npm packages).
[[nodiscard]] bool peer_available(Peer peer, const PeerSetup& setup);

/// Runs `peer` on `graph` (boxes of `options`) up to `runs` times within the budget; `name`
/// names its files. The first run is cut off at the whole budget.
[[nodiscard]] PeerResult run_peer(Peer peer, const LayoutGraph& graph, const LayoutOptions& options,
                                  const std::string& name, int runs, const PeerSetup& setup);

} // namespace heartflow::bench

// The flows the layout and chart tests run on: the shipped flows (flows/*.toml) and generated
// flows of a few sizes up to 1,000 nodes.
#pragma once

#include "generated_flow.h"
#include "test_support.h"

#include <heartflow/loader.h>

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace heartflow::testing {

/// Each shipped flow and generated flows of 50, 300 and 1,000 nodes, with a name to report.
inline std::vector<std::pair<std::string, Flow>> shipped_and_generated_flows() {
    std::vector<std::pair<std::string, Flow>> flows;
    for (const auto& entry : std::filesystem::directory_iterator(
             std::filesystem::path(HEARTFLOW_SOURCE_DIR) / "flows")) {
        if (entry.path().extension() != ".toml") continue;
        LoadedFlow loaded = load_flow_file(entry.path());
        REQUIRE(loaded.ok());
        flows.emplace_back(entry.path().filename().string(), *loaded.flow);
    }
    REQUIRE(flows.size() >= 6);
    for (std::uint32_t n : {50u, 300u, 1000u})
        flows.emplace_back("generated " + std::to_string(n), generated_flow(n));
    return flows;
}

} // namespace heartflow::testing

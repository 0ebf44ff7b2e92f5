// The flows a player can offer to choose from: the *.toml files of a folder (the installed
// share/heartflow/flows), each with the facts its [flow] table gives (title, what it is for, who
// it suits, how long it takes), in the person's language when a `FLOW.LANG.po` is beside it.
// Files that do not load are left out.
#pragma once

#include "heartflow/translation_files.h"

#include <array>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace heartflow {

/// One flow to choose from.
struct CatalogEntry {
    std::filesystem::path file;                ///< The flow file.
    std::string title;                         ///< [flow] title.
    std::string summary;                       ///< What it is for ("" when the flow does not say).
    std::string suits;                         ///< Who it suits ("" when the flow does not say).
    std::optional<std::array<int, 2>> minutes; ///< How long it takes, fewest to most.
};

/// The flows of `folder` (not its sub-folders) that load without errors, by title; their words
/// in the language `asked` for (a --lang value) or, when it is "", the locale's, as the players
/// load a flow (load_flow_in_language).
[[nodiscard]] std::vector<CatalogEntry>
flow_catalog(const std::filesystem::path& folder, std::string_view asked = {},
             const EnvironmentLookup& environment = process_environment());

/// How long a flow takes, in words: "About 10 minutes", "5 to 20 minutes"; "" when unknown.
[[nodiscard]] std::string describe_minutes(const std::optional<std::array<int, 2>>& minutes);

} // namespace heartflow

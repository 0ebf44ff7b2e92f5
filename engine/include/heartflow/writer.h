// The writer: canonical TOML for a flow, in file order, that loads back to the same flow.
#pragma once

#include "heartflow/flow.h"

#include <filesystem>
#include <string>

namespace heartflow {

/// The canonical TOML text of a flow. Loading it gives a flow equal to `flow` (for any flow
/// whose ids and values the loader accepts).
[[nodiscard]] std::string write_flow(const Flow& flow);

/// Outcome of saving a flow: empty message on success.
struct SaveStatus {
    bool ok = true;       ///< True when the file now holds the flow.
    std::string message;  ///< Why it failed, for the person.
};

/// Writes `flow` to `path` atomically, after checking that the text loads back to the same flow.
/// On any failure the old file is untouched and no temporary file is left.
[[nodiscard]] SaveStatus save_flow_file(const std::filesystem::path& path, const Flow& flow);

} // namespace heartflow

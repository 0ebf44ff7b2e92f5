// The writer: canonical TOML for a flow, in file order, that loads back to the same flow.
#pragma once

#include "heartflow/flow.h"

#include <filesystem>
#include <string>
#include <string_view>

namespace heartflow {

/// The canonical TOML text of a flow. Loading it gives a flow equal to `flow` (for any flow
/// whose ids and values the loader accepts).
[[nodiscard]] std::string write_flow(const Flow& flow);

/// Outcome of saving a flow: empty message on success.
struct SaveStatus {
    bool ok = true;      ///< True when the file now holds the flow.
    std::string message; ///< Why it failed, for the person.
};

/// Writes `text` to `path` atomically, after checking that it loads back to `flow`.
/// On any failure the old file is untouched and no temporary file is left.
[[nodiscard]] SaveStatus save_flow_text(const std::filesystem::path& path, const std::string& text,
                                        const Flow& flow);

/// Writes `edited` to `path` as update_flow_text (flow_text.h) makes it from `source`, the text
/// that loaded to `base`, after checking that it loads back as edited (loads_as_edited);
/// atomically. On success `written`, when given, receives the text.
[[nodiscard]] SaveStatus save_flow_edit(const std::filesystem::path& path, std::string_view source,
                                        const Flow& base, const Flow& edited,
                                        std::string* written = nullptr);

/// Writes `flow` to `path` atomically, after checking that the text loads back to the same flow.
/// On any failure the old file is untouched and no temporary file is left.
[[nodiscard]] SaveStatus save_flow_file(const std::filesystem::path& path, const Flow& flow);

} // namespace heartflow

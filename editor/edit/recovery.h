// Never lose work: an autosaved recovery copy of the flow being edited, kept in
// $XDG_DATA_HOME/heartflow/recovery (else ~/.local/share/...), written atomically and privately
// while there are unsaved changes, removed once the work is saved or deliberately discarded.
#pragma once

#include "document/document.h"

#include <filesystem>
#include <optional>
#include <string>

namespace heartflow::editor {

/// Longest time unsaved changes go without a recovery copy, in seconds (the issue asks <= 30).
inline constexpr double kAutosaveSeconds = 5.0;

/// The recovery file for `flow_file` (an empty path stands for an untitled flow).
[[nodiscard]] std::filesystem::path recovery_path(const std::filesystem::path& flow_file);

/// A recovery copy found on disk.
struct RecoveredFlow {
    Flow flow;                                  ///< What was being edited.
    std::filesystem::file_time_type written_at; ///< When it was last written.
};

/// The recovery copy of `flow_file`, if one exists and loads.
[[nodiscard]] std::optional<RecoveredFlow> read_recovery(const std::filesystem::path& flow_file);

/// Writes recovery copies while a document has unsaved changes.
class Autosaver {
public:
    /// Writes the copy when `doc` is dirty, changed since the last copy, and at least
    /// kAutosaveSeconds passed since then (`now` in seconds, any steady clock). Returns a
    /// message when writing failed, else "".
    std::string tick(Document& doc, const std::filesystem::path& flow_file, double now);
    /// Removes the copy (after a save, or when the person chose to discard the changes).
    void discard(const std::filesystem::path& flow_file);

private:
    std::uint64_t written_revision_ = ~std::uint64_t{0};
    double last_write_ = -1e9;
};

} // namespace heartflow::editor

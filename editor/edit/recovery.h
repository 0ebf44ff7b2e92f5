// Never lose work: an autosaved recovery copy of the flow being edited, kept in
// $XDG_DATA_HOME/heartflow/recovery (else ~/.local/share/...), owner-only (0600 files in a 0700
// folder, whatever the umask), written atomically on another thread while there are unsaved
// changes, and removed once the work is saved, undone back to the saved state, or deliberately
// discarded.
#pragma once

#include "document/document.h"
#include "edit/background_job.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace heartflow::editor {

/// Longest time unsaved changes go without a recovery copy, in seconds (the issue asks <= 30).
inline constexpr double kAutosaveSeconds = 5.0;

/// The folder recovery copies are kept in.
[[nodiscard]] std::filesystem::path recovery_folder();

/// Creates the recovery folder (and the data folder above it) owner-only, and removes the
/// temporary files that writes killed midway left there. Returns why not, or "".
std::string prepare_recovery_folder();

/// The recovery file for `flow_file` (an empty path stands for an untitled flow).
[[nodiscard]] std::filesystem::path recovery_path(const std::filesystem::path& flow_file);

/// A recovery copy found on disk.
struct RecoveredFlow {
    Flow flow;                                  ///< What was being edited.
    std::filesystem::file_time_type written_at; ///< When it was last written.
};

/// The recovery copy of `flow_file`, if one exists and loads.
[[nodiscard]] std::optional<RecoveredFlow> read_recovery(const std::filesystem::path& flow_file);

/// Removes the recovery copy of `flow_file`, if any.
void remove_recovery(const std::filesystem::path& flow_file);

/// Writes recovery copies while a document has unsaved changes.
class Autosaver {
public:
    Autosaver() = default;
    Autosaver(const Autosaver&) = delete;
    Autosaver& operator=(const Autosaver&) = delete;
    ~Autosaver() { finish(); }

    /// Starts writing a copy of `doc` for `flow_file` when it is dirty, changed since the last
    /// copy, no copy is being written and at least kAutosaveSeconds passed since the last one
    /// (`now` in seconds, any steady clock). Removes the copy once `doc` is clean again. Returns
    /// a message when the last write failed (once), else "".
    std::string tick(Document& doc, const std::filesystem::path& flow_file, double now);
    /// Waits for a copy being written.
    void finish();
    /// Removes the copy of `flow_file` (after a save, or when the person chose to discard the
    /// changes), waiting for one being written first.
    void discard(const std::filesystem::path& flow_file);

private:
    std::unique_ptr<BackgroundJob<std::string>> job_;
    std::uint64_t job_revision_ = 0;
    std::uint64_t written_revision_ = ~std::uint64_t{0};
    bool wrote_any_ = false;
    double last_write_ = -1e9;
};

} // namespace heartflow::editor

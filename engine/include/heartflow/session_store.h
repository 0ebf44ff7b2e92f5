// Where a person's sessions live: one private file per session under the data folder, written
// atomically, listed newest first, and wiped in one call ("delete all my data").
#pragma once

#include "heartflow/session_snapshot.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace heartflow {

/// The folder heartflow keeps personal data in: $XDG_DATA_HOME/heartflow, else
/// ~/.local/share/heartflow (relative XDG values are ignored, as the XDG spec says).
[[nodiscard]] std::filesystem::path default_data_dir();

/// One saved session as listed.
struct StoredSession {
    std::string key;              ///< Unique name of the session: "<flow id>-<started_at_ms>".
    std::filesystem::path file;   ///< Where it is saved.
    SessionSnapshot snapshot;     ///< What it holds.
    std::int64_t saved_at_ms = 0; ///< When it was last written, ms since the Unix epoch.
};

/// Outcome of a store operation: empty message on success.
struct StoreStatus {
    bool ok = true;      ///< True when the operation did what was asked.
    std::string message; ///< Why not, naming the file and the system's reason.
};

/// Sessions saved under one folder: `<root>/sessions/*.session` (0600), folders 0700, and
/// exported transcripts under `<root>/transcripts/`.
class SessionStore {
public:
    /// A store rooted at `root` (created on first save, not before).
    explicit SessionStore(std::filesystem::path root);

    /// The root folder.
    [[nodiscard]] const std::filesystem::path& root() const { return root_; }

    /// The key a snapshot is saved under: its flow id (unsafe characters replaced) and start time.
    [[nodiscard]] static std::string key_of(const SessionSnapshot& snapshot);

    /// Saves (or replaces) the snapshot's file, owner-only, atomically; on success the message
    /// holds the file's path.
    StoreStatus save(const SessionSnapshot& snapshot);

    /// Every readable session, newest start first. Unreadable files are skipped and named in
    /// `problems` when it is given.
    [[nodiscard]] std::vector<StoredSession>
    list(std::vector<std::string>* problems = nullptr) const;

    /// The most recently started session of a flow, if any.
    [[nodiscard]] std::optional<StoredSession> latest(std::string_view flow_id) const;

    /// Reads one session by key; on failure a sentence saying why.
    [[nodiscard]] std::variant<StoredSession, std::string> load(std::string_view key) const;

    /// Deletes one session by key.
    StoreStatus remove(std::string_view key);

    /// Writes a Markdown transcript, owner-only, as `<root>/transcripts/<key>.md`; on success the
    /// message holds the file's path.
    StoreStatus save_transcript(std::string_view key, std::string_view markdown);

    /// Deletes every session and transcript and the root folder itself ("delete all my data").
    StoreStatus remove_all();

    /// Removes the temporary files that killed saves left in the root and each folder directly
    /// under it (sessions, transcripts, the editor's recovery), older than 10 s. Call at start;
    /// returns how many were removed.
    std::size_t remove_stale_temp_files() const;

private:
    [[nodiscard]] std::filesystem::path sessions_dir() const { return root_ / "sessions"; }

    std::filesystem::path root_;
};

} // namespace heartflow

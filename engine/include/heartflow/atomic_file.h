// Atomic file replacement: write a temporary file, fsync, rename over, fsync the folder.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace heartflow {

/// Who may read a file written atomically.
enum class FilePrivacy {
    shared,     ///< Keeps an existing file's mode; new files get 0644 less the umask.
    owner_only, ///< 0600, for journals and sessions.
};

/// Outcome of a write: empty message on success.
struct WriteStatus {
    bool ok = true;      ///< True when the file now holds the new bytes.
    std::string message; ///< Why not, naming the file, the step and the system's reason.
};

/// Replaces `path` with `bytes` so that a crash leaves either the old or the new content. On
/// failure the original is untouched and the temporary file is removed. Temporary files of
/// `path` left by earlier killed writes (older than 10 s) are removed first.
[[nodiscard]] WriteStatus write_file_atomically(const std::filesystem::path& path,
                                                std::string_view bytes,
                                                FilePrivacy privacy = FilePrivacy::shared);

/// Makes `folder` exist and be owner-only (0700) whatever the umask; missing parents are created
/// 0700 too (as the XDG spec asks), existing parents are left as they are.
[[nodiscard]] WriteStatus make_private_folder(const std::filesystem::path& folder);

/// The prefix of the temporary files write_file_atomically makes next to their target.
inline constexpr std::string_view kTempFilePrefix = ".heartflow-tmp-";

/// Removes temporary files older than 10 s left in `folder` by writes that were killed; only
/// those of the file named `target` when it is not empty. Returns how many were removed.
std::size_t remove_stale_temp_files(const std::filesystem::path& folder,
                                    std::string_view target = {});

} // namespace heartflow

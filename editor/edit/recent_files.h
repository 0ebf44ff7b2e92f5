// Recently opened flows, newest first, kept in $XDG_CONFIG_HOME/heartflow/editor-recent.txt.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace heartflow::editor {

/// How many recent files are kept.
inline constexpr std::size_t kMaxRecentFiles = 10;

/// The list of recent files, read once and saved on every change.
class RecentFiles {
public:
    /// Reads the list from `store` (a missing file is an empty list).
    explicit RecentFiles(std::filesystem::path store);
    /// The default store: $XDG_CONFIG_HOME/heartflow/editor-recent.txt (else ~/.config/...).
    [[nodiscard]] static std::filesystem::path default_store();
    /// Puts `file` first (once), drops the oldest past kMaxRecentFiles, and saves.
    void add(const std::filesystem::path& file);
    /// The files, newest first.
    [[nodiscard]] const std::vector<std::string>& files() const { return files_; }

private:
    std::filesystem::path store_;
    std::vector<std::string> files_;
};

} // namespace heartflow::editor

// The recent files list.
#include "edit/recent_files.h"

#include "heartflow/atomic_file.h"
#include "heartflow/config_dir.h"

#include <algorithm>

#include <fstream>

namespace heartflow::editor {

RecentFiles::RecentFiles(std::filesystem::path store) : store_(std::move(store)) {
    std::ifstream in(store_);
    for (std::string line; std::getline(in, line) && files_.size() < kMaxRecentFiles;)
        if (!line.empty()) files_.push_back(line);
}

std::filesystem::path RecentFiles::default_store() {
    return default_config_dir() / "editor-recent.txt";
}

void RecentFiles::add(const std::filesystem::path& file) {
    std::error_code ec;
    std::filesystem::path absolute = std::filesystem::absolute(file, ec);
    const std::string entry = (ec ? file : absolute).lexically_normal().string();
    files_.erase(std::remove(files_.begin(), files_.end(), entry), files_.end());
    files_.insert(files_.begin(), entry);
    if (files_.size() > kMaxRecentFiles) files_.resize(kMaxRecentFiles);
    std::string text;
    for (const auto& f : files_)
        text += f + "\n";
    std::filesystem::create_directories(store_.parent_path(), ec);
    (void)write_file_atomically(store_, text);
}

} // namespace heartflow::editor

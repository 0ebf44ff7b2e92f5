// An in-app file dialog (no desktop portal or helper program needed): folders and .toml files
// of one folder, a path box, and Open or Save.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace heartflow::editor {

/// What the dialog is for.
enum class BrowseMode { open, save_as };

/// The file dialog's state.
class FileBrowser {
public:
    /// Opens the dialog in `folder` (the current flow's folder, or the working folder); for
    /// save_as, `name` fills the file name box.
    void show(BrowseMode mode, const std::filesystem::path& folder, const std::string& name = "");
    /// Draws the dialog while shown; returns the chosen path once (".toml" added to a save name
    /// without an extension).
    [[nodiscard]] std::optional<std::filesystem::path> draw();
    /// True while the dialog is shown.
    [[nodiscard]] bool shown() const { return shown_; }

private:
    void list_folder();

    BrowseMode mode_ = BrowseMode::open;
    bool shown_ = false;
    bool opening_ = false;
    std::filesystem::path folder_;
    std::string name_;
    std::string error_;
    std::vector<std::filesystem::path> folders_;
    std::vector<std::filesystem::path> files_;
};

} // namespace heartflow::editor

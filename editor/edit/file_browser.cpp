// The in-app file dialog.
#include "edit/file_browser.h"

#include "edit/inspector_widgets.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

namespace heartflow::editor {

void FileBrowser::show(BrowseMode mode, const std::filesystem::path& folder,
                       const std::string& name) {
    mode_ = mode;
    std::error_code ec;
    folder_ = folder.empty() ? std::filesystem::current_path(ec) : folder;
    name_ = name;
    error_.clear();
    shown_ = opening_ = true;
    list_folder();
}

void FileBrowser::list_folder() {
    folders_.clear();
    files_.clear();
    std::error_code ec;
    for (auto it = std::filesystem::directory_iterator(folder_, ec);
         !ec && it != std::filesystem::directory_iterator(); it.increment(ec)) {
        const auto& p = it->path();
        if (p.filename().string().starts_with(".")) continue;
        if (it->is_directory(ec))
            folders_.push_back(p);
        else if (p.extension() == ".toml")
            files_.push_back(p);
    }
    if (ec) error_ = "Cannot list " + folder_.string() + ": " + ec.message();
    std::sort(folders_.begin(), folders_.end());
    std::sort(files_.begin(), files_.end());
}

std::optional<std::filesystem::path> FileBrowser::draw() {
    if (!shown_) return std::nullopt;
    const char* title = mode_ == BrowseMode::open ? "Open a flow" : "Save the flow as";
    if (opening_) {
        ImGui::OpenPopup(title);
        opening_ = false;
    }
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowSize({vp->WorkSize.x * 0.6f, vp->WorkSize.y * 0.7f}, ImGuiCond_Appearing);
    ImGui::SetNextWindowPos(
        {vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y * 0.5f},
        ImGuiCond_Appearing, {0.5f, 0.5f});
    std::optional<std::filesystem::path> chosen;
    if (!ImGui::BeginPopupModal(title, &shown_)) return std::nullopt;
    ImGui::TextUnformatted("Folder:");
    ImGui::SameLine();
    ImGui::TextUnformatted(folder_.string().c_str());
    if (ImGui::Button("Up one folder") && folder_.has_parent_path()) {
        folder_ = folder_.parent_path();
        list_folder();
    }
    if (!error_.empty()) ImGui::TextColored({1.0f, 0.45f, 0.45f, 1.0f}, "%s", error_.c_str());
    const float footer = ImGui::GetFrameHeightWithSpacing() * 2.5f;
    ImGui::BeginChild("entries", {0, -footer}, true);
    std::optional<std::filesystem::path> enter;
    int row = 0;
    for (const auto& f : folders_)
        if (plain_selectable(row++, f.filename().string() + "/", false)) enter = f;
    for (const auto& f : files_) {
        const std::string n = f.filename().string();
        if (plain_selectable(row++, n, n == name_, ImGuiSelectableFlags_AllowDoubleClick)) {
            name_ = n;
            if (ImGui::IsMouseDoubleClicked(0)) chosen = f;
        }
    }
    ImGui::EndChild();
    if (enter) {
        folder_ = *enter;
        list_folder();
    }
    ImGui::SetNextItemWidth(-200.0f);
    const bool typed = ImGui::InputTextWithHint("##name", "file name, e.g. my-flow.toml", &name_,
                                                ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::SameLine();
    const bool pressed = ImGui::Button(mode_ == BrowseMode::open ? "Open" : "Save");
    if ((typed || pressed) && !name_.empty()) {
        std::filesystem::path p = std::filesystem::path(name_).is_absolute()
                                      ? std::filesystem::path(name_)
                                      : folder_ / name_;
        if (mode_ == BrowseMode::save_as && !p.has_extension()) p += ".toml";
        std::error_code ec;
        if (std::filesystem::is_directory(p, ec)) {
            folder_ = p;
            name_.clear();
            list_folder();
        } else if (mode_ == BrowseMode::open && !std::filesystem::is_regular_file(p, ec)) {
            error_ = "There is no file " + p.string();
        } else {
            chosen = p;
        }
    }
    ImGui::SameLine();
    if (ImGui::Button("Cancel")) shown_ = false;
    if (chosen) shown_ = false;
    if (!shown_) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return chosen;
}

} // namespace heartflow::editor

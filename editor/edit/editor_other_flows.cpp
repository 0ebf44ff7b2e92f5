// Opening the flow a detour or handover opens, in this editor window, and coming back: the
// flows left are kept in order, and the inspector offers the way back to the last one.
#include "edit/editor.h"

#include <imgui.h>

namespace heartflow::editor {

void Editor::open_other_flow(const std::filesystem::path& path) {
    if (path.empty()) return;
    guard_unsaved("open " + path.filename().string(), [this, path] {
        if (!file_.empty()) came_from_.push_back(file_);
        open_path(path);
    });
}

void Editor::back_to_previous_flow() {
    if (came_from_.empty()) return;
    const std::filesystem::path previous = came_from_.back();
    guard_unsaved("go back to " + previous.filename().string(), [this, previous] {
        came_from_.pop_back();
        open_path(previous);
    });
}

void Editor::draw_back_to_flow() {
    if (came_from_.empty()) return;
    const std::string label = "< Back to " + came_from_.back().filename().string();
    if (ImGui::Button(label.c_str())) back_to_previous_flow();
    ImGui::Separator();
}

} // namespace heartflow::editor

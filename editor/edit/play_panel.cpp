// The preview player beside the canvas.
#include "edit/play_panel.h"

#include "app/key_commands.h"
#include "document/preview_start.h"

#include <imgui_internal.h>

#include <cstring>

namespace heartflow::editor {

void PlayPanel::start(std::shared_ptr<const Program> program, NodeIndex node) {
    const SessionSnapshot at = preview_start(program, node);
    gui::PlayerOptions options;
    options.fresh = true;
    player_ = std::make_unique<gui::Player>(std::move(program), at, options);
}

void PlayPanel::update(std::shared_ptr<const Program> program) {
    if (player_) player_->update_program(std::move(program));
}

void PlayPanel::frame(const gui::Fonts& fonts, std::span<const gui::KeyPress> presses, double now, ImVec2 pos,
                      ImVec2 size) {
    if (!player_) return;
    const std::vector<gui::KeyCommand> keys = gui::key_commands(presses);
    player_->frame_in(fonts, keys, now, pos, size);
    if (player_->wants_close()) player_.reset();
}

std::optional<std::string> PlayPanel::current_id() const {
    if (!player_ || !player_->session()) return std::nullopt;
    const auto at = player_->session()->current();
    if (!at) return std::nullopt;
    return player_->session()->program().node(*at).id.value;
}

bool PlayPanel::focused() const {
    if (!player_) return false;
    const ImGuiWindow* focus = ImGui::GetCurrentContext()->NavWindow;
    if (!focus) return false;
    const char* name = focus->RootWindow->Name;
    return std::strcmp(name, "##column") == 0 || std::strcmp(name, "##bars") == 0;
}

} // namespace heartflow::editor

// The preview player beside the canvas.
#include "edit/play_panel.h"

#include "document/preview_start.h"
#include "player/key_commands.h"

#include <imgui_internal.h>

#include <cstring>

namespace heartflow::editor {

void PlayPanel::start(std::shared_ptr<const Program> program, NodeIndex node) {
    const SessionSnapshot at = preview_start(program, node);
    player::PlayerOptions options;
    options.fresh = true;
    player_ = std::make_unique<player::Player>(std::move(program), at, options);
}

void PlayPanel::update(std::shared_ptr<const Program> program) {
    if (player_) player_->update_program(std::move(program));
}

void PlayPanel::frame(const kit::Fonts& fonts, std::span<const kit::KeyPress> presses, double now,
                      ImVec2 pos, ImVec2 size) {
    if (!player_) return;
    const std::vector<player::KeyCommand> keys = player::key_commands(presses);
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

// [SECTION] index: construction; the frame; keys; panel layout; edits, notices and tasks.
#include "edit/editor.h"

#include "document/templates.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <utility>

namespace heartflow::editor {

// [SECTION] construction

Editor::Editor(const EditorOptions& options, std::filesystem::path recent_store)
    : options_(options), first_aspect_(first_canvas_aspect(options.width, options.height)),
      doc_(std::make_unique<Document>(empty_flow("untitled"))), recent_(std::move(recent_store)) {
    (void)doc_->validation();
    if (std::string problem = prepare_recovery_folder(); !problem.empty())
        set_notice("Recovery copies cannot be kept: " + problem, 30.0);
    if (!options_.flow_file.empty()) {
        open_at_first_frame_ = options_.flow_file;
    } else {
        show_welcome_ = true;
        offer_recovery();
    }
}

Editor::~Editor() {
    if (busy_ && busy_->cancel) busy_->cancel();
    autosaver_.finish();
}

// [SECTION] the frame

void Editor::frame(const kit::Fonts& fonts, std::span<const kit::KeyPress> presses, double now) {
    now_ = now;
    poll_busy(now);
    if (!busy_) {
        validation_.update(*doc_, now);
        poll_disk(now);
    }
    if (std::string failed = autosaver_.tick(*doc_, file_, now); !failed.empty())
        set_notice(failed, 20.0);
    const Validation& v = doc_->latest_validation();
    if (play_.playing() && doc_->validation_current() && v.program &&
        v.program != played_program_) {
        play_.update(v.program);
        played_program_ = v.program;
    }
    frame_presses_.assign(presses.begin(), presses.end());
    std::vector<kit::KeyPress> for_player;
    route_keys(presses, for_player);
    canvas_.set_fonts(fonts.ui, fonts.heading);
    canvas_.set_least_title_pixels(kLeastTitlePixels * settings_.text_scale);
    canvas_.set_minimap_shown(settings_.show_minimap);
    canvas_.sync(doc_->flow(), doc_->revision());
    draw_menu_bar();
    layout_panels(fonts, for_player, now);
    draw_find();
    draw_help();
    draw_file_browser();
    draw_welcome();
    draw_prompt();
    draw_busy(now);
    if (open_at_first_frame_) { // the canvas has its fonts and its size now
        open_path(*open_at_first_frame_);
        open_at_first_frame_.reset();
    }
}

bool Editor::active() const {
    return busy_.has_value() || play_.playing() || validation_.checking();
}

std::string Editor::window_title() const {
    std::string title = "heartflow editor - " +
                        (file_.empty() ? std::string("Untitled") : file_.filename().string());
    if (doc_->dirty()) title += " *";
    if (auto id = play_.current_id()) title += " - playing at '" + *id + "'";
    if (busy_) title += " - please wait";
    return title;
}

// [SECTION] keys

void Editor::route_keys(std::span<const kit::KeyPress> presses,
                        std::vector<kit::KeyPress>& for_player) {
    if (!prompts_.empty() || show_welcome_ || browser_.shown()) return; // their own keys
    if (busy_) {
        // Typed ahead while a file opens or saves or a layout runs: done once it has, in order.
        // Escape is the busy box's Cancel, and cancels what was typed ahead too.
        for (const kit::KeyPress& p : presses)
            if (p.key == kit::Key::escape)
                typed_ahead_.clear();
            else
                typed_ahead_.push_back(p);
        return;
    }
    std::vector<kit::KeyPress> all = std::exchange(typed_ahead_, {});
    all.insert(all.end(), presses.begin(), presses.end());
    const ImGuiIO& io = ImGui::GetIO();
    bool typing = io.WantTextInput;
    const bool player_has_keys = play_.focused();
    for (const kit::KeyPress& p : all) {
        if (typing && p.key == kit::Key::escape) {
            // Leave the field keeping what was typed (ImGui would revert it on Escape); in Find,
            // one Escape also closes it.
            ImGui::ClearActiveID();
            typing = false;
            if (find_typing_) show_find_ = find_typing_ = false;
            focus_canvas_ = true;
            continue;
        }
        if (auto command = command_for(p, typing || player_has_keys)) {
            run(*command);
            continue;
        }
        if (player_has_keys) for_player.push_back(p);
    }
}

// [SECTION] panel layout

void Editor::layout_panels(const kit::Fonts& fonts, std::span<const kit::KeyPress> player_keys,
                           double now) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float top = vp->Pos.y + ImGui::GetFrameHeight();
    const float status = ImGui::GetFrameHeight() + 8.0f;
    const float width = vp->Size.x, height = vp->Size.y - (top - vp->Pos.y) - status;
    const bool problems = !doc_->latest_validation().diagnostics.empty() || !disk_errors_.empty();
    const PanelSizes s =
        panel_sizes({width, height}, ImGui::GetFrameHeight(), play_.playing(), problems);
    const float left = vp->Pos.x;
    const float canvas_w = s.canvas_w, play_w = s.play_w, inspector_w = s.inspector_w;
    draw_canvas({left, top}, {canvas_w, s.canvas_h});
    draw_problems({left, top + s.canvas_h}, {canvas_w, s.problems_h});
    if (play_.playing()) {
        play_.frame(fonts, player_keys, now, {left + canvas_w, top}, {play_w, height});
        if (!play_.playing()) played_program_.reset();
    }
    draw_inspector({left + canvas_w + play_w, top}, {inspector_w, height});
    draw_status_bar({left, top + height}, {width, status});
}

void Editor::draw_canvas(ImVec2 pos, ImVec2 size) {
    ImGui::SetNextWindowPos(pos);
    ImGui::SetNextWindowSize(size);
    if (focus_canvas_) {
        ImGui::SetNextWindowFocus();
        focus_canvas_ = false;
    }
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, {0, 0});
    ImGui::Begin("##canvas", nullptr,
                 kPanelFlags | ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse |
                     ImGuiWindowFlags_NoNav);
    ImGui::PopStyleVar();
    canvas_focused_ = ImGui::IsWindowFocused();
    const std::optional<std::size_t> current = current_node();
    if (current != revealed_current_ && current)
        canvas_.request_reveal(*current); // follow the walk
    revealed_current_ = current;
    const CanvasEvents events =
        canvas_.frame(doc_->flow(), doc_->latest_validation(), selection_, current);
    ImGui::End();
    if (!busy_) handle_canvas(events);
}

// [SECTION] edits, notices and tasks

void Editor::apply(Change change, std::string label, std::string merge_key) {
    if (busy_) return;
    doc_->apply(std::move(change), std::move(label), std::move(merge_key));
    after_edit();
}

void Editor::after_edit() {
    selection_.resize(doc_->flow().nodes.size());
    if (show_find_) find_matches_ = find_matches(doc_->flow(), find_query_);
}

void Editor::set_notice(std::string text, double seconds) {
    notice_ = std::move(text);
    notice_until_ = now_ + seconds;
}

void Editor::ask(Prompt prompt) {
    prompts_.push_back(std::move(prompt));
}

bool Editor::pressed(kit::Key key) const {
    return std::any_of(frame_presses_.begin(), frame_presses_.end(),
                       [key](const kit::KeyPress& p) { return p.key == key; });
}

void Editor::answer(int button) {
    if (prompts_.empty()) return;
    Prompt asked = std::move(prompts_.front());
    prompts_.erase(prompts_.begin());
    if (asked.answer) asked.answer(button);
}

void Editor::start_busy(std::string what, std::function<bool()> poll,
                        std::function<void()> cancel) {
    busy_ = BusyTask{std::move(what), std::move(poll), std::move(cancel), now_};
    poll_busy(now_);
}

void Editor::poll_busy(double) {
    if (!busy_) return;
    // The task's poll may start another task (e.g. a save after a layout), so take it out first.
    BusyTask task = std::move(*busy_);
    busy_.reset();
    if (!task.poll()) {
        if (!busy_) busy_ = std::move(task);
    }
}

std::optional<std::size_t> Editor::current_node() const {
    const auto id = play_.current_id();
    if (!id) return std::nullopt;
    if (current_cache_revision_ != doc_->revision() || current_cache_id_ != *id) {
        current_cache_revision_ = doc_->revision();
        current_cache_id_ = *id;
        current_cache_.reset();
        const auto& nodes = doc_->flow().nodes;
        for (std::size_t i = 0; i < nodes.size(); ++i)
            if (nodes[i].id.value == *id) current_cache_ = i;
    }
    return current_cache_;
}

} // namespace heartflow::editor

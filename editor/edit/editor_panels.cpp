// [SECTION] index: menu bar; status bar; inspector column; problems; find; help overlay;
// questions, progress, the start screen and the file dialog.
#include "edit/editor.h"

#include "canvas/canvas_draw.h"
#include "document/templates.h"
#include "edit/inspector_widgets.h"
#include "edit/plain_problem.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>

namespace heartflow::editor {

namespace {

const ImVec4 kErrorText{1.0f, 0.47f, 0.47f, 1.0f};
const ImVec4 kWarningText{1.0f, 0.75f, 0.35f, 1.0f};
const ImVec4 kGoodText{0.55f, 0.85f, 0.6f, 1.0f};
// Seconds a task runs before its progress window shows (short ones finish unseen).
constexpr double kBusyShowAfter = 0.15;

void heading(const char* text) {
    ImGui::TextDisabled("%s", text);
    ImGui::Separator();
}

// "1 error, 2 warnings".
std::string problem_count(const Validation& v) {
    auto count = [](std::size_t n, const char* one) {
        return std::to_string(n) + " " + one + (n == 1 ? "" : "s");
    };
    return count(v.errors, "error") + ", " + count(v.warnings, "warning");
}

// The keys of a command for a menu, from the shortcut table.
const char* keys_of(EditorCommand command) {
    for (const Shortcut& s : shortcut_table())
        if (s.command == command && !s.keys.empty()) return s.keys.data();
    return nullptr;
}

} // namespace

// [SECTION] menu bar

void Editor::draw_menu_bar() {
    if (!ImGui::BeginMainMenuBar()) return;
    auto item = [this](const char* label, EditorCommand command, bool enabled = true) {
        if (ImGui::MenuItem(label, keys_of(command), false, enabled)) run(command);
    };
    if (ImGui::BeginMenu("File")) {
        item("New flow...", EditorCommand::new_flow);
        item("Open...", EditorCommand::open);
        if (ImGui::BeginMenu("Open recent", !recent_.files().empty())) {
            int row = 0;
            for (const std::string& path : recent_.files())
                if (plain_selectable(row++, path, false))
                    guard_unsaved("open another flow", [this, path] { open_path(path); });
            ImGui::EndMenu();
        }
        ImGui::Separator();
        item("Save", EditorCommand::save);
        item("Save as...", EditorCommand::save_as);
        ImGui::Separator();
        item("Close the editor", EditorCommand::quit);
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Edit")) {
        const std::string undo =
            doc_->can_undo() ? "Undo " + doc_->undo_label() : std::string("Undo");
        const std::string redo =
            doc_->can_redo() ? "Redo " + doc_->redo_label() : std::string("Redo");
        item(undo.c_str(), EditorCommand::undo, doc_->can_undo());
        item(redo.c_str(), EditorCommand::redo, doc_->can_redo());
        ImGui::Separator();
        const bool picked = selection_.count() > 0;
        item("Cut", EditorCommand::cut, picked);
        item("Copy", EditorCommand::copy, picked);
        item("Paste", EditorCommand::paste);
        item("Duplicate", EditorCommand::duplicate, picked);
        item("Delete", EditorCommand::remove, picked);
        item("Select all", EditorCommand::select_all);
        ImGui::Separator();
        item("Add a node", EditorCommand::add_node);
        item("Find...", EditorCommand::find);
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("View")) {
        item("Zoom to fit", EditorCommand::zoom_to_fit);
        item("Zoom in", EditorCommand::zoom_in);
        item("Zoom out", EditorCommand::zoom_out);
        item("Zoom to 100%", EditorCommand::zoom_reset);
        if (ImGui::MenuItem("Minimap", keys_of(EditorCommand::toggle_minimap),
                            settings_.show_minimap))
            run(EditorCommand::toggle_minimap);
        ImGui::Separator();
        item("Bigger text", EditorCommand::text_bigger);
        item("Smaller text", EditorCommand::text_smaller);
        item("Normal text size", EditorCommand::text_reset);
        ImGui::Separator();
        item("Auto-layout", EditorCommand::auto_layout);
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Play")) {
        item("Play from here", EditorCommand::play_from_here);
        item("Stop playing", EditorCommand::stop_playing, play_.playing());
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Help")) {
        item("Keyboard shortcuts", EditorCommand::help);
        ImGui::EndMenu();
    }
    ImGui::EndMainMenuBar();
}

// [SECTION] status bar

void Editor::draw_status_bar(ImVec2 pos, ImVec2 size) {
    ImGui::SetNextWindowPos(pos);
    ImGui::SetNextWindowSize(size);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, {10.0f, 4.0f});
    ImGui::Begin("##status", nullptr, kPanelFlags | ImGuiWindowFlags_NoScrollbar);
    ImGui::PopStyleVar();
    ImGui::AlignTextToFramePadding();
    const std::string where =
        file_.empty() ? std::string("Untitled (not saved yet)") : file_.string();
    ImGui::TextUnformatted(where.c_str());
    ImGui::SameLine();
    if (doc_->dirty())
        ImGui::TextColored(kWarningText, "- unsaved changes");
    else if (!file_.empty() && saved_text_)
        ImGui::TextColored(kGoodText, "- saved");
    else if (!file_.empty())
        ImGui::TextDisabled("- new, written when you save");
    ImGui::SameLine(0.0f, 24.0f);
    const Validation& v = doc_->latest_validation();
    if (validation_.checking() || !doc_->validation_current())
        ImGui::TextDisabled("checking...");
    else if (v.errors == 0 && v.warnings == 0)
        ImGui::TextColored(kGoodText, "no problems");
    else
        ImGui::TextColored(v.errors ? kErrorText : kWarningText, "%s", problem_count(v).c_str());
    if (now_ < notice_until_ && !notice_.empty()) {
        ImGui::SameLine(0.0f, 24.0f);
        ImGui::TextUnformatted(notice_.c_str());
    }
    // The shortcuts hint at the right end, where the words before it leave room (with a big
    // text size and a long notice they may not; the Help menu names F1 too).
    const char* help = "F1: shortcuts";
    ImGui::SameLine(0.0f, 24.0f);
    const float right = size.x - ImGui::CalcTextSize(help).x - 14.0f;
    if (ImGui::GetCursorPosX() <= right) {
        ImGui::SetCursorPosX(right);
        ImGui::TextDisabled("%s", help);
    }
    ImGui::End();
}

// [SECTION] inspector column

void Editor::draw_inspector(ImVec2 pos, ImVec2 size) {
    ImGui::SetNextWindowPos(pos);
    ImGui::SetNextWindowSize(size);
    ImGui::Begin("##inspector", nullptr, kPanelFlags);
    ImGui::PushItemWidth(-ImGui::GetFontSize() * 6.5f);
    draw_back_to_flow();
    inspector_.set_flow_file(file_);
    const Flow& flow = doc_->flow();
    const std::size_t picked = selection_.count();
    const std::optional<std::size_t> first = selection_.first();
    std::optional<InspectorEdit> edit;
    InspectorRequest request = InspectorRequest::none;
    if (picked == 1 && *first < flow.nodes.size()) {
        edit = inspector_.node(flow, *first, request);
    } else if (picked > 1) {
        heading("Several nodes");
        ImGui::Text("%zu nodes are selected.", picked);
        if (ImGui::Button("Duplicate them")) request = InspectorRequest::duplicate;
        ImGui::SameLine();
        if (ImGui::Button("Delete them")) request = InspectorRequest::remove;
        ImGui::TextWrapped("Drag any of them to move them together; Ctrl+C copies them to paste "
                           "into another flow.");
    } else {
        edit = inspector_.flow_properties(flow);
        if (!flow.tests.empty())
            ImGui::TextWrapped(
                "This flow has %zu walk tests ([[test]] tables); the editor keeps them as written.",
                flow.tests.size());
    }
    ImGui::PopItemWidth();
    ImGui::End();
    if (edit) apply(std::move(edit->change), std::move(edit->label), std::move(edit->merge_key));
    switch (request) {
    case InspectorRequest::none:
        break;
    case InspectorRequest::play_from_here:
        play_from_here();
        break;
    case InspectorRequest::set_start:
        if (first) apply(set_start(doc_->flow(), *first), "Set start");
        break;
    case InspectorRequest::duplicate:
        duplicate_selection();
        break;
    case InspectorRequest::remove:
        delete_selection();
        break;
    case InspectorRequest::open_other_flow:
        open_other_flow(inspector_.other_flow_file());
        break;
    }
}

// [SECTION] problems

void Editor::draw_problems(ImVec2 pos, ImVec2 size) {
    ImGui::SetNextWindowPos(pos);
    ImGui::SetNextWindowSize(size);
    const Validation& v = doc_->latest_validation();
    ImGui::Begin("##problems", nullptr,
                 kPanelFlags | (v.diagnostics.empty() ? ImGuiWindowFlags_NoScrollbar : 0));
    ImGui::TextDisabled("Problems");
    ImGui::SameLine();
    if (doc_->flow().nodes.empty())
        ImGui::TextDisabled("none yet: add a step to begin");
    else if (v.diagnostics.empty())
        ImGui::TextColored(kGoodText, "none: the flow can be played from start to every ending");
    else
        ImGui::TextDisabled("(%s; click one to go to its step)", problem_count(v).c_str());
    std::optional<std::size_t> go_to;
    if (!v.diagnostics.empty() || !disk_errors_.empty()) {
        ImGui::Separator();
        ImGui::BeginChild("##problem_list");
        disk_error_rows();
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(v.diagnostics.size()));
        while (clipper.Step())
            for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row)
                if (problem_row(row, v.diagnostics[static_cast<std::size_t>(row)]))
                    go_to = v.diagnostics[static_cast<std::size_t>(row)].node;
        ImGui::EndChild();
    }
    ImGui::End();
    if (go_to) select_and_centre(*go_to, true);
}

void Editor::disk_error_rows() {
    for (const Diagnostic& d : disk_errors_) {
        ImGui::TextColored(kErrorText, "%s", "on disk");
        ImGui::SameLine();
        ImGui::TextDisabled("%s", code_label(d.code).c_str());
        ImGui::SameLine();
        ImGui::TextUnformatted(format_diagnostic(file_.string(), d).c_str());
    }
}

bool Editor::problem_row(int row, const NodeDiagnostic& d) {
    const Flow& flow = doc_->flow();
    ImGui::PushID(row);
    const bool error = d.diagnostic.severity == Severity::error;
    ImGui::TextColored(error ? kErrorText : kWarningText, "%s", error ? "error  " : "warning");
    ImGui::SameLine();
    ImGui::TextDisabled("%s", code_label(d.diagnostic.code).c_str());
    ImGui::SameLine();
    const std::string where = d.node && *d.node < flow.nodes.size()
                                  ? "\"" + flow.nodes[*d.node].display_title() + "\": "
                                  : std::string("The flow: ");
    const bool clicked =
        plain_selectable(row, where + plain_problem(d.diagnostic), false) && d.node;
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s\n\n%s: %s", d.diagnostic.message.c_str(),
                          code_label(d.diagnostic.code).c_str(),
                          std::string(describe(d.diagnostic.code).summary).c_str());
    ImGui::PopID();
    return clicked;
}

// [SECTION] find

void Editor::draw_find() {
    if (!show_find_) return;
    const Rect& c = canvas_.canvas_rect();
    const float width = std::min(460.0f, c.size().x - 20.0f);
    ImGui::SetNextWindowPos({c.max.x - width - 10.0f, c.min.y + 10.0f});
    ImGui::SetNextWindowSize({width, 0.0f});
    ImGui::Begin("Find##find", &show_find_,
                 ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoCollapse |
                     ImGuiWindowFlags_NoSavedSettings);
    if (focus_find_) {
        ImGui::SetKeyboardFocusHere();
        focus_find_ = false;
    }
    ImGui::SetNextItemWidth(-1.0f);
    if (ImGui::InputTextWithHint("##query", "ids, titles, text and choice labels", &find_query_)) {
        find_matches_ = find_matches(doc_->flow(), find_query_);
        find_cursor_ = 0;
        if (!find_matches_.empty()) select_and_centre(find_matches_.front().node, true);
    }
    const bool was_typing = find_typing_;
    find_typing_ = ImGui::IsItemActive();
    if (was_typing && (pressed(kit::Key::enter) || pressed(kit::Key::kp_enter)) &&
        !find_matches_.empty()) {
        find_cursor_ = (find_cursor_ + 1) % find_matches_.size();
        select_and_centre(find_matches_[find_cursor_].node, true);
        focus_find_ = true;
    }
    if (!find_query_.empty()) ImGui::TextDisabled("%zu found (Enter: next)", find_matches_.size());
    ImGui::BeginChild("##matches", {0.0f, std::min(260.0f, ImGui::GetTextLineHeightWithSpacing() *
                                                               (find_matches_.size() + 0.5f))});
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(find_matches_.size()));
    const Flow& flow = doc_->flow();
    while (clipper.Step()) {
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
            const FindMatch& m = find_matches_[static_cast<std::size_t>(row)];
            if (m.node >= flow.nodes.size()) continue;
            const std::string line =
                flow.nodes[m.node].id.value + "  (" + m.field + ")  " + m.excerpt;
            ImGui::PushID(row);
            if (plain_selectable(row, line, static_cast<std::size_t>(row) == find_cursor_)) {
                find_cursor_ = static_cast<std::size_t>(row);
                select_and_centre(m.node, true);
            }
            ImGui::PopID();
        }
    }
    ImGui::EndChild();
    ImGui::End();
}

// [SECTION] help overlay

void Editor::draw_help() {
    if (!show_help_) return;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos({vp->Pos.x + vp->Size.x * 0.5f, vp->Pos.y + vp->Size.y * 0.5f},
                            ImGuiCond_Always, {0.5f, 0.5f});
    ImGui::SetNextWindowSize(
        {std::min(760.0f, vp->Size.x - 40.0f), std::min(640.0f, vp->Size.y - 60.0f)});
    ImGui::Begin("Keyboard shortcuts and mouse (F1 or Escape closes)##help", &show_help_,
                 ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoCollapse |
                     ImGuiWindowFlags_NoSavedSettings);
    if (ImGui::BeginTable("##keys", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV)) {
        ImGui::TableSetupColumn("keys", ImGuiTableColumnFlags_WidthFixed,
                                ImGui::GetFontSize() * 9.0f);
        ImGui::TableSetupColumn("what", ImGuiTableColumnFlags_WidthStretch);
        auto row = [](const char* keys, const char* meaning) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(keys);
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s", meaning);
        };
        for (const Shortcut& s : shortcut_table())
            if (!s.keys.empty() && !s.meaning.empty()) row(s.keys.data(), s.meaning.data());
        row("Double-click", "On empty canvas: add a node there (then 1-9 picks its kind). On a "
                            "node: edit its title.");
        row("Drag", "A node moves it (and the other selected ones). Empty canvas: select the nodes "
                    "in a box. "
                    "Ctrl or Shift+click adds to the selection.");
        row("Drag a port",
            "From a dot on a node's right edge to another node: that choice (or Continue) leads "
            "there. The green '+ choice' dot adds a new choice.");
        row("Right-click",
            "A node: duplicate, delete, play from here, set as start. A link: insert a step on "
            "it, or remove it. Empty canvas: add a node.");
        row("Wheel", "Zoom about the mouse. Middle-drag or Space+drag pans. The minimap (in a "
                     "corner) jumps there.");
        ImGui::EndTable();
    }
    ImGui::End();
}

// [SECTION] questions, progress, the start screen and the file dialog

void Editor::draw_prompt() {
    if (prompts_.empty()) return;
    const Prompt& p = prompts_.front();
    const std::string id = p.title + "##prompt";
    if (!ImGui::IsPopupOpen(id.c_str())) ImGui::OpenPopup(id.c_str());
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos({vp->Pos.x + vp->Size.x * 0.5f, vp->Pos.y + vp->Size.y * 0.45f},
                            ImGuiCond_Always, {0.5f, 0.5f});
    ImGui::SetNextWindowSize({std::min(640.0f, vp->Size.x - 40.0f), 0.0f});
    if (!ImGui::BeginPopupModal(id.c_str(), nullptr,
                                ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings))
        return;
    ImGui::TextWrapped("%s", p.message.c_str());
    ImGui::Spacing();
    int chosen = -1;
    for (std::size_t b = 0; b < p.buttons.size(); ++b) {
        if (b > 0) ImGui::SameLine();
        const bool is_default = static_cast<int>(b) == p.default_button;
        if (is_default)
            ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        if (ImGui::Button(p.buttons[b].c_str())) chosen = static_cast<int>(b);
        if (is_default) ImGui::PopStyleColor();
    }
    ImGui::TextDisabled(
        "Enter: %s%s%s", p.buttons[static_cast<std::size_t>(p.default_button)].c_str(),
        p.cancel_button >= 0 ? "    Escape: " : "",
        p.cancel_button >= 0 ? p.buttons[static_cast<std::size_t>(p.cancel_button)].c_str() : "");
    if (chosen < 0 && (pressed(kit::Key::enter) || pressed(kit::Key::kp_enter)))
        chosen = p.default_button;
    if (chosen < 0 && p.cancel_button >= 0 && pressed(kit::Key::escape)) chosen = p.cancel_button;
    if (chosen >= 0) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    if (chosen >= 0) {
        answer(chosen);
        focus_canvas_ = true;
    }
}

void Editor::draw_busy(double now) {
    const char* id = "Please wait##busy";
    if (busy_ && now - busy_->started >= kBusyShowAfter && !ImGui::IsPopupOpen(id))
        ImGui::OpenPopup(id);
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos({vp->Pos.x + vp->Size.x * 0.5f, vp->Pos.y + vp->Size.y * 0.45f},
                            ImGuiCond_Always, {0.5f, 0.5f});
    ImGui::SetNextWindowSize({460.0f, 0.0f});
    if (!ImGui::BeginPopupModal(id, nullptr,
                                ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings))
        return;
    if (!busy_) {
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    ImGui::TextWrapped("%s", busy_->what.c_str());
    const double elapsed = now - busy_->started;
    char overlay[32];
    std::snprintf(overlay, sizeof overlay, "%.0f s", elapsed);
    ImGui::ProgressBar(static_cast<float>(std::fmod(elapsed * 0.5, 1.0)), {-1.0f, 0.0f}, overlay);
    bool cancel = false;
    if (busy_->cancel) {
        cancel = ImGui::Button("Cancel") || pressed(kit::Key::escape);
        ImGui::SameLine();
        ImGui::TextDisabled("(Escape)");
    }
    if (cancel) {
        busy_->cancel();
        busy_.reset();
        set_notice("Cancelled.", 4.0);
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

void Editor::draw_welcome() {
    if (!show_welcome_ || !prompts_.empty() || busy_ || browser_.shown()) return;
    const char* id = "Start##welcome";
    if (!ImGui::IsPopupOpen(id)) ImGui::OpenPopup(id);
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos({vp->Pos.x + vp->Size.x * 0.5f, vp->Pos.y + vp->Size.y * 0.45f},
                            ImGuiCond_Always, {0.5f, 0.5f});
    ImGui::SetNextWindowSize({std::min(620.0f, vp->Size.x - 40.0f), 0.0f});
    if (!ImGui::BeginPopupModal(id, nullptr,
                                ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings))
        return;
    std::function<void()> then;
    // A new file named on the command line keeps its path whichever start is chosen.
    const std::filesystem::path path =
        doc_->flow().nodes.empty() && !doc_->dirty() ? file_ : std::filesystem::path();
    if (!path.empty())
        ImGui::TextWrapped("%s does not exist yet: it is written when you save.",
                           path.string().c_str());
    heading("Start a new flow from a template");
    for (const FlowTemplate& t : flow_templates()) {
        if (ImGui::Button(t.name.c_str(), {ImGui::GetFontSize() * 10.0f, 0.0f}))
            then = [this, f = t.flow, path] { new_from_template(f, path); };
        ImGui::SameLine();
        ImGui::TextWrapped("%s", t.description.c_str());
    }
    if (ImGui::Button("Empty flow", {ImGui::GetFontSize() * 10.0f, 0.0f}))
        then = [this, path] {
            new_from_template(empty_flow(path.empty() ? "untitled" : path.stem().string()), path);
        };
    ImGui::SameLine();
    ImGui::TextWrapped("Nothing yet: double-click the canvas to add the first node.");
    ImGui::Spacing();
    heading("Or open a flow");
    if (ImGui::Button("Open a file...")) then = [this] { run(EditorCommand::open); };
    int row = 0;
    for (const std::string& path : recent_.files()) {
        if (plain_selectable(row++, path, false))
            then = [this, path] {
                guard_unsaved("open another flow", [this, path] { open_path(path); });
            };
    }
    ImGui::Spacing();
    if (ImGui::Button("Close") || pressed(kit::Key::escape)) then = [] {};
    if (then) {
        show_welcome_ = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
    if (then) {
        then();
        focus_canvas_ = true;
    }
}

void Editor::draw_file_browser() {
    if (!browser_.shown()) return;
    if (auto chosen = browser_.draw(); chosen && on_browsed_) {
        auto browsed = std::move(on_browsed_);
        on_browsed_ = {};
        browsed(*chosen);
        focus_canvas_ = true;
    }
}

} // namespace heartflow::editor

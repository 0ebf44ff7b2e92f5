// [SECTION] index: commands; canvas events; adding and connecting; clipboard; play and layout.
#include "edit/editor.h"

#include "document/clipboard.h"
#include "document/insert_on_link.h"
#include "document/new_step.h"
#include "document/other_flow.h"
#include "document/placement.h"
#include "document/templates.h"

#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cmath>

namespace heartflow::editor {

namespace {

// The space between the originals and the copies Ctrl+D puts beside them, and how far an arrow
// key moves nodes (Shift: further).
constexpr double kDuplicateGap = 60.0;
constexpr double kNudge = 20.0, kBigNudge = 120.0;
constexpr float kZoomStep = 1.25f;
// The undo label of an auto-layout, by which undo knows to bring its view back.
constexpr const char* kLayoutLabel = "Auto-layout";

// How far to move copies of the `picked` nodes so they sit beside them, to the right, level.
Vec2 beside(const CanvasModel& model, const std::vector<std::size_t>& picked) {
    float left = FLT_MAX, right = -FLT_MAX;
    for (std::size_t i : picked) {
        if (i >= model.positions.size()) continue;
        const Rect r = model.node_rect(i);
        left = std::min(left, r.min.x);
        right = std::max(right, r.max.x);
    }
    return {left <= right ? right - left + kDuplicateGap : kDuplicateGap, 0.0};
}

} // namespace

// [SECTION] commands

void Editor::zoom_by(float factor) {
    const Rect& r = canvas_.canvas_rect();
    canvas_.camera().zoom_about({(r.min.x + r.max.x) * 0.5f, (r.min.y + r.max.y) * 0.5f},
                                canvas_.camera().zoom * factor);
}

void Editor::nudge_by(Vec2 delta) {
    const std::vector<std::size_t> picked = selection_.indices();
    if (!picked.empty())
        apply(move_nodes(doc_->flow(), picked, delta, provisional_positions(doc_->flow())),
              "Move nodes", "nudge");
}

void Editor::step_selection(bool forward) {
    const std::size_t n = doc_->flow().nodes.size();
    if (n == 0) return;
    const std::vector<std::size_t> picked = selection_.indices();
    const std::size_t at = picked.empty() ? (forward ? n - 1 : 0) : picked.front();
    select_and_centre(forward ? (at + 1) % n : (at + n - 1) % n);
}

void Editor::undo_or_redo(bool redo) {
    const std::string label = redo ? doc_->redo_label() : doc_->undo_label();
    if (!(redo ? doc_->redo() : doc_->undo())) return;
    set_notice((redo ? "Redone: " : "Undone: ") + label, 4.0);
    // A layout moved everything: undoing it brings back the view that went with the old places.
    if (label == kLayoutLabel && !redo && !views_before_layout_.empty()) {
        canvas_.camera() = views_before_layout_.back();
        views_before_layout_.pop_back();
    } else if (label == kLayoutLabel && redo) {
        views_before_layout_.push_back(canvas_.camera());
        canvas_.request_fit();
    }
    after_edit();
}

void Editor::change_settings(EditorSettings changed, const std::string& what) {
    settings_ = changed;
    const std::string failed = save_editor_settings(settings_file_, settings_);
    set_notice(failed.empty() ? what : what + " (not remembered: " + failed + ")", 4.0);
}

void Editor::run(EditorCommand command) {
    if (busy_) return;
    const double nudge = ImGui::GetIO().KeyShift ? kBigNudge : kNudge;
    switch (command) {
    case EditorCommand::undo:
        undo_or_redo(false);
        return;
    case EditorCommand::redo:
        undo_or_redo(true);
        return;
    case EditorCommand::save:
        save();
        return;
    case EditorCommand::save_as:
        save_as();
        return;
    case EditorCommand::open:
        guard_unsaved("open another flow", [this] {
            browser_.show(BrowseMode::open,
                          file_.empty() ? std::filesystem::path() : file_.parent_path());
            on_browsed_ = [this](const std::filesystem::path& path) { open_path(path); };
        });
        return;
    case EditorCommand::new_flow:
        show_welcome_ = true;
        return;
    case EditorCommand::find:
        show_find_ = focus_find_ = true;
        find_matches_ = find_matches(doc_->flow(), find_query_);
        return;
    case EditorCommand::help:
        show_help_ = !show_help_;
        return;
    case EditorCommand::play_from_here:
        play_from_here();
        return;
    case EditorCommand::stop_playing:
        play_.stop();
        played_program_.reset();
        focus_canvas_ = true;
        return;
    case EditorCommand::select_all:
        selection_.resize(doc_->flow().nodes.size());
        selection_.select_all();
        return;
    case EditorCommand::duplicate:
        duplicate_selection();
        return;
    case EditorCommand::copy:
        copy_selection(false);
        return;
    case EditorCommand::cut:
        copy_selection(true);
        return;
    case EditorCommand::paste:
        paste();
        return;
    case EditorCommand::remove:
        delete_selection();
        return;
    case EditorCommand::zoom_to_fit:
        canvas_.request_fit();
        return;
    case EditorCommand::auto_layout:
        auto_layout_flow();
        return;
    case EditorCommand::zoom_in:
        zoom_by(kZoomStep);
        return;
    case EditorCommand::zoom_out:
        zoom_by(1.0f / kZoomStep);
        return;
    case EditorCommand::zoom_reset:
        zoom_by(1.0f / canvas_.camera().zoom);
        return;
    case EditorCommand::add_node:
        canvas_.request_add_menu();
        return;
    case EditorCommand::close_panel:
        if (show_help_)
            show_help_ = false;
        else if (show_find_)
            show_find_ = false;
        else
            selection_.clear();
        focus_canvas_ = true;
        return;
    case EditorCommand::quit:
        (void)request_close();
        return;
    case EditorCommand::nudge_left:
        nudge_by({-nudge, 0});
        return;
    case EditorCommand::nudge_right:
        nudge_by({nudge, 0});
        return;
    case EditorCommand::nudge_up:
        nudge_by({0, -nudge});
        return;
    case EditorCommand::nudge_down:
        nudge_by({0, nudge});
        return;
    case EditorCommand::select_next:
        step_selection(true);
        return;
    case EditorCommand::select_previous:
        step_selection(false);
        return;
    case EditorCommand::edit_title:
        if (selection_.count() == 1) inspector_.focus_title();
        return;
    case EditorCommand::text_bigger:
    case EditorCommand::text_smaller:
    case EditorCommand::text_reset: {
        EditorSettings s = settings_;
        s.text_scale = command == EditorCommand::text_reset
                           ? 1.0f
                           : kit::step_text_scale(s.text_scale,
                                                  command == EditorCommand::text_bigger ? 1 : -1);
        change_settings(s, "Text size " + std::to_string(std::lround(s.text_scale * 100.0f)) + "%");
        return;
    }
    case EditorCommand::toggle_minimap: {
        EditorSettings s = settings_;
        s.show_minimap = !s.show_minimap;
        change_settings(s, s.show_minimap ? "Minimap shown (M hides it)"
                                          : "Minimap hidden (M shows it)");
        return;
    }
    }
}

// [SECTION] canvas events

void Editor::handle_canvas(const CanvasEvents& events) {
    const Flow& flow = doc_->flow();
    if (events.moved)
        apply(
            move_nodes(flow, events.moved->nodes, events.moved->delta, provisional_positions(flow)),
            events.moved->nodes.size() == 1 ? "Move node" : "Move nodes");
    if (events.connected) connect(*events.connected);
    if (events.unlinked) {
        const UnlinkEvent& u = *events.unlinked;
        if (u.port.kind == PortKind::next)
            apply(set_next(doc_->flow(), u.from, std::nullopt), "Remove Continue link");
        else
            apply(remove_choice(doc_->flow(), u.from, u.port.choice), "Remove choice");
    }
    if (events.create) add_node_of(events.create->first, events.create->second);
    if (events.inserted) insert_step(*events.inserted);
    if (events.activated) {
        selection_.select_only(*events.activated);
        inspector_.focus_title();
    }
    if (!events.action) return;
    switch (*events.action) {
    case NodeAction::duplicate:
        duplicate_selection();
        return;
    case NodeAction::remove:
        delete_selection();
        return;
    case NodeAction::play_from_here:
        play_from_here();
        return;
    case NodeAction::set_start:
        if (const auto picked = selection_.indices(); !picked.empty())
            apply(set_start(doc_->flow(), picked.front()), "Set start");
        return;
    }
}

// [SECTION] adding and connecting

void Editor::add_node_of(NodeKind kind, Vec2 at) {
    // The point asked for becomes the middle of the new node's header.
    const Vec2 corner{at[0] - kNodeWidth * 0.5, at[1] - kNodeHeader * 0.5};
    const std::size_t first = doc_->flow().nodes.size();
    const std::vector<std::string> beside = sibling_flow_files(file_); // a detour's first choice
    apply(add_step(doc_->flow(), kind, corner, beside.empty() ? std::string() : beside.front()),
          std::string("Add ") + kind_label(kind));
    selection_.resize(doc_->flow().nodes.size());
    selection_.select_only(first);
    inspector_.focus_title();
}

void Editor::insert_step(const InsertEvent& e) {
    const Node step =
        node_template(e.kind, {e.at[0] - kNodeWidth * 0.5, e.at[1] - kNodeHeader * 0.5});
    Change change = insert_on_link(doc_->flow(), e.from, e.port, step);
    if (change.empty()) return;
    apply(std::move(change), std::string("Insert ") + kind_label(e.kind));
    selection_.resize(doc_->flow().nodes.size());
    selection_.select_only(doc_->flow().nodes.size() - 1);
    inspector_.focus_title();
}

void Editor::connect(const ConnectEvent& e) {
    const Flow& flow = doc_->flow();
    if (e.from >= flow.nodes.size() || e.to >= flow.nodes.size()) return;
    const NodeId target = flow.nodes[e.to].id;
    switch (e.port.kind) {
    case PortKind::choice:
        apply(connect_choice(flow, e.from, e.port.choice, target), "Retarget choice");
        break;
    case PortKind::next:
        apply(set_next(flow, e.from, target), "Set Continue link");
        break;
    case PortKind::add_choice:
        apply(connect_choice(flow, e.from, flow.nodes[e.from].choices.size(), target,
                             flow.nodes[e.to].display_title()),
              "Add choice");
        break;
    }
    selection_.select_only(e.from);
}

void Editor::select_and_centre(std::size_t node, bool focus) {
    selection_.resize(doc_->flow().nodes.size());
    if (node >= selection_.size()) return;
    selection_.select_only(node);
    if (focus)
        canvas_.request_focus(node);
    else
        canvas_.request_centre(node);
}

// [SECTION] clipboard

void Editor::copy_selection(bool cut) {
    const std::vector<std::size_t> picked = selection_.indices();
    if (picked.empty()) {
        set_notice("Select nodes to copy first.", 4.0);
        return;
    }
    ImGui::SetClipboardText(copy_nodes(doc_->flow(), picked).c_str());
    if (cut) delete_selection();
    set_notice((cut ? "Cut " : "Copied ") + std::to_string(picked.size()) +
                   (picked.size() == 1 ? " node" : " nodes") +
                   "; paste with Ctrl+V here or in another flow.",
               5.0);
}

void Editor::paste() {
    const char* text = ImGui::GetClipboardText();
    auto nodes = parse_copied_nodes(text ? text : "");
    if (!nodes) {
        set_notice("The clipboard holds no copied nodes.", 4.0);
        return;
    }
    ImVec2 least{FLT_MAX, FLT_MAX};
    for (const Node& n : *nodes) {
        const auto p = n.pos.value_or(std::array<double, 2>{0.0, 0.0});
        least = {std::min(least.x, static_cast<float>(p[0])),
                 std::min(least.y, static_cast<float>(p[1]))};
    }
    const ImVec2 at = canvas_.placement_point();
    const std::size_t first = doc_->flow().nodes.size();
    apply(insert_copies(doc_->flow(), *nodes, {at.x - least.x, at.y - least.y}), "Paste");
    selection_.clear();
    for (std::size_t i = first; i < doc_->flow().nodes.size(); ++i)
        selection_.set(i, true);
}

void Editor::duplicate_selection() {
    const std::vector<std::size_t> picked = selection_.indices();
    if (picked.empty()) return;
    const std::size_t first = doc_->flow().nodes.size();
    apply(duplicate_nodes(doc_->flow(), picked, beside(canvas_.model(), picked)),
          picked.size() == 1 ? "Duplicate node" : "Duplicate nodes");
    selection_.clear();
    for (std::size_t i = first; i < doc_->flow().nodes.size(); ++i)
        selection_.set(i, true);
}

void Editor::delete_selection() {
    const std::vector<std::size_t> picked = selection_.indices();
    if (picked.empty()) return;
    apply(delete_nodes(doc_->flow(), picked), picked.size() == 1 ? "Delete node" : "Delete nodes");
    selection_.clear();
    const std::string count =
        picked.size() == 1 ? std::string("1 step") : std::to_string(picked.size()) + " steps";
    set_notice("Deleted " + count + ". Ctrl+Z brings " + (picked.size() == 1 ? "it" : "them") +
                   " back.",
               8.0);
}

// [SECTION] play and layout

void Editor::play_from_here() {
    if (!doc_->validation_current()) {
        set_notice("Still checking the flow; press F5 again in a moment.", 4.0);
        return;
    }
    const Validation& v = doc_->latest_validation();
    if (!v.program) {
        set_notice("The flow has " + std::to_string(v.errors) +
                       (v.errors == 1 ? " error" : " errors") +
                       " to fix before it can be played; see Problems below the canvas.",
                   8.0);
        return;
    }
    const std::vector<std::size_t> picked = selection_.indices();
    const NodeIndex at =
        picked.empty() ? v.program->start : NodeIndex{static_cast<std::uint32_t>(picked.front())};
    play_.start(v.program, at);
    played_program_ = v.program;
}

void Editor::laid_out(Change change) {
    views_before_layout_.push_back(canvas_.camera());
    apply(std::move(change), kLayoutLabel);
    canvas_.request_fit();
}

double Editor::canvas_aspect() const {
    const ImVec2 size = canvas_.canvas_rect().size();
    if (size.x <= 100 || size.y <= 100) return first_aspect_; // no frame has laid it out yet
    const ImVec2 room = fitted_room(size);
    return static_cast<double>(room.x) / room.y;
}

TitleMetrics Editor::layout_metrics() const {
    TitleMetrics m = canvas_.layout_metrics(first_canvas_size(options_.width, options_.height));
    m.least_px = kLeastTitlePixels * settings_.text_scale;
    return m;
}

void Editor::auto_layout_flow() {
    std::shared_ptr<const Flow> flow = doc_->share();
    if (flow->nodes.empty()) return;
    const double aspect = canvas_aspect();
    if (flow->nodes.size() <= kBackgroundValidationNodes) {
        laid_out(auto_layout(*flow, aspect, layout_metrics()));
        return;
    }
    const std::uint64_t revision = doc_->revision();
    auto job = std::make_shared<BackgroundJob<Change>>(
        [flow, aspect, metrics = layout_metrics()](const std::atomic<bool>&) {
            return auto_layout(*flow, aspect, metrics);
        });
    start_busy(
        "Laying out " + std::to_string(flow->nodes.size()) + " nodes",
        [this, job, revision] {
            if (!job->done()) return false;
            Change change = job->take();
            if (doc_->revision() == revision) laid_out(std::move(change));
            return true;
        },
        [job] { job->abandon(); });
}

} // namespace heartflow::editor

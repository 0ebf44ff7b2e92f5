// The history panel.
//
// [SECTION] Plot of before/after ratings
// [SECTION] Session list and actions
// [SECTION] Delete all my data
#include "player/history_view.h"

#include "heartflow/transcript.h"
#include "kit/widgets.h"

#include <algorithm>
#include <cfloat>
#include <cstdio>

namespace heartflow::player {

namespace {

ImU32 col(const ImVec4& c) {
    return ImGui::ColorConvertFloat4ToU32(c);
}

const char* status_words(SessionStatus s) {
    return s == SessionStatus::finished ? "walked to the end" : "paused part way";
}

std::string rating_words(const SessionSnapshot& s) {
    const auto& b = s.check_in_before;
    const auto& a = s.check_in_after;
    if (b && a) return "felt " + std::to_string(*b) + ", then " + std::to_string(*a);
    if (b) return "felt " + std::to_string(*b) + " at the start";
    if (a) return "felt " + std::to_string(*a) + " at the end";
    return "no check-in";
}

} // namespace

void HistoryView::refresh(const SessionStore& store) {
    problems_.clear();
    sessions_ = store.list(&problems_);
    selected_ = std::min(selected_, sessions_.empty() ? 0 : sessions_.size() - 1);
    confirm_delete_one_ = confirm_delete_all_ = false;
    message_.clear();
}

// [SECTION] Plot of before/after ratings

void HistoryView::draw_plot(const kit::Fonts& fonts, const kit::Palette& palette) const {
    std::vector<const SessionSnapshot*> rated;
    for (auto it = sessions_.rbegin(); it != sessions_.rend(); ++it)
        if (it->snapshot.check_in_before || it->snapshot.check_in_after)
            rated.push_back(&it->snapshot);
    if (rated.size() > 30) rated.erase(rated.begin(), rated.end() - 30);
    if (rated.empty()) {
        kit::wrapped_text(fonts.small,
                          "No check-in ratings yet. They appear here as a small chart.",
                          palette.text_soft);
        return;
    }
    const float h = fonts.ui->FontSize * 6.0f, w = ImGui::GetContentRegionAvail().x;
    ImVec2 o = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(w, h));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float left = fonts.small->FontSize * 1.6f, pad = fonts.small->FontSize * 0.6f;
    auto x_of = [&](std::size_t i) {
        return o.x + left +
               (rated.size() == 1 ? 0.5f : float(i) / float(rated.size() - 1)) * (w - left - pad);
    };
    auto y_of = [&](int r) { return o.y + pad + (1.0f - r / 10.0f) * (h - 2 * pad); };
    dl->AddRect(ImVec2(o.x + left, o.y + pad), ImVec2(o.x + w - pad, o.y + h - pad),
                col(palette.border));
    for (int r : {0, 5, 10}) {
        char label[4];
        std::snprintf(label, sizeof label, "%d", r);
        dl->AddText(fonts.small, fonts.small->FontSize,
                    ImVec2(o.x, y_of(r) - fonts.small->FontSize * 0.5f), col(palette.text_soft),
                    label);
    }
    auto series = [&](bool before, const ImVec4& c) {
        ImVec2 last;
        bool have = false;
        for (std::size_t i = 0; i < rated.size(); ++i) {
            auto v = before ? rated[i]->check_in_before : rated[i]->check_in_after;
            if (!v) continue;
            ImVec2 p(x_of(i), y_of(*v));
            if (have) dl->AddLine(last, p, col(c), 2.0f);
            dl->AddCircleFilled(p, before ? 4.0f : 5.0f, col(c));
            last = p;
            have = true;
        }
    };
    series(true, palette.text_soft);
    series(false, palette.pacer);
    kit::wrapped_text(
        fonts.small,
        "Grey: how big it felt at the start. Coloured: at the end. Oldest on the left.",
        palette.text_soft);
}

// [SECTION] Session list and actions

void HistoryView::draw_list(const Flow* flow, const kit::Fonts& fonts,
                            const kit::Palette& palette) {
    for (std::size_t i = 0; i < sessions_.size() && i < 50; ++i) {
        const SessionSnapshot& s = sessions_[i].snapshot;
        std::string title = flow && flow->info.id == s.flow_id ? flow->info.title : s.flow_id;
        std::string line = format_local_time(s.started_at_ms) + "  " + title + ": " +
                           status_words(s.status) + ", " + rating_words(s);
        // A selectable row whose text wraps, so long titles stay inside the column.
        ImFont* f = fonts.ui;
        const float width = ImGui::GetContentRegionAvail().x;
        const ImVec2 text = f->CalcTextSizeA(f->FontSize, FLT_MAX, width, line.c_str());
        ImGui::PushID(static_cast<int>(i));
        const ImVec2 at = ImGui::GetCursorScreenPos();
        if (ImGui::Selectable("##session", selected_ == i, 0, ImVec2(width, text.y))) {
            selected_ = i;
            confirm_delete_one_ = false;
            message_.clear();
        }
        ImGui::GetWindowDrawList()->AddText(f, f->FontSize, at, col(palette.text), line.c_str(),
                                            nullptr, width);
        kit::focus_ring(palette);
        ImGui::PopID();
    }
}

void HistoryView::draw_selected_actions(SessionStore& store, const Flow* flow,
                                        const kit::Fonts& fonts, const kit::Palette& palette) {
    if (selected_ >= sessions_.size()) return;
    const StoredSession& s = sessions_[selected_];
    const Flow* own = flow && flow->info.id == s.snapshot.flow_id ? flow : nullptr;
    if (kit::small_button("Save as Markdown", fonts.ui, palette)) {
        StoreStatus st = store.save_transcript(s.key, session_transcript(s.snapshot, own));
        message_ = st.ok ? "Saved the transcript to " + st.message : st.message;
    }
    kit::same_line_if_fits("Copy transcript", fonts.ui);
    if (kit::small_button("Copy transcript", fonts.ui, palette)) {
        ImGui::SetClipboardText(session_transcript(s.snapshot, own).c_str());
        message_ = "Copied. You can paste it into a note or a message to your therapist.";
    }
    kit::same_line_if_fits("Delete this session", fonts.ui);
    if (!confirm_delete_one_ && kit::small_button("Delete this session", fonts.ui, palette))
        confirm_delete_one_ = true;
    if (confirm_delete_one_) {
        kit::wrapped_text(fonts.ui, "Delete this session and its words for good?", palette.text);
        if (kit::small_button("Yes, delete it", fonts.ui, palette, &palette.help)) {
            StoreStatus st = store.remove(s.key);
            refresh(store);
            message_ = st.ok ? "Deleted." : st.message;
        }
        kit::same_line_if_fits("Keep it", fonts.ui);
        if (kit::small_button("Keep it", fonts.ui, palette)) confirm_delete_one_ = false;
    }
}

// [SECTION] Delete all my data

HistoryOutcome HistoryView::draw_delete_all(SessionStore& store, const kit::Fonts& fonts,
                                            const kit::Palette& palette) {
    if (!confirm_delete_all_) {
        if (kit::small_button("Delete all my data", fonts.ui, palette)) confirm_delete_all_ = true;
        return HistoryOutcome::none;
    }
    kit::wrapped_text(fonts.ui,
                      "This deletes every saved session, journal entry and transcript in " +
                          store.root().string() +
                          ", including this session. Your comfort settings and crisis lines stay. "
                          "It cannot be undone.",
                      palette.text);
    if (kit::small_button("Yes, delete everything", fonts.ui, palette, &palette.help)) {
        StoreStatus st = store.remove_all();
        refresh(store);
        message_ = st.ok ? std::string() : st.message; // on success the player says so
        return st.ok ? HistoryOutcome::deleted_all : HistoryOutcome::none;
    }
    kit::same_line_if_fits("Keep my data", fonts.ui);
    if (kit::small_button("Keep my data", fonts.ui, palette)) confirm_delete_all_ = false;
    return HistoryOutcome::none;
}

HistoryOutcome HistoryView::draw(SessionStore& store, const Flow* flow, const kit::Fonts& fonts,
                                 const kit::Palette& palette, Intent& intent) {
    kit::wrapped_text(fonts.heading, "Your sessions", palette.text);
    kit::wrapped_text(fonts.small, "Kept only on this computer, in " + store.root().string() + ".",
                      palette.text_soft);
    kit::gap(0.3f);
    draw_plot(fonts, palette);
    kit::gap(0.3f);
    if (sessions_.empty()) kit::wrapped_text(fonts.ui, "No saved sessions.", palette.text_soft);
    draw_list(flow, fonts, palette);
    for (const std::string& p : problems_)
        kit::wrapped_text(fonts.small, "Could not read " + p, palette.text_soft);
    kit::gap(0.3f);
    draw_selected_actions(store, flow, fonts, palette);
    if (!message_.empty()) kit::wrapped_text(fonts.ui, message_, palette.text);
    kit::gap(0.5f);
    HistoryOutcome outcome = draw_delete_all(store, fonts, palette);
    kit::gap(0.3f);
    if (kit::small_button("Done", fonts.ui, palette)) intent.panel = Panel::none;
    return outcome;
}

} // namespace heartflow::player

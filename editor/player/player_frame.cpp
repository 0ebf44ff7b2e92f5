// The player's frame: a full-window ImGui window for the bars (top: flow title, "Get help now",
// "Pause"; bottom: Back, the panels, key hints) and, over it, a centred reading-column window
// (node, ending, panel or notice screen). Rectangles come from the main viewport each frame.
#include "player/player.h"

#include "kit/widgets.h"
#include "player/comfort_view.h"
#include "player/ending_view.h"
#include "player/flow_breadcrumb.h"
#include "player/help_view.h"
#include "player/key_hints.h"
#include "player/node_view.h"
#include "player/notice_views.h"

#include <algorithm>
#include <cctype>
#include <cfloat>

namespace heartflow::player {

namespace {

float bar_height(const kit::Fonts& fonts) {
    return fonts.ui->FontSize + 2 * ImGui::GetStyle().FramePadding.y +
           2 * ImGui::GetStyle().WindowPadding.y;
}

// The one-line key hints show only when the window is tall enough to spare the line (at large
// text sizes the room goes to the step's choices).
bool shows_key_hints(const kit::Fonts& fonts, float window_height) {
    return window_height >= 600.0f && fonts.small->FontSize * 30.0f <= window_height;
}

// Height kept for the bottom bar (and the hints under it) in a window this tall.
float bottom_height(const kit::Fonts& fonts, float window_height) {
    const ImGuiStyle& style = ImGui::GetStyle();
    float hints =
        shows_key_hints(fonts, window_height) ? fonts.small->FontSize + style.ItemSpacing.y : 0.0f;
    return bar_height(fonts) + hints + style.ItemSpacing.y;
}

// The footer's hints that fit, centred at the bottom.
void draw_key_hints(const kit::Fonts& fonts, const kit::Palette& p, const ImVec2& size,
                    const HintContext& context) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const std::string line =
        hint_line(footer_hints(context), fonts.small, size.x - 2 * style.WindowPadding.x);
    const float w = fonts.small->CalcTextSizeA(fonts.small->FontSize, FLT_MAX, 0, line.c_str()).x;
    ImGui::SetCursorPos(
        ImVec2((size.x - w) * 0.5f, size.y - fonts.small->FontSize - style.WindowPadding.y * 1.5f));
    ImGui::PushFont(fonts.small);
    ImGui::PushStyleColor(ImGuiCol_Text, p.text_soft);
    ImGui::TextUnformatted(line.c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

} // namespace

void Player::draw_top_bar(const kit::Fonts& fonts, Intent& intent) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const kit::Palette& p = kit::palette(comfort().theme);
    const float width = ImGui::GetWindowWidth();
    const bool has_help = !preview_ || (session_ && session_->program().help.has_value());
    const char* pause = preview_ ? "Stop" : "Pause";
    float right = kit::button_width(pause, fonts.ui) + style.WindowPadding.x;
    if (has_help) right += kit::button_width("Get help now", fonts.ui) + style.ItemSpacing.x;
    ImGui::SetCursorPos(style.WindowPadding);
    ImGui::PushFont(fonts.ui);
    float title_room = width - right - 2 * style.WindowPadding.x;
    std::string title = loaded_.flow ? loaded_.flow->info.title : std::string("heartflow");
    if (session_ && session_->current()) // inside a flow a detour opened, name that one
        if (std::string in = other_flow_words(session_->program(), *session_->current());
            !in.empty())
            title = std::move(in);
    if (title_room > fonts.ui->FontSize * 4) {
        ImGui::SetCursorPosY(style.WindowPadding.y + style.FramePadding.y);
        ImGui::PushStyleColor(ImGuiCol_Text, p.text_soft);
        // A title too long for its room ends in "…", never cut through a letter.
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const ImVec2 end{at.x + title_room, at.y + ImGui::GetTextLineHeight()};
        ImGui::RenderTextEllipsis(ImGui::GetWindowDrawList(), at, end, end.x, end.x, title.c_str(),
                                  nullptr, nullptr);
        ImGui::Dummy({title_room, end.y - at.y});
        ImGui::PopStyleColor();
    }
    ImGui::PopFont();
    ImGui::SetCursorPos(ImVec2(width - right, style.WindowPadding.y));
    if (has_help) {
        if (kit::small_button("Get help now", fonts.ui, p, &p.help)) intent.help = true;
        ImGui::SameLine();
    }
    if (kit::small_button(pause, fonts.ui, p)) intent.pause = true;
}

void Player::draw_bottom_bar(const kit::Fonts& fonts, Intent& intent) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const kit::Palette& p = kit::palette(comfort().theme);
    const ImVec2 size = ImGui::GetWindowSize();
    ImGui::SetCursorPos(
        ImVec2(style.WindowPadding.x, size.y - bottom_height(fonts, size.y) + style.ItemSpacing.y));
    // Full labels when they fit beside each other, else short ones (the window is at least 640
    // wide).
    const char* full[] = {"\xe2\x86\x90 Back", "Your words", "History", "Comfort"};
    const char* brief[] = {"\xe2\x86\x90", "Words", "History", "Comfort"};
    float total_full = 0;
    for (const char* l : full)
        total_full += kit::button_width(l, fonts.ui) + style.ItemSpacing.x * 2;
    const char* const* labels = total_full < size.x - 2 * style.WindowPadding.x ? full : brief;
    const bool walking = screen_ == Screen::walking && panel_ == Panel::none && session_;
    ImGui::BeginDisabled(!walking || session_->path().size() < 2);
    if (kit::small_button(labels[0], fonts.ui, p)) intent.back = true;
    ImGui::EndDisabled();
    const Panel panels[] = {Panel::words, Panel::history, Panel::comfort};
    float right = 0;
    for (int i = 1; i < 4; ++i)
        right += kit::button_width(labels[i], fonts.ui) + style.ItemSpacing.x;
    const float after_back =
        ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x + style.ItemSpacing.x;
    ImGui::SameLine(
        std::max(after_back, size.x - style.WindowPadding.x - right + style.ItemSpacing.x));
    for (int i = 0; i < 3; ++i) {
        if (i > 0) ImGui::SameLine();
        if (kit::small_button(labels[i + 1], fonts.ui, p))
            intent.panel = panel_ == panels[i] ? Panel::none : panels[i];
    }
    if (!shows_key_hints(fonts, size.y)) return;
    HintContext context;
    context.choices =
        walking && session_->status() == SessionStatus::at_node ? session_->choices().size() : 0;
    context.typing = ImGui::GetIO().WantTextInput;
    context.can_go_back = walking && session_->path().size() > 1;
    context.panel_open = panel_ != Panel::none;
    context.preview = preview_;
    if (walking && session_->status() == SessionStatus::finished && session_->on_help_path()) {
        context.enter_does = help_ending_action(*session_); // Enter takes the way back
        context.enter_does[0] = static_cast<char>(std::tolower(context.enter_does[0]));
    }
    draw_key_hints(fonts, p, size, context);
}

void Player::draw_walk(const kit::Fonts& fonts, Intent& intent, double now) {
    const kit::Palette& p = kit::palette(comfort().theme);
    ImGui::PushID(static_cast<int>(session_->path().size())); // fresh widget ids at each step
    if (session_->status() == SessionStatus::finished && session_->on_help_path()) {
        draw_help_ending(*session_, help_lines_, fonts, p, intent, drawn_);
    } else if (session_->status() == SessionStatus::finished) {
        draw_ending(*session_, fonts, p, intent, drawn_);
    } else {
        const float measured = text_height_;
        NodeViewContext ctx{*session_,
                            fonts,
                            p,
                            comfort().reduced_motion,
                            now - node_entered_at_,
                            focus_journal_,
                            journal_,
                            help_lines_,
                            text_height_,
                            drawn_};
        focus_journal_ = false;
        scene_.pacer = draw_node(ctx, intent);
        settling_ = measured != text_height_;
    }
    ImGui::PopID();
}

void Player::draw_words_panel(const kit::Fonts& fonts, Intent& intent) {
    const kit::Palette& p = kit::palette(comfort().theme);
    // "Done" stays on screen beside the heading; the words under it scroll.
    kit::wrapped_text(fonts.heading, "Your words so far", p.text);
    ImGui::SameLine(ImGui::GetContentRegionMax().x - kit::button_width("Done", fonts.ui));
    if (kit::small_button("Done", fonts.ui, p)) intent.panel = Panel::none;
    ImGui::BeginChild("##words", ImVec2(0, 0), false, ImGuiWindowFlags_NavFlattened);
    if (!session_ || draw_words(*session_, fonts, p, std::nullopt) == 0)
        kit::wrapped_text(
            fonts.ui, "Nothing written yet. What you write at the reflection steps shows up here.",
            p.text_soft);
    ImGui::EndChild();
}

void Player::draw_column(const kit::Fonts& fonts, Intent& intent, double now) {
    const kit::Palette& p = kit::palette(comfort().theme);
    if (!notice_.empty() && now < notice_until_) {
        kit::wrapped_text(fonts.ui, notice_, p.focus);
        kit::gap(0.3f);
    }
    if ((screen_ == Screen::choose_flow || screen_ == Screen::flow_errors) &&
        panel_ == Panel::help) {
        draw_help_panel(help_lines_, fonts, p, intent, drawn_);
        return;
    }
    if (screen_ == Screen::choose_flow) {
        chooser_.draw(catalog_, fonts, p, intent, drawn_);
        return;
    }
    if (screen_ == Screen::flow_errors) {
        draw_flow_errors(options_.flow_file, errors_, session_ != nullptr, fonts, p, intent);
        return;
    }
    switch (panel_) {
    case Panel::words:
        draw_words_panel(fonts, intent);
        return;
    case Panel::keys:
        draw_keys_panel(fonts, p, intent);
        return;
    case Panel::history:
        if (history_.draw(store_, loaded_.flow.get(), fonts, p, intent) ==
            HistoryOutcome::deleted_all) {
            start_fresh();
            set_notice("All your data is deleted. This is a fresh start.", now);
        }
        return;
    case Panel::comfort:
        draw_comfort(comfort(), comfort_file_.string(), fonts, p, intent);
        return;
    case Panel::help:
        draw_help_panel(help_lines_, fonts, p, intent, drawn_);
        return;
    case Panel::help_lines:
        if (auto lines = help_setup_.draw(fonts, p, intent)) save_help_lines(*lines, now);
        return;
    case Panel::paused:
        draw_paused(fonts, p, intent, drawn_);
        return;
    case Panel::none:
        break;
    }
    if (screen_ == Screen::resume_offer) {
        const std::string& id = resume_->snapshot.path.back().node;
        const Node* n = loaded_.flow->find_node(id);
        draw_resume_offer(*resume_, n ? n->display_title() : id, fonts, p, intent);
        return;
    }
    if (session_) draw_walk(fonts, intent, now);
}

void Player::frame(const kit::Fonts& fonts, std::span<const KeyCommand> keys, double now) {
    const kit::ComfortSettings c = comfort();
    if (applied_theme_ != c.theme || applied_ui_size_ != fonts.ui->FontSize) {
        kit::apply_theme(c.theme, fonts.ui->FontSize / 20.0f);
        applied_theme_ = c.theme;
        applied_ui_size_ = fonts.ui->FontSize;
    }
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    draw_frame(fonts, keys, now, vp->WorkPos, vp->WorkSize);
}

void Player::frame_in(const kit::Fonts& fonts, std::span<const KeyCommand> keys, double now,
                      ImVec2 pos, ImVec2 size) {
    // The host (the editor) keeps its own style: the player's theme holds for these windows only.
    const ImGuiStyle host_style = ImGui::GetStyle();
    const bool host_blink = ImGui::GetIO().ConfigInputTextCursorBlink;
    const kit::ComfortSettings c = comfort();
    kit::apply_theme(c.theme, fonts.ui->FontSize / 20.0f);
    draw_frame(fonts, keys, now, pos, size);
    ImDrawList* under = ImGui::GetBackgroundDrawList();
    under->PushClipRect(pos, ImVec2(pos.x + size.x, pos.y + size.y));
    const ImU32 top = ImGui::ColorConvertFloat4ToU32(scene_.top),
                bottom = ImGui::ColorConvertFloat4ToU32(scene_.bottom);
    under->AddRectFilledMultiColor(pos, ImVec2(pos.x + size.x, pos.y + size.y), top, top, bottom,
                                   bottom);
    if (scene_.pacer) add_pacer_shape(*under, *scene_.pacer);
    under->PopClipRect();
    ImGui::GetStyle() = host_style;
    ImGui::GetIO().ConfigInputTextCursorBlink = host_blink;
}

void Player::draw_frame(const kit::Fonts& fonts, std::span<const KeyCommand> keys, double now,
                        ImVec2 pos, ImVec2 size) {
    const kit::ComfortSettings c = comfort();
    ImGui::GetIO().ConfigInputTextCursorBlink = !c.reduced_motion;
    poll_file(now);
    track_changes(now);
    const kit::Palette& p = kit::palette(c.theme);
    scene_ = Scene{p.background_top, p.background_bottom, p.glow, !c.reduced_motion, std::nullopt};

    Intent intent;
    keys_to_intent(keys, intent);
    kit::begin_widgets_frame();
    ImGui::SetNextWindowPos(pos);
    ImGui::SetNextWindowSize(size);
    const ImGuiWindowFlags fixed = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize |
                                   ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoCollapse |
                                   ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NoSavedSettings;
    ImGui::Begin("##bars", nullptr,
                 fixed | ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoBringToFrontOnFocus);
    draw_top_bar(fonts, intent);
    draw_bottom_bar(fonts, intent);
    ImGui::End();

    // The reading column is its own window so that arrow keys and Space move through its
    // buttons; it takes the keyboard whenever the step or the panel changes.
    const ImGuiStyle& style = ImGui::GetStyle();
    const float top = bar_height(fonts) + style.ItemSpacing.y;
    const float bottom = bottom_height(fonts, size.y);
    const float column = std::min(size.x - 2 * style.WindowPadding.x, fonts.body->FontSize * 30.0f);
    ImGui::SetNextWindowPos(ImVec2(pos.x + (size.x - column) * 0.5f, pos.y + top));
    ImGui::SetNextWindowSize(ImVec2(column, std::max(100.0f, size.y - top - bottom)));
    if (focus_column_) ImGui::SetNextWindowFocus();
    focus_column_ = false;
    ImGui::Begin("##column", nullptr, fixed);
    if (scroll_to_top_) ImGui::SetScrollY(0.0f);
    scroll_to_top_ = false;
    drawn_ = DrawnLayout{};
    drawn_.column_min = ImGui::GetWindowPos();
    drawn_.column_max = ImVec2(ImGui::GetWindowPos().x + ImGui::GetWindowWidth(),
                               ImGui::GetWindowPos().y + ImGui::GetWindowHeight());
    settling_ = false;
    kit::gap(0.3f);
    draw_column(fonts, intent, now);
    ImGui::End();
    if (kit::enter_taken_by_widget()) intent.confirm = false;
    if (intent.panel || screen_ != shown_screen_) focus_column_ = true;
    shown_screen_ = screen_;
    apply(intent, now);
}

} // namespace heartflow::player

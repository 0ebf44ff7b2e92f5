// The window player's help screens.
#include "player/help_view.h"

#include "kit/widgets.h"
#include "player/action_footer.h"

#include <imgui_stdlib.h>

namespace heartflow::player {

namespace {

// The padding of a help screen's main button: roomy unless the column is short for its font.
float way_back_padding(const kit::Fonts& fonts) {
    return ImGui::GetContentRegionAvail().y > fonts.body->FontSize * 16.0f ? 0.7f : 0.4f;
}

// The way back from help: the main button of a help screen, kept at the bottom of the column.
// Returns true when pressed.
bool draw_way_back(const char* id, std::string_view label, const kit::Fonts& fonts,
                   const kit::Palette& palette, float padding, DrawnLayout& drawn) {
    const bool pressed = kit::choice_button(id, label, std::nullopt, fonts.body, palette, padding);
    drawn.actions.emplace_back(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    return pressed;
}

// The height the way back takes with `label` and `padding`, in the current column.
float way_back_height(std::string_view label, const kit::Fonts& fonts, float padding) {
    return kit::choice_button_height(label, false, fonts.body, padding,
                                     ImGui::GetContentRegionAvail().x);
}

} // namespace

void draw_help_lines(const HelpLines& lines, const kit::Fonts& fonts, const kit::Palette& palette,
                     Intent& intent) {
    HelpShown shown = help_to_show(lines);
    kit::wrapped_text(fonts.heading, shown.heading, palette.text);
    for (const std::string& line : shown.lines)
        kit::wrapped_text(fonts.body, line, palette.text);
    if (lines.personal.empty()) { // how to add local lines: after the help, smaller
        kit::gap(0.2f);
        if (kit::small_button(kSetUpHelpLinesLabel.data(), fonts.ui, palette))
            intent.panel = Panel::help_lines;
    }
    kit::gap(0.5f);
}

std::string_view help_ending_action(const Session& session) {
    for (const PathStep& step : session.path())
        if (!session.program().on_help_path(step.node)) return kBackToFlowLabel;
    return "Begin the flow";
}

void draw_help_ending(const Session& session, const HelpLines& lines, const kit::Fonts& fonts,
                      const kit::Palette& palette, Intent& intent, DrawnLayout& drawn) {
    const std::string_view label = help_ending_action(session);
    const float padding = way_back_padding(fonts);
    begin_above_footer("##help_ending", way_back_height(label, fonts, padding));
    draw_help_lines(lines, fonts, palette, intent);
    kit::wrapped_text(fonts.body, session.current_text(), palette.text);
    kit::gap(0.4f);
    kit::wrapped_text(fonts.ui, kHelpEndingSentence, palette.text_soft);
    end_above_footer();
    if (draw_way_back("##back_to_flow", label, fonts, palette, padding, drawn)) {
        if (label == kBackToFlowLabel)
            intent.leave_help = true;
        else
            intent.restart = true;
    }
}

void draw_help_panel(const HelpLines& lines, const kit::Fonts& fonts, const kit::Palette& palette,
                     Intent& intent, DrawnLayout& drawn) {
    const float padding = way_back_padding(fonts);
    begin_above_footer("##help", way_back_height(kBackToFlowLabel, fonts, padding));
    draw_help_lines(lines, fonts, palette, intent);
    end_above_footer();
    if (draw_way_back("##back_to_flow", kBackToFlowLabel, fonts, palette, padding, drawn))
        intent.panel = Panel::none;
}

void draw_paused(const kit::Fonts& fonts, const kit::Palette& palette, Intent& intent,
                 DrawnLayout& drawn) {
    constexpr std::string_view go_on = "Go on where I was";
    const float padding = way_back_padding(fonts);
    const float width = ImGui::GetContentRegionAvail().x;
    begin_above_footer("##paused", way_back_height(go_on, fonts, padding) +
                                       ImGui::GetStyle().ItemSpacing.y +
                                       small_buttons_height({"Close heartflow"}, fonts.ui, width));
    kit::wrapped_text(fonts.heading, "Paused. Your place is saved.", palette.text);
    kit::wrapped_text(
        fonts.body,
        "You can close this window now and come back whenever you like. This flow will open where "
        "you left it, with your words kept.",
        palette.text);
    end_above_footer();
    if (draw_way_back("##go_on", go_on, fonts, palette, padding, drawn)) intent.panel = Panel::none;
    if (kit::small_button("Close heartflow", fonts.ui, palette)) intent.close = true;
    drawn.actions.emplace_back(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
}

void HelpLinesSetup::open(const std::vector<std::string>& current) {
    text_.clear();
    for (const std::string& line : current)
        text_ += line + "\n";
    focus_ = true;
}

std::optional<std::vector<std::string>>
HelpLinesSetup::draw(const kit::Fonts& fonts, const kit::Palette& palette, Intent& intent) {
    kit::wrapped_text(fonts.heading, kSetUpHelpLinesLabel, palette.text);
    kit::wrapped_text(
        fonts.ui,
        "Write the crisis lines, services or people you can reach where you live, one on each "
        "line: "
        "who they are, and how to reach them. They show first whenever you press Get help now.",
        palette.text);
    kit::wrapped_text(fonts.small,
                      "They are kept only on this computer, where only you can read them.",
                      palette.text_soft);
    kit::gap(0.3f);
    ImGui::PushFont(fonts.body);
    if (focus_) ImGui::SetKeyboardFocusHere();
    focus_ = false;
    ImGui::InputTextMultiline("##help_lines", &text_, ImVec2(-1.0f, fonts.body->FontSize * 6.0f));
    kit::focus_ring(palette);
    ImGui::PopFont();
    kit::gap(0.3f);
    kit::wrapped_text(fonts.small, "Enter starts a new line. Ctrl+Enter saves.", palette.text_soft);
    std::optional<std::vector<std::string>> saved;
    if (kit::small_button("Save", fonts.ui, palette) || intent.confirm_panel) {
        saved.emplace();
        std::size_t from = 0;
        while (from <= text_.size()) {
            std::size_t end = text_.find('\n', from);
            if (end == std::string::npos) end = text_.size();
            saved->push_back(text_.substr(from, end - from));
            from = end + 1;
        }
        intent.panel = Panel::none;
    }
    kit::same_line_if_fits("Cancel", fonts.ui);
    if (kit::small_button("Cancel", fonts.ui, palette)) intent.panel = Panel::none;
    return saved;
}

} // namespace heartflow::player

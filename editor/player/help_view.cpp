// The window player's help screens.
#include "player/help_view.h"

#include "kit/widgets.h"

#include <imgui_stdlib.h>

namespace heartflow::player {

namespace {

// The way back from help to where the person was: the main button of a help screen.
void draw_way_back(const char* id, bool can_leave, const kit::Fonts& fonts,
                   const kit::Palette& palette, Intent& intent) {
    std::string label = can_leave ? std::string(kBackToFlowLabel) : std::string("Begin the flow");
    if (kit::choice_button(id, label, std::nullopt, fonts.body, palette)) {
        if (can_leave)
            intent.leave_help = true;
        else
            intent.restart = true;
    }
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

void draw_help_ending(const Session& session, const HelpLines& lines, const kit::Fonts& fonts,
                      const kit::Palette& palette, Intent& intent) {
    draw_help_lines(lines, fonts, palette, intent);
    kit::wrapped_text(fonts.body, session.current_text(), palette.text);
    kit::gap(0.4f);
    kit::wrapped_text(fonts.ui, kHelpEndingSentence, palette.text_soft);
    kit::gap(0.5f);
    bool can_leave = false;
    for (const PathStep& step : session.path())
        can_leave = can_leave || !session.program().on_help_path(step.node);
    draw_way_back("##back_to_flow", can_leave, fonts, palette, intent);
}

void draw_help_panel(const HelpLines& lines, const kit::Fonts& fonts, const kit::Palette& palette,
                     Intent& intent) {
    draw_help_lines(lines, fonts, palette, intent);
    if (kit::choice_button("##back_to_flow", kBackToFlowLabel, std::nullopt, fonts.body, palette))
        intent.panel = Panel::none;
}

void draw_paused(const kit::Fonts& fonts, const kit::Palette& palette, Intent& intent) {
    kit::wrapped_text(fonts.heading, "Paused. Your place is saved.", palette.text);
    kit::wrapped_text(
        fonts.body,
        "You can close this window now and come back whenever you like. This flow will open where "
        "you left it, with your words kept.",
        palette.text);
    kit::gap(0.5f);
    if (kit::choice_button("##go_on", "Go on where I was", std::nullopt, fonts.body, palette))
        intent.panel = Panel::none;
    if (kit::small_button("Close heartflow", fonts.ui, palette)) intent.close = true;
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

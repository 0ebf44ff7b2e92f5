// The closing screen and the person's words.
#include "player/ending_view.h"

#include "heartflow/transcript.h"
#include "kit/widgets.h"
#include "player/action_footer.h"
#include "player/flow_breadcrumb.h"

namespace heartflow::player {

namespace {

void draw_path(const Session& session, const kit::Fonts& fonts, const kit::Palette& palette) {
    const Program& program = session.program();
    auto path = session.path();
    std::string summary;
    std::string in_flow; // the flow the steps listed are in, named when it changes
    for (std::size_t i = 0; i < path.size(); ++i) {
        const Node& node = program.node(path[i].node);
        if (std::string in = other_flow_words(program, path[i].node); in != in_flow) {
            in_flow = in;
            summary += (in.empty() ? "back in: " + program.flow->info.title : in) + "\n";
        }
        std::string answer;
        if (path[i].left_by && *path[i].left_by < node.choices.size())
            answer = program.nodes[path[i].node.value].choices[*path[i].left_by].label.render(
                session.variables());
        summary +=
            std::to_string(i + 1) + ". " + step_with_answer(node.display_title(), answer) + "\n";
    }
    kit::wrapped_text(fonts.ui, summary, palette.text_soft);
}

void draw_ratings(Session& session, const kit::Fonts& fonts, const kit::Palette& palette) {
    kit::wrapped_text(fonts.ui, "How big does it feel now, from 0 to 10?", palette.text);
    if (auto r = kit::rating_strip("after", session.check_in(CheckIn::after), fonts, palette))
        session.set_check_in(CheckIn::after, *r);
    auto before = session.check_in(CheckIn::before), after = session.check_in(CheckIn::after);
    if (before) {
        std::string line = "At the start it felt like " + std::to_string(*before) + ".";
        if (after) line += " Now: " + std::to_string(*after) + ". Any number is fine.";
        kit::wrapped_text(fonts.small, line, palette.text_soft);
    }
}

constexpr const char* kSaveTranscript = "Save a transcript to bring to therapy (Ctrl+E)";
constexpr float kSavePadding = 0.45f;

// The height of the ending's actions with the main one in `font`, in `width`.
float actions_height(ImFont* font, const kit::Fonts& fonts, float width) {
    return kit::choice_button_height(kSaveTranscript, false, font, kSavePadding, width) +
           ImGui::GetStyle().ItemSpacing.y +
           small_buttons_height({"Copy transcript", "Start again", "Close"}, fonts.ui, width);
}

// The ending's actions, kept at the bottom of the column.
void draw_actions(ImFont* font, const kit::Fonts& fonts, const kit::Palette& palette,
                  Intent& intent, DrawnLayout& drawn) {
    auto kept = [&drawn] {
        drawn.actions.emplace_back(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    };
    if (kit::choice_button("##export", kSaveTranscript, std::nullopt, font, palette, kSavePadding))
        intent.export_transcript = true;
    kept();
    if (kit::small_button("Copy transcript", fonts.ui, palette)) intent.copy_transcript = true;
    kept();
    kit::same_line_if_fits("Start again", fonts.ui);
    if (kit::small_button("Start again", fonts.ui, palette)) intent.restart = true;
    kept();
    kit::same_line_if_fits("Close", fonts.ui);
    if (kit::small_button("Close", fonts.ui, palette)) intent.close = true;
    kept();
}

} // namespace

std::size_t draw_words(const Session& session, const kit::Fonts& fonts, const kit::Palette& palette,
                       std::optional<NodeIndex> except) {
    std::size_t drawn = 0;
    for (const auto& [node, text] : session.journal_entries()) {
        if (except && node == *except) continue;
        kit::wrapped_text(fonts.ui, session.program().node(node).display_title(),
                          palette.text_soft);
        kit::wrapped_text(fonts.body, text, palette.text);
        kit::gap(0.4f);
        ++drawn;
    }
    return drawn;
}

void draw_ending(Session& session, const kit::Fonts& fonts, const kit::Palette& palette,
                 Intent& intent, DrawnLayout& drawn) {
    // The actions stay in view under the words, in the smaller font when the column is short.
    const ImVec2 room = ImGui::GetContentRegionAvail();
    ImFont* font =
        actions_height(fonts.body, fonts, room.x) <= room.y * 0.3f ? fonts.body : fonts.ui;
    begin_above_footer("##ending", actions_height(font, fonts, room.x));
    kit::wrapped_text(fonts.body, session.current_text(), palette.text);
    kit::gap(0.6f);
    if (!session.program().check_in_after) { // else the flow asked it with a scale step
        draw_ratings(session, fonts, palette);
        kit::gap(0.6f);
    }
    if (!session.journal_entries().empty()) {
        kit::wrapped_text(fonts.heading, "In your own words", palette.text);
        draw_words(session, fonts, palette, std::nullopt);
    }
    kit::wrapped_text(fonts.heading, "The way you came", palette.text);
    draw_path(session, fonts, palette);
    end_above_footer();
    draw_actions(font, fonts, palette, intent, drawn);
}

} // namespace heartflow::player

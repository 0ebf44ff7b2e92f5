// The ordered text blocks of the current step.
#include "present/step_blocks.h"

namespace heartflow::present {

HelpBlock help_block(const HelpLines& lines) {
    if (!lines.empty()) return {std::string(kHelpLinesHeading), lines.all()};
    const DefaultHelpText text = default_help_text();
    return {std::string(text.heading), {text.steps.begin(), text.steps.end()}};
}

const char* step_kind_words(NodeKind kind) {
    switch (kind) {
    case NodeKind::question:
        return "A question with choices";
    case NodeKind::prompt:
        return "Something to think about";
    case NodeKind::reflection:
        return "A writing step";
    case NodeKind::body_check:
        return "A check-in with the body";
    case NodeKind::breathing:
        return "A breathing exercise";
    case NodeKind::ending:
        return "An ending";
    case NodeKind::route:
        return "A turn the flow takes by itself";
    case NodeKind::detour:
    case NodeKind::handover:
        return "Another flow";
    case NodeKind::scale:
        return "A rating on a scale";
    case NodeKind::pick:
        return "Picking all that fit";
    }
    return "A step";
}

std::vector<StepBlock> step_blocks(const PresentController& show, const HelpBlock& help,
                                   bool with_help) {
    const Session& s = show.session();
    std::vector<StepBlock> blocks;
    if (!s.current()) return blocks;
    if (with_help && s.on_help_path()) {
        blocks.push_back({BlockRole::help_heading, help.heading});
        for (const std::string& line : help.lines)
            blocks.push_back({BlockRole::help_line, line});
    }
    blocks.push_back({BlockRole::title, s.program().node(*s.current()).display_title()});
    blocks.push_back({BlockRole::text, show.node_text()});
    if (s.program().node(*s.current()).kind == NodeKind::scale) // the rating so far, in words
        for (std::string& row : show.answer_rows())
            blocks.push_back({BlockRole::text, std::move(row)});
    if (s.status() == SessionStatus::finished && s.on_help_path())
        blocks.push_back({BlockRole::help_ending, std::string(kHelpEndingSentence)});
    if (show.at_help_ending())
        blocks.push_back({BlockRole::way_back, std::string(kBackToFlowLabel)});
    return blocks;
}

} // namespace heartflow::present

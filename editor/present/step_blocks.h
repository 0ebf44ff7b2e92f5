// The text blocks of the current step, in the order a present-mode view shows them: on the help
// path the help lines come first (under their heading, or the default help text when none are set
// up), then the step's title and text, and on a help-path ending the calm sentence and the way
// back. Pure: both views draw from this list, and tests read it without drawing.
#pragma once

#include "heartflow/help_lines.h"
#include "present/present_controller.h"

#include <string>
#include <vector>

namespace heartflow::present {

/// The help lines as a view shows them: the gathered lines under kHelpLinesHeading, or with none,
/// the default help text's heading and steps. Plain data, made once when the show starts.
struct HelpBlock {
    std::string heading;            ///< The heading above the lines.
    std::vector<std::string> lines; ///< One line (or default step) each.
};

/// The help block for `lines` (the default help text when `lines` is empty).
[[nodiscard]] HelpBlock help_block(const HelpLines& lines);

/// What a block is, so that each view sets it in its own type.
enum class BlockRole {
    help_heading, ///< The help block's heading.
    help_line,    ///< One help line (or default step).
    title,        ///< The step's title.
    text,         ///< The step's text, placeholders filled.
    help_ending,  ///< kHelpEndingSentence, on a help-path ending.
    way_back,     ///< kBackToFlowLabel, on a help-path ending of a walk (next takes it).
};

/// One block of text and what it is.
struct StepBlock {
    BlockRole role;   ///< What it is.
    std::string text; ///< What it says.
    friend bool operator==(const StepBlock&, const StepBlock&) = default;
};

/// What a step of `kind` is, in words a host reads ("A breathing exercise"), never the kind's
/// name in the file.
[[nodiscard]] const char* step_kind_words(NodeKind kind);

/// The blocks of the current step; the help block is left out when `with_help` is false (the
/// audience window while the host hides the lines from air).
[[nodiscard]] std::vector<StepBlock> step_blocks(const PresentController& show,
                                                 const HelpBlock& help, bool with_help);

} // namespace heartflow::present

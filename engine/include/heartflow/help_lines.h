// Help lines: the people a person can reach now, shown first on every step of a flow's help path
// by every player. Two sources, both shown, the person's own first: their file
// $XDG_CONFIG_HOME/heartflow/crisis-resources.txt (one line each, '#' starts a comment line) and
// the flow's `help_lines`. No number is built into the program: with no lines at all, every
// player shows default_help_text(), which helps anywhere.
#pragma once

#include "heartflow/atomic_file.h"
#include "heartflow/config_dir.h"
#include "heartflow/flow.h"

#include <cstddef>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace heartflow {

/// The name of the person's help lines file inside the config folder.
inline constexpr std::string_view kHelpLinesFileName = "crisis-resources.txt";

/// The longest help line, in bytes, a flow or the person's file may hold.
inline constexpr std::size_t kMaxHelpLineBytes = 240;

/// The most help lines read from one source.
inline constexpr std::size_t kMaxHelpLines = 40;

/// The person's help lines file: `config_dir`/crisis-resources.txt.
[[nodiscard]] std::filesystem::path help_lines_file(const std::filesystem::path& config_dir);

/// The lines of a help lines file: each line that is not blank and does not start with '#',
/// trimmed, in order, at most kMaxHelpLines, each cut to kMaxHelpLineBytes on a character
/// boundary. Empty when the file is missing or unreadable.
[[nodiscard]] std::vector<std::string> read_help_lines_file(const std::filesystem::path& file);

/// The text of a help lines file holding `lines` after a comment that says what the file is.
[[nodiscard]] std::string encode_help_lines_file(std::span<const std::string> lines);

/// Writes the person's help lines file atomically, 0600 in a 0700 folder; blank lines dropped.
[[nodiscard]] WriteStatus save_help_lines_file(const std::filesystem::path& file,
                                               std::span<const std::string> lines);

/// The lines a help path shows: the person's own, then the flow's.
struct HelpLines {
    std::vector<std::string> personal; ///< From the person's file.
    std::vector<std::string> flow;     ///< From the flow's `help_lines`.

    /// Every line to show, the person's first; a line held twice (in either source) is shown once.
    [[nodiscard]] std::vector<std::string> all() const;
    /// True when neither source has a line.
    [[nodiscard]] bool empty() const { return personal.empty() && flow.empty(); }
};

/// The flow's own `help_lines`, trimmed, blank ones left out.
[[nodiscard]] std::vector<std::string> flow_help_lines(const Flow& flow);

/// The person's lines from `personal_file` and the flow's own `help_lines`.
[[nodiscard]] HelpLines gather_help_lines(const Flow& flow,
                                          const std::filesystem::path& personal_file);

/// The heading above the lines.
inline constexpr std::string_view kHelpLinesHeading = "People you can reach now";

/// What every player shows when no lines are set up: a heading and plain steps that help
/// wherever the person is, with no number in them.
struct DefaultHelpText {
    std::string_view heading;                ///< The heading above the steps.
    std::span<const std::string_view> steps; ///< One sentence each.
};

/// The default help text (see DefaultHelpText).
[[nodiscard]] DefaultHelpText default_help_text();

/// What a help-path step shows first, before anything else.
struct HelpShown {
    std::string_view heading;       ///< kHelpLinesHeading, or the default text's heading.
    std::vector<std::string> lines; ///< The lines (HelpLines::all), or the default steps.
    bool is_default = false;        ///< True when no line is set up and the default is shown.
};

/// The lines to show, or the default text when there are none.
[[nodiscard]] HelpShown help_to_show(const HelpLines& lines);

/// The calm sentence on a help-path ending, after the lines and before the way back.
inline constexpr std::string_view kHelpEndingSentence =
    "You did something brave by reaching out. You can come back to this flow whenever you are "
    "ready.";

/// The label of the way back from a help-path ending to where the person left the flow.
inline constexpr std::string_view kBackToFlowLabel = "Back to where I was";

/// The label of the way to the player's screen for setting up local help lines.
inline constexpr std::string_view kSetUpHelpLinesLabel = "Set up local help lines";

} // namespace heartflow

// The terminal player's help: the help lines (the person's, then the flow's) or the default
// text, and setting up the person's own lines from the terminal (owner-only file).
#pragma once

#include "tty_io.h"

#include <heartflow/help_lines.h>

#include <filesystem>

namespace heartflow::cli {

/// The help lines of one flow, and the person's file they can be set up in.
class TtyHelp {
public:
    /// Gathers the lines of `flow` and of `personal_file` (empty: none, and no set-up).
    TtyHelp(const Flow& flow, std::filesystem::path personal_file);

    /// Prints the lines first (or the default text), then how to add a local line when the
    /// person has none yet.
    void show(TtyIo& io) const;
    /// True when the person can set up lines here.
    [[nodiscard]] bool can_set_up() const { return !file_.empty(); }
    /// Asks for lines, one a line until an empty one, and saves them with the ones kept before.
    void set_up(TtyIo& io);

private:
    std::filesystem::path file_;
    HelpLines lines_;
};

} // namespace heartflow::cli

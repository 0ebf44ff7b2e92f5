// The terminal player: plain lines only (no cursor tricks), so it reads well in a screen reader.
// It keeps sessions like the window player (same store and format), so a walk begun in one can
// be continued in the other.
#pragma once

#include <heartflow/program.h>

#include <cstdio>
#include <filesystem>
#include <memory>

namespace heartflow::cli {

/// How the terminal player talks to the person.
struct TtyOptions {
    bool interactive = true; ///< A person at a terminal: multi-line journaling, paced breathing.
    std::filesystem::path
        help_file; ///< The person's help lines file (shown first on the help path).
    std::filesystem::path
        data_dir;       ///< The person's session store (the window player's); empty: no saving.
    bool fresh = false; ///< Start at the beginning without offering to continue.
};

/// Plays `program` reading `in` and writing `out`; returns the exit code (0 also when the person
/// quits).
int run_tty_player(const std::shared_ptr<const Program>& program, std::FILE* in, std::FILE* out,
                   TtyOptions options);

} // namespace heartflow::cli

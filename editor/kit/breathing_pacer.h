// The timing of a breathing node: which phase of which round a moment falls in. No drawing;
// the player's pacer and present mode's breathing cue both follow it.
#pragma once

#include "heartflow/flow.h"

namespace heartflow::kit {

/// The four phases of a breath, in order.
enum class BreathPhase { in, hold_in, out, hold_out };

/// Where the pacer stands at one moment.
struct PacerState {
    BreathPhase phase = BreathPhase::in; ///< The current phase.
    int round = 1;                       ///< 1-based breath number, at most the round count.
    double seconds_left = 0.0;           ///< Seconds until the phase ends (rounded up for display).
    float fill = 0.0f;                   ///< Size of the breath, 0 (empty) to 1 (full), eased.
    bool done = false;                   ///< All rounds are over.
};

/// A breathing exercise: a pattern of four phases (seconds; zero-length phases are skipped) and
/// a number of rounds.
class BreathingPacer {
public:
    /// Makes a pacer; a pattern with no positive phase or rounds < 1 fall back to the defaults.
    BreathingPacer(BreathPattern pattern, int rounds);

    /// The state `seconds` after the exercise began (seconds >= 0).
    [[nodiscard]] PacerState at(double seconds) const;

    /// Seconds one breath takes.
    [[nodiscard]] double breath_seconds() const;
    /// Number of breaths.
    [[nodiscard]] int rounds() const { return rounds_; }
    /// The pattern in use.
    [[nodiscard]] const BreathPattern& pattern() const { return pattern_; }

private:
    BreathPattern pattern_;
    int rounds_;
};

/// What to say during a phase: "Breathe in", "Hold", "Breathe out", "Rest".
[[nodiscard]] const char* phase_words(BreathPhase phase);

} // namespace heartflow::kit

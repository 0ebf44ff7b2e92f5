// The audience window's breathing cue on a breathing step: a circle that grows as the audience
// breathes in and shrinks as they breathe out, with the words ("Breathe in", "Breathe out"),
// paced by the step's own pattern and rounds as the player's pacer is. With reduced motion the
// circle stands still and only the words change. Pure: tests read it at any moment.
#pragma once

#include "heartflow/flow.h"

#include <optional>
#include <string>

namespace heartflow::present {

/// The smallest size of the cue's circle, as a share of its full size.
inline constexpr float kLeastBreath = 0.35f;

/// What the breathing cue shows at one moment.
struct BreathingCue {
    std::string words;   ///< "Breathe in", "Hold gently", "Breathe out", "Rest"; then "Well done".
    std::string detail;  ///< "Breath 2 of 4"; "" once the rounds are over.
    float size = 1.0f;   ///< The circle's size, kLeastBreath (empty) to 1 (full).
    bool moving = false; ///< True while the circle grows or shrinks.
};

/// The cue `seconds` after a breathing step came on screen; empty for any other step.
[[nodiscard]] std::optional<BreathingCue> breathing_cue(const Node& node, double seconds,
                                                        bool reduced_motion);

} // namespace heartflow::present

// The breathing cue, from the kit's pacer.
#include "present/breathing_cue.h"

#include "kit/breathing_pacer.h"

namespace heartflow::present {

namespace {

// The still circle's fill with reduced motion, as the player's pacer holds it.
constexpr float kStillFill = 0.7f;

} // namespace

std::optional<BreathingCue> breathing_cue(const Node& node, double seconds, bool reduced_motion) {
    if (node.kind != NodeKind::breathing) return std::nullopt;
    const kit::BreathingPacer pacer(node.pattern.value_or(kDefaultBreathPattern),
                                    node.rounds.value_or(kDefaultBreathRounds));
    const kit::PacerState s = pacer.at(seconds);
    BreathingCue cue;
    cue.words = s.done ? "Well done" : kit::phase_words(s.phase);
    if (!s.done)
        cue.detail = "Breath " + std::to_string(s.round) + " of " + std::to_string(pacer.rounds());
    const float fill = reduced_motion || s.done ? kStillFill : s.fill;
    cue.size = kLeastBreath + (1.0f - kLeastBreath) * fill;
    cue.moving = !reduced_motion && !s.done;
    return cue;
}

} // namespace heartflow::present

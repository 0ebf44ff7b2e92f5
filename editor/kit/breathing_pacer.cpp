// Breathing pacer timing.
#include "kit/breathing_pacer.h"

#include <algorithm>
#include <cmath>

namespace heartflow::kit {

namespace {

// Smooth start and end of a breath: 0 -> 1 along half a cosine.
float ease(double t) {
    return static_cast<float>(0.5 - 0.5 * std::cos(std::clamp(t, 0.0, 1.0) * M_PI));
}

} // namespace

BreathingPacer::BreathingPacer(BreathPattern pattern, int rounds)
    : pattern_(pattern), rounds_(rounds >= 1 ? rounds : kDefaultBreathRounds) {
    bool any = false;
    for (double& s : pattern_) {
        if (!(s > 0.0)) s = 0.0;
        any = any || s > 0.0;
    }
    if (!any) pattern_ = kDefaultBreathPattern;
}

double BreathingPacer::breath_seconds() const {
    return pattern_[0] + pattern_[1] + pattern_[2] + pattern_[3];
}

PacerState BreathingPacer::at(double seconds) const {
    PacerState s;
    double breath = breath_seconds();
    if (seconds >= breath * rounds_) {
        s.phase = BreathPhase::hold_out;
        s.round = rounds_;
        s.done = true;
        return s;
    }
    seconds = std::max(0.0, seconds);
    s.round = static_cast<int>(seconds / breath) + 1;
    double into = seconds - (s.round - 1) * breath;
    for (int i = 0; i < 4; ++i) {
        if (into < pattern_[i] || i == 3) {
            s.phase = static_cast<BreathPhase>(i);
            s.seconds_left = std::max(0.0, pattern_[i] - into);
            double t = pattern_[i] > 0 ? into / pattern_[i] : 1.0;
            s.fill = i == 0 ? ease(t) : i == 1 ? 1.0f : i == 2 ? 1.0f - ease(t) : 0.0f;
            return s;
        }
        into -= pattern_[i];
    }
    return s;
}

const char* phase_words(BreathPhase phase) {
    switch (phase) {
    case BreathPhase::in:
        return "Breathe in";
    case BreathPhase::hold_in:
        return "Hold gently";
    case BreathPhase::out:
        return "Breathe out";
    case BreathPhase::hold_out:
        return "Rest";
    }
    return "";
}

} // namespace heartflow::kit

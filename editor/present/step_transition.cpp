// Easing between nodes.
#include "present/step_transition.h"

#include <algorithm>

namespace heartflow::present {

float ease_out(double since, double now, double seconds) {
    const double t = std::clamp((now - since) / seconds, 0.0, 1.0);
    const double u = 1.0 - t;
    return static_cast<float>(1.0 - u * u * u);
}

void StepTransition::track(const Session& session, double now) {
    const auto current = session.current();
    const std::optional<std::uint32_t> node =
        current ? std::optional(current->value) : std::nullopt;
    if (session.path().size() == steps_ && node == node_) return;
    from_ = node_;
    node_ = node;
    steps_ = session.path().size();
    since_ = now;
}

float StepTransition::progress(double now, bool reduced_motion) const {
    return reduced_motion ? 1.0f : ease_out(since_, now, kStepSeconds);
}

bool StepTransition::moving(double now, bool reduced_motion) const {
    return !reduced_motion && now - since_ < kStepSeconds;
}

} // namespace heartflow::present

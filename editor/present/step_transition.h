// Smooth changes between nodes: a view notes the session's step each frame and eases from the
// node before to the new one. With reduced motion every change is complete at once.
#pragma once

#include "heartflow/session.h"

#include <cstdint>
#include <optional>

namespace heartflow::present {

/// How long a change between nodes takes, in seconds.
inline constexpr double kStepSeconds = 0.45;

/// 0 at the start of a change, easing out to 1 at `seconds` after `since` (and after).
[[nodiscard]] float ease_out(double since, double now, double seconds);

/// Watches a session's current step for one view.
class StepTransition {
public:
    /// Notes the current step at steady time `now` (seconds); a different step starts a change.
    void track(const Session& session, double now);
    /// How far the change has come: 0 to 1; always 1 with `reduced_motion`.
    [[nodiscard]] float progress(double now, bool reduced_motion) const;
    /// True while a change is under way (frames should keep coming).
    [[nodiscard]] bool moving(double now, bool reduced_motion) const;
    /// Steady time in seconds when the current step came on screen.
    [[nodiscard]] double since() const { return since_; }
    /// The node shown before the change, if there was one.
    [[nodiscard]] std::optional<std::uint32_t> from() const { return from_; }

private:
    std::size_t steps_ = 0;
    std::optional<std::uint32_t> node_;
    std::optional<std::uint32_t> from_;
    double since_ = -1e9;
};

} // namespace heartflow::present

// The show notes of a live show: one timestamped line for each step the host takes, counted
// from when the host started the show timer (time while it is paused, such as an ad break, is
// not counted), and the Markdown to publish them. A SessionObserver with injected clocks, so it
// is tested without waiting.
#pragma once

#include "heartflow/session.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace heartflow {

/// Where the show timer stands.
enum class ShowTimerState {
    not_started, ///< Not started: every step is at 00:00 and counts as rehearsal.
    running,     ///< Counting.
    paused,      ///< Standing still (an ad break) until it runs again.
};

/// One line of the notes: a step (a node entered) or the start of a segment (a tour, a walk).
struct ShowNoteLine {
    std::int64_t at_ms = 0;        ///< Show time of the line, ms since the timer started.
    std::string text;              ///< The node's title, or the segment's name.
    std::optional<NodeIndex> node; ///< The node entered; empty for a segment heading.
    std::size_t step = 0;          ///< 0-based place of the step in the session's path.
};

/// A step undone with back() within this much show time was a slip: its line is dropped.
inline constexpr std::int64_t kSlipMs = 5000;

/// Show time as "mm:ss" under an hour and "h:mm:ss" from an hour on; negative counts as 0.
[[nodiscard]] std::string format_show_time(std::int64_t ms);

/// A steady clock in ms (never jumps when the wall clock is set), for timing shows.
[[nodiscard]] std::int64_t steady_clock_ms();

/// The notes of one show over one session.
class ShowNotes final : public SessionObserver {
public:
    /// Observes `session`, which must outlive this. `steady` times the show (ms); `wall` dates
    /// it (ms since the Unix epoch).
    explicit ShowNotes(Session& session, Clock steady = steady_clock_ms,
                       Clock wall = system_clock_ms);
    ~ShowNotes() override;
    ShowNotes(const ShowNotes&) = delete;
    ShowNotes& operator=(const ShowNotes&) = delete;

    /// Starts the timer or resumes it after a pause. The first start begins the notes again at
    /// 00:00 with the step on screen (steps before it were rehearsal).
    void run_timer();
    /// Pauses a running timer: show time stands still until run_timer().
    void pause_timer();
    /// Starts, pauses or resumes: whichever comes next.
    void toggle_timer();
    /// Where the timer stands.
    [[nodiscard]] ShowTimerState timer_state() const { return state_; }
    /// Show time now, in ms (0 before the timer starts).
    [[nodiscard]] std::int64_t elapsed_ms() const;
    /// Starts a named segment ("A tour of the flowchart"): a heading at the current show time.
    void begin_segment(std::string name);

    /// The lines so far, oldest first; show times never decrease.
    [[nodiscard]] const std::vector<ShowNoteLine>& lines() const { return lines_; }
    /// Grows with every change of the lines, so a caller can save only when they changed.
    [[nodiscard]] std::uint64_t revision() const { return revision_; }
    /// The notes as Markdown: a title, when the show was recorded, each segment as a heading
    /// and one "- mm:ss Title" line per step.
    [[nodiscard]] std::string markdown() const;

    /// Adds a line for the step (see the class comment); drops the line of a slipped step.
    void on_enter(NodeIndex node, std::size_t step) override;

private:
    void add_line(std::int64_t at, std::string text, std::optional<NodeIndex> node,
                  std::size_t step);

    Session& session_;
    Clock steady_;
    Clock wall_;
    ShowTimerState state_ = ShowTimerState::not_started;
    std::int64_t banked_ms_ = 0;     // show time counted before the current run
    std::int64_t running_since_ = 0; // steady time the current run began
    std::int64_t started_wall_ms_ = 0;
    int pauses_ = 0;
    std::optional<std::size_t> last_step_;
    std::string segment_;
    std::vector<ShowNoteLine> lines_;
    std::uint64_t revision_ = 0;
};

} // namespace heartflow

// The show notes of a live show: one timestamped line for each step the host takes, counted
// from the show's first step (the timer starts by itself; the host can restart it to match the
// recording, and time while it is paused, such as an ad break, is not counted), each walk and
// tour under its own heading saying how it ended, and the Markdown to publish them. A
// SessionObserver with injected clocks, so it is tested without waiting.
#pragma once

#include "heartflow/session.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace heartflow {

/// Where the show timer stands.
enum class ShowTimerState {
    not_started, ///< Before the show's first step.
    running,     ///< Counting.
    paused,      ///< Standing still (an ad break) until it runs again.
};

/// What a segment of the show is: a walk through the flow or a tour of every node.
enum class SegmentKind { walk, tour };

/// Why a segment ended, for its heading.
enum class SegmentEnd {
    open,         ///< It has not ended: the show is in it.
    restarted,    ///< The host began it again from the start.
    next_segment, ///< A tour began after it, or a walk after the tour.
    show_ended,   ///< The show ended during it.
};

/// The heading of every tour.
inline constexpr const char* kTourHeading = "A tour of the flowchart";

/// One line of the notes: a step (a node entered) or the heading of a segment (a walk, a tour).
struct ShowNoteLine {
    std::int64_t at_ms = 0;             ///< Show time of the line, ms since the timer started.
    std::string text;                   ///< The node's title, or the heading ("Walk 2").
    std::optional<NodeIndex> node;      ///< The node entered; empty for a heading.
    std::size_t step = 0;               ///< 0-based place of the step in the session's path.
    std::optional<SegmentKind> segment; ///< For a heading: what the segment is.
    std::string outcome; ///< For a heading: how the segment ended ("" while it goes on).
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
    /// it (ms since the Unix epoch). The timer starts with the session's first step.
    explicit ShowNotes(Session& session, Clock steady = steady_clock_ms,
                       Clock wall = system_clock_ms);
    ~ShowNotes() override;
    ShowNotes(const ShowNotes&) = delete;
    ShowNotes& operator=(const ShowNotes&) = delete;

    /// Resumes a paused timer (or starts it before the first step).
    void run_timer();
    /// Pauses a running timer: show time stands still until run_timer().
    void pause_timer();
    /// Pauses or resumes: whichever comes next.
    void toggle_timer();
    /// Restarts the timer at 00:00 now, running, to match a recording that starts now: the
    /// notes begin again with the current segment's heading and the step on screen (what came
    /// before was not recorded), and the notes are dated now.
    void restart_timer();
    /// True once restart_timer() has been used.
    [[nodiscard]] bool timer_restarted() const { return restarted_; }
    /// Where the timer stands.
    [[nodiscard]] ShowTimerState timer_state() const { return state_; }
    /// Show time now, in ms (0 before the first step).
    [[nodiscard]] std::int64_t elapsed_ms() const;
    /// Ends the open segment (saying why) and starts a new one of `kind` with its heading at the
    /// current show time; walks are numbered "Walk 1", "Walk 2", ...
    void begin_segment(SegmentKind kind, SegmentEnd why_open_one_ended = SegmentEnd::next_segment);
    /// Ends the open segment as the show ends, so its heading says where the show stopped.
    void end_show();

    /// The lines so far, oldest first; show times never decrease.
    [[nodiscard]] const std::vector<ShowNoteLine>& lines() const { return lines_; }
    /// How many of the lines are steps (not headings).
    [[nodiscard]] std::size_t steps() const;
    /// Grows with every change of the lines, so a caller can save only when they changed.
    [[nodiscard]] std::uint64_t revision() const { return revision_; }
    /// The notes as Markdown: a title, when the show was recorded, each segment as a heading
    /// with how it ended and one "- mm:ss Title" line per step.
    [[nodiscard]] std::string markdown() const;

    /// Adds a line for the step (see the class comment); drops the line of a slipped step.
    void on_enter(NodeIndex node, std::size_t step) override;

private:
    void add_line(ShowNoteLine line);
    void add_answer(ShowNoteLine& line); // a scale's or pick's answer joins the step's line
    void add_heading(SegmentKind kind, std::int64_t at);
    [[nodiscard]] ShowNoteLine* open_heading();
    [[nodiscard]] std::string outcome(SegmentKind kind, SegmentEnd why) const;

    Session& session_;
    Clock steady_;
    Clock wall_;
    ShowTimerState state_ = ShowTimerState::not_started;
    std::int64_t banked_ms_ = 0;     // show time counted before the current run
    std::int64_t running_since_ = 0; // steady time the current run began
    std::int64_t started_wall_ms_ = 0;
    int pauses_ = 0;
    bool restarted_ = false;
    std::optional<std::size_t> last_step_;
    std::vector<ShowNoteLine> lines_;
    std::uint64_t revision_ = 0;
};

} // namespace heartflow

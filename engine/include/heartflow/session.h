// A Session is one walk through a flow: all mutable run state in one object, a small state
// machine (not started -> at node -> finished), observers for the views. Misuse returns an
// error value and is recorded; nothing here throws into a frame loop.
#pragma once

#include "heartflow/program.h"
#include "heartflow/session_snapshot.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace heartflow {

/// What a session call did: ok, or why it refused.
enum class SessionError {
    ok,               ///< Done.
    not_started,      ///< The session has not been started.
    finished,         ///< The walk is at an ending; only back and restart apply.
    no_such_choice,   ///< The choice number or label is not among the available choices.
    at_start,         ///< Back at the first step; there is nothing to go back to.
    not_a_reflection, ///< Journal text was given at a node that is not a reflection.
    bad_node,         ///< A node index or id that the flow does not have.
    bad_rating,       ///< A rating outside the scale's range (a check-in: 0..10).
    not_a_scale,      ///< A rating was given at a step that is not a scale.
    not_a_pick,       ///< Picks were given at a step that is not a pick step.
    no_such_option,   ///< A pick option number the step does not have.
};

/// A short sentence describing an error value, for logs and messages.
[[nodiscard]] const char* describe(SessionError e);

/// One choice as the person sees it now: its rendered label and where it leads.
struct AvailableChoice {
    std::string label;                ///< Rendered label ("Continue" for a `next` node).
    NodeIndex target;                 ///< Where it leads.
    std::optional<std::size_t> index; ///< Index in the node's choices; empty for Continue.
};

/// One step taken: the node entered, when, and how it was left.
struct PathStep {
    NodeIndex node;                 ///< The node entered.
    std::int64_t entered_at_ms = 0; ///< Wall-clock time entered, ms since the Unix epoch.
    std::optional<std::size_t>
        left_by; ///< Choice index it was left by (empty: Continue or not left).
    std::vector<std::pair<std::uint32_t, Value>>
        undo;                       ///< Variable values before this step's changes.
    std::vector<NodeIndex> via;     ///< Routes, detours and handovers passed on the way to this
                                    ///< node, in order (never shown).
    std::vector<NodeIndex> returns; ///< Where the detours this step is inside come back to,
                                    ///< outermost first; empty in the first flow.
};

/// Receives session events. Views, transcripts and show-notes logs implement it.
class SessionObserver {
public:
    virtual ~SessionObserver() = default;
    /// A node was entered (also after back and restart); `step` is its 0-based place in the path.
    virtual void on_enter(NodeIndex node, std::size_t step) {
        (void)node;
        (void)step;
    }
    /// A choice was taken at `from`; `choice` is empty for Continue.
    virtual void on_choice(NodeIndex from, std::optional<std::size_t> choice) {
        (void)from;
        (void)choice;
    }
    /// The walk reached an ending.
    virtual void on_finish(NodeIndex ending) { (void)ending; }
};

/// Returns the current wall-clock time in ms since the Unix epoch (injectable for tests).
using Clock = std::function<std::int64_t()>;

/// The system clock, in ms since the Unix epoch.
[[nodiscard]] std::int64_t system_clock_ms();

/// Which check-in rating: before the walk or after it.
enum class CheckIn { before, after };

/// One walk through a program.
class Session {
public:
    /// Makes a session that has not started. Precondition: program is not null.
    explicit Session(std::shared_ptr<const Program> program, Clock clock = system_clock_ms);

    /// Starts (or starts again) at the flow's start node, variables at their initial values.
    SessionError start();
    /// Starts at any node ("play from here"), variables at their initial values.
    SessionError start_at(NodeIndex node);
    /// Goes back to the start, keeping journal text and check-in ratings.
    SessionError restart();

    /// Where the walk stands.
    [[nodiscard]] SessionStatus status() const { return status_; }
    /// The current node; empty before start.
    [[nodiscard]] std::optional<NodeIndex> current() const;
    /// The current node's text with variables filled in ("" before start).
    [[nodiscard]] std::string current_text() const;
    /// The choices available now (conditions applied); one "Continue" for a `next` node, and
    /// for an ending of a flow a detour opened (it leads back to the detour's next).
    [[nodiscard]] std::vector<AvailableChoice> choices() const;
    /// The flow the current step belongs to: the first flow, or one a detour or handover opened.
    [[nodiscard]] const Flow& current_flow() const;
    /// Where "Get help now" goes: the current flow's help step, else the first flow's.
    [[nodiscard]] std::optional<NodeIndex> help_step() const;

    /// Takes the available choice with this 1-based number.
    SessionError choose(std::size_t number);
    /// Takes the available choice whose rendered label is exactly `label`.
    SessionError choose_label(std::string_view label);
    /// Steps back one node, undoing its variable changes and visit counts, and those of the
    /// routes passed on the way to it (journal text is kept).
    SessionError back();
    /// Goes straight to any node as a new step (e.g. "Get help now"); back() returns from it.
    SessionError jump_to(NodeIndex node);
    /// Leaves the help path: goes back, in one step, to where the walk was before it entered the
    /// help path (undoing the help steps). Does nothing off the help path; at_start when the walk
    /// began on it.
    SessionError leave_help();
    /// True when the current node is on the flow's help path (Program::on_help_path).
    [[nodiscard]] bool on_help_path() const {
        return !path_.empty() && program_->on_help_path(path_.back().node);
    }

    /// Sets the journal text of the current reflection node (kept across back and restart).
    SessionError set_journal(std::string text);
    /// The journal text written at a node ("" when none).
    [[nodiscard]] std::string journal(NodeIndex node) const;
    /// Every journal entry, in flow order: node index and text (non-empty entries only).
    [[nodiscard]] std::vector<std::pair<NodeIndex, std::string>> journal_entries() const;

    /// Gives the rating at the current scale step (from its min to its max). Kept across back and
    /// restart, like journal text; saved into the step's `into` variable when the walk goes on
    /// (going on without one leaves the variable as it was). A check-in scale (check_in =
    /// "before" or "after") also records that check-in.
    SessionError rate(std::int64_t rating);
    /// The rating given at a scale step, if any.
    [[nodiscard]] std::optional<std::int64_t> rating(NodeIndex node) const;
    /// Picks (or unpicks) option `option` (0-based) of the current pick step. Kept across back
    /// and restart; saved into the step's `into` variable when the walk goes on.
    SessionError set_picked(std::size_t option, bool picked);
    /// Sets the picks of the current pick step at once: exactly these 0-based options.
    SessionError set_picks(std::span<const std::size_t> options);
    /// The options picked at a pick step, 0-based, in order (empty when none).
    [[nodiscard]] std::vector<std::size_t> picks(NodeIndex node) const;

    /// Records a 0..10 "how big does this feel" rating.
    SessionError set_check_in(CheckIn which, int rating);
    /// A recorded rating, if any.
    [[nodiscard]] std::optional<int> check_in(CheckIn which) const;

    /// Current values by slot: the variables (Program::variables), then the visit counts of the
    /// counted steps (Program::counted). Texts and expressions read them by slot.
    [[nodiscard]] std::span<const Value> variables() const { return variables_; }
    /// A variable's current value by name; empty when no such variable.
    [[nodiscard]] std::optional<Value> variable(std::string_view name) const;
    /// The path taken so far; the last step is the current node.
    [[nodiscard]] std::span<const PathStep> path() const { return path_; }
    /// Misuse recorded so far, oldest first (each also returned as an error value).
    [[nodiscard]] const std::vector<SessionError>& errors() const { return errors_; }
    /// Time the session started, ms since the Unix epoch (0 before start).
    [[nodiscard]] std::int64_t started_at_ms() const { return started_at_ms_; }
    /// The program being walked.
    [[nodiscard]] const Program& program() const { return *program_; }
    /// Shared ownership of the program, for views that outlive a reload.
    [[nodiscard]] const std::shared_ptr<const Program>& program_ptr() const { return program_; }

    /// Registers an observer (not owned; must outlive its registration).
    void add_observer(SessionObserver* observer);
    /// Unregisters an observer.
    void remove_observer(SessionObserver* observer);

    /// The whole state as a saveable value.
    [[nodiscard]] SessionSnapshot snapshot() const;
    /// Restores a snapshot taken on this or an earlier version of the flow. Steps whose node no
    /// longer exists are dropped, and the walk resumes at the last node that still exists
    /// (steps in the flows it opens are found by their flow's name).
    /// Returns bad_node when none of the saved path exists (the session is then not started).
    SessionError restore(const SessionSnapshot& snapshot);

private:
    SessionError fail(SessionError e);
    [[nodiscard]] bool available(const LinkedChoice& choice) const;
    SessionError take(NodeIndex target, std::optional<std::size_t> index);
    SessionError back_steps(std::size_t steps);
    void enter(NodeIndex node, std::vector<std::pair<std::uint32_t, Value>> undo,
               std::vector<NodeIndex> returns);
    [[nodiscard]] std::optional<NodeIndex> continue_target() const;
    void count_visit(NodeIndex node, std::vector<std::pair<std::uint32_t, Value>>& undo);
    void replay(NodeIndex node, std::optional<std::size_t> by);
    void apply(const std::vector<LinkedAssignment>& effects,
               std::vector<std::pair<std::uint32_t, Value>>& undo);
    void reset_variables();
    void save_answer(NodeIndex from, std::vector<std::pair<std::uint32_t, Value>>& undo);
    SessionError at_kind(NodeKind kind, SessionError otherwise);
    void restore_answers(const SessionSnapshot& snapshot);
    void snapshot_answers(SessionSnapshot& snapshot) const;

    std::shared_ptr<const Program> program_;
    Clock clock_;
    SessionStatus status_ = SessionStatus::not_started;
    std::vector<PathStep> path_;
    std::vector<Value> variables_;
    std::vector<std::string> journal_;                 // by node index
    std::vector<std::optional<std::int64_t>> ratings_; // by node index
    std::vector<std::uint64_t> picks_;                 // by node index: bit k, option k
    std::optional<int> check_in_before_;
    std::optional<int> check_in_after_;
    std::int64_t started_at_ms_ = 0;
    std::vector<SessionError> errors_;
    std::vector<SessionObserver*> observers_;
};

} // namespace heartflow

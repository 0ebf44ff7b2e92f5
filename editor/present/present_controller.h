// Present mode's state over ONE session: the walk or the tour, the highlighted choice, the
// audience window's blank, chart and help-lines switches, the show timer and the show notes. It
// applies the commands that keys and the presenter console's buttons give; the views only read it.
// Pure (no ImGui, no window), so it is tested with injected clocks.
#pragma once

#include "heartflow/session.h"
#include "heartflow/show_notes.h"
#include "present/present_keys.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace heartflow::present {

/// What the host is doing with the flow.
enum class PresentMode {
    walk, ///< Walking it as a person would: choices lead on.
    tour, ///< Touring every node in tour_order(), one after another.
};

/// How a show begins.
struct PresentStart {
    bool tour = false;           ///< With a tour of the flowchart (else a walk).
    bool audience_chart = false; ///< With the chart in the audience window.
};

/// One show: a session, its notes and the switches of the two windows.
class PresentController {
public:
    /// Begins at the flow's start as `start` says. `steady` times the show and the notices
    /// (ms); `wall` dates the notes. Precondition: program is not null.
    PresentController(std::shared_ptr<const Program> program, PresentStart start,
                      Clock steady = steady_clock_ms, Clock wall = system_clock_ms);
    PresentController(const PresentController&) = delete;
    PresentController& operator=(const PresentController&) = delete;

    /// Ends the show: the show notes' last heading says where it stopped.
    void end_show() { notes_.end_show(); }

    /// Applies a command. Window-level actions (full screen, save, quit) are the app's and
    /// change nothing here.
    void apply(const PresentCommand& command);

    /// The walk both windows show.
    [[nodiscard]] const Session& session() const { return session_; }
    /// The show's notes and timer.
    [[nodiscard]] const ShowNotes& notes() const { return notes_; }
    /// Walking or touring.
    [[nodiscard]] PresentMode mode() const { return mode_; }
    /// The highlighted choice, 0-based among session().choices(); empty when none is.
    [[nodiscard]] std::optional<std::size_t> highlight() const { return highlight_; }
    /// The current node's text with its {placeholders} filled; one still empty (a tour, or a
    /// reflection nobody typed into on air) shows as an ellipsis instead of a gap.
    [[nodiscard]] std::string node_text() const;
    /// Where the highlighted choice leads; empty when none is highlighted.
    [[nodiscard]] std::optional<NodeIndex> highlighted_target() const;
    /// True while the audience window is blanked.
    [[nodiscard]] bool audience_blank() const { return blank_; }
    /// True while the audience window shows the chart.
    [[nodiscard]] bool audience_chart() const { return chart_; }
    /// True while the audience window shows the help lines on the help path (the console always
    /// does).
    [[nodiscard]] bool help_on_air() const { return help_on_air_; }
    /// True at a help-path ending of a walk, where next (or leave_help) goes back to the flow.
    [[nodiscard]] bool at_help_ending() const;
    /// The tour's nodes (indices into the flow's nodes), in order.
    [[nodiscard]] const std::vector<std::uint32_t>& tour() const { return tour_; }
    /// 0-based place in the tour (meaningful while touring).
    [[nodiscard]] std::size_t tour_position() const { return tour_at_; }
    /// At a scale step, one line: the rating so far and the scale's ends; at a pick step, its
    /// items (each picked one saying so) then the way on ("None of these" until one is
    /// picked), numbered from 1 as the digits take them; elsewhere (and in a tour) nothing.
    [[nodiscard]] std::vector<std::string> answer_rows() const;
    /// A short message for the host about the last command ("" when there is none now).
    [[nodiscard]] std::string notice() const;

private:
    void next();
    void back();
    void choose(std::size_t number);
    void move_highlight(int direction);
    void toggle_tour();
    void go_to_help();
    void leave_help();
    void toggle_help_on_air();
    void restart();
    void say(std::string text);
    // [present_answers.cpp] scale and pick steps; each is true when it handled the command
    bool answer_choose(std::size_t number);
    bool answer_step(int direction);
    bool answer_next();

    Session session_;
    ShowNotes notes_;
    Clock steady_;
    PresentMode mode_ = PresentMode::walk;
    std::vector<std::uint32_t> tour_;
    std::size_t tour_at_ = 0;
    std::optional<std::size_t> highlight_;
    bool blank_ = false;
    bool chart_ = false;
    bool chart_before_tour_ = false;
    bool help_on_air_ = true;
    std::string notice_;
    std::int64_t notice_until_ = 0;
};

} // namespace heartflow::present

// Present mode's commands over the one session.
#include "present/present_controller.h"

#include "heartflow/tour.h"
#include "heartflow/value.h"

#include <variant>

namespace heartflow::present {

namespace {

// How long a notice stays on the presenter console, in ms.
constexpr std::int64_t kNoticeMs = 6000;

constexpr const char* kEndingNotice = "This is an ending: back steps back, restart begins again.";

constexpr const char* kTourHelpNotice =
    "The tour shows the help step in its turn; end the tour to go to it in a walk.";

} // namespace

PresentController::PresentController(std::shared_ptr<const Program> program, PresentStart start,
                                     Clock steady, Clock wall)
    : session_(program, wall), notes_(session_, steady, wall), steady_(steady),
      tour_(tour_order(*program->flow)), chart_(start.audience_chart) {
    if (start.tour) {
        toggle_tour();
    } else {
        notes_.begin_segment(SegmentKind::walk);
        session_.start();
    }
}

std::string PresentController::notice() const {
    return steady_() < notice_until_ ? notice_ : std::string();
}

std::string PresentController::node_text() const {
    const auto at = session_.current();
    if (!at) return {};
    return session_.program().nodes[at->value].text.render(session_.variables(), "\xe2\x80\xa6");
}

bool PresentController::at_help_ending() const {
    return mode_ == PresentMode::walk && session_.status() == SessionStatus::finished &&
           session_.on_help_path();
}

std::optional<NodeIndex> PresentController::highlighted_target() const {
    if (!highlight_) return std::nullopt;
    const auto choices = session_.choices();
    return *highlight_ < choices.size() ? std::optional(choices[*highlight_].target) : std::nullopt;
}

void PresentController::say(std::string text) {
    notice_ = std::move(text);
    notice_until_ = steady_() + kNoticeMs;
}

void PresentController::apply(const PresentCommand& command) {
    switch (command.action) {
    case PresentAction::choose:
        choose(static_cast<std::size_t>(command.number));
        break;
    case PresentAction::next:
        next();
        break;
    case PresentAction::back:
        back();
        break;
    case PresentAction::highlight_next:
        move_highlight(+1);
        break;
    case PresentAction::highlight_previous:
        move_highlight(-1);
        break;
    case PresentAction::blank:
        blank_ = !blank_;
        break;
    case PresentAction::timer:
        notes_.toggle_timer();
        break;
    case PresentAction::timer_run:
        notes_.run_timer();
        break;
    case PresentAction::timer_pause:
        notes_.pause_timer();
        break;
    case PresentAction::timer_restart:
        notes_.restart_timer();
        say("The timer restarted at 00:00 to match the recording: the notes begin again here.");
        break;
    case PresentAction::tour:
        toggle_tour();
        break;
    case PresentAction::audience_chart:
        chart_ = !chart_;
        break;
    case PresentAction::help:
        go_to_help();
        break;
    case PresentAction::leave_help:
        leave_help();
        break;
    case PresentAction::help_on_air:
        toggle_help_on_air();
        break;
    case PresentAction::restart:
        restart();
        break;
    case PresentAction::full_screen:
    case PresentAction::audience_full_screen:
    case PresentAction::save_notes:
    case PresentAction::quit:
        break;
    }
}

void PresentController::choose(std::size_t number) {
    if (answer_choose(number)) return;
    if (mode_ == PresentMode::tour) {
        say("Digits take a choice in a walk; in a tour, next goes on. The tour key ends it.");
        return;
    }
    if (session_.status() == SessionStatus::finished) {
        say(kEndingNotice);
        return;
    }
    if (session_.choose(number) != SessionError::ok) {
        say("There is no choice " + std::to_string(number) + " here.");
        return;
    }
    highlight_.reset();
}

void PresentController::next() {
    if (answer_next()) return;
    if (mode_ == PresentMode::tour) {
        if (tour_at_ + 1 >= tour_.size()) {
            say("That was the last node of the tour. The tour key ends it and starts the walk.");
            return;
        }
        session_.jump_to(NodeIndex{tour_[++tour_at_]});
        return;
    }
    const std::size_t count = session_.choices().size();
    if (at_help_ending()) {
        leave_help(); // the ending's one way on: back to where the walk left the flow
    } else if (count == 0) {
        say(kEndingNotice);
    } else if (count == 1) {
        choose(1);
    } else if (highlight_) {
        choose(*highlight_ + 1);
    } else {
        highlight_ = 0;
    }
}

void PresentController::back() {
    if (session_.back() != SessionError::ok) {
        say("This is the first step: there is nothing to go back to.");
        return;
    }
    highlight_.reset();
    if (mode_ == PresentMode::tour && tour_at_ > 0) --tour_at_;
}

void PresentController::move_highlight(int direction) {
    if (answer_step(direction)) return;
    const std::size_t count = mode_ == PresentMode::walk ? session_.choices().size() : 0;
    if (count < 2) return;
    if (!highlight_)
        highlight_ = direction > 0 ? 0 : count - 1;
    else
        highlight_ =
            (*highlight_ + count + static_cast<std::size_t>(direction > 0 ? 1 : count - 1)) % count;
}

void PresentController::toggle_tour() {
    highlight_.reset();
    if (mode_ == PresentMode::walk && !tour_.empty()) {
        mode_ = PresentMode::tour;
        chart_before_tour_ = chart_;
        chart_ = true;
        notes_.begin_segment(SegmentKind::tour);
        tour_at_ = 0;
        session_.start_at(NodeIndex{tour_.front()});
        return;
    }
    if (mode_ == PresentMode::tour) {
        mode_ = PresentMode::walk;
        chart_ = chart_before_tour_;
        notes_.begin_segment(SegmentKind::walk);
        session_.start();
    }
}

void PresentController::go_to_help() {
    const std::optional<NodeIndex> help = session_.help_step(); // the current flow's, if any
    if (mode_ == PresentMode::tour) {
        say(kTourHelpNotice);
    } else if (!help) {
        say("This flow has no help step.");
    } else if (session_.current() != help) {
        (void)session_.jump_to(*help);
        highlight_.reset();
    }
}

void PresentController::leave_help() {
    if (mode_ == PresentMode::tour) {
        say(kTourHelpNotice);
    } else if (!session_.on_help_path()) {
        say("This step is not on the help path: there is nothing to leave.");
    } else if (session_.leave_help() != SessionError::ok) {
        say("The walk began on the help path: there is nowhere to go back to.");
    } else {
        highlight_.reset();
    }
}

void PresentController::toggle_help_on_air() {
    help_on_air_ = !help_on_air_;
    say(help_on_air_ ? "Help lines: shown on air."
                     : "Help lines: hidden from air (the console still shows them).");
}

void PresentController::restart() {
    highlight_.reset();
    tour_at_ = 0;
    notes_.begin_segment(mode_ == PresentMode::tour ? SegmentKind::tour : SegmentKind::walk,
                         SegmentEnd::restarted);
    if (mode_ == PresentMode::tour)
        session_.start_at(NodeIndex{tour_.front()});
    else
        session_.start();
}

} // namespace heartflow::present

// Show notes: the show timer and one line per step, as Markdown.
#include "heartflow/show_notes.h"

#include "heartflow/transcript.h"

#include <chrono>
#include <cstdio>

namespace heartflow {

std::string format_show_time(std::int64_t ms) {
    const std::int64_t total = ms > 0 ? ms / 1000 : 0;
    const long long h = total / 3600, m = total / 60 % 60, s = total % 60;
    char buffer[32];
    if (h > 0)
        std::snprintf(buffer, sizeof buffer, "%lld:%02lld:%02lld", h, m, s);
    else
        std::snprintf(buffer, sizeof buffer, "%02lld:%02lld", m, s);
    return buffer;
}

std::int64_t steady_clock_ms() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

ShowNotes::ShowNotes(Session& session, Clock steady, Clock wall)
    : session_(session), steady_(std::move(steady)), wall_(std::move(wall)),
      started_wall_ms_(wall_()) {
    session_.add_observer(this);
    if (auto at = session_.current()) on_enter(*at, session_.path().size() - 1);
}

ShowNotes::~ShowNotes() {
    session_.remove_observer(this);
}

std::int64_t ShowNotes::elapsed_ms() const {
    return banked_ms_ + (state_ == ShowTimerState::running ? steady_() - running_since_ : 0);
}

void ShowNotes::run_timer() {
    if (state_ == ShowTimerState::running) return;
    if (state_ == ShowTimerState::not_started) started_wall_ms_ = wall_();
    running_since_ = steady_();
    state_ = ShowTimerState::running;
}

void ShowNotes::pause_timer() {
    if (state_ != ShowTimerState::running) return;
    banked_ms_ = elapsed_ms();
    state_ = ShowTimerState::paused;
    ++pauses_;
}

void ShowNotes::toggle_timer() {
    if (state_ == ShowTimerState::running)
        pause_timer();
    else
        run_timer();
}

void ShowNotes::restart_timer() {
    const ShowNoteLine* heading = open_heading();
    const bool had_heading = heading != nullptr;
    const SegmentKind kind = had_heading ? *heading->segment : SegmentKind::walk;
    lines_.clear();
    banked_ms_ = 0;
    pauses_ = 0;
    restarted_ = true;
    running_since_ = steady_();
    started_wall_ms_ = wall_();
    state_ = ShowTimerState::running;
    if (had_heading) add_heading(kind, 0);
    if (auto at = session_.current()) {
        const std::size_t step = session_.path().size() - 1;
        add_line({0, session_.program().node(*at).display_title(), *at, step, {}, {}});
    }
    ++revision_;
}

std::size_t ShowNotes::steps() const {
    std::size_t count = 0;
    for (const ShowNoteLine& line : lines_)
        count += line.node ? 1 : 0;
    return count;
}

ShowNoteLine* ShowNotes::open_heading() {
    for (auto it = lines_.rbegin(); it != lines_.rend(); ++it)
        if (it->segment) return it->outcome.empty() ? &*it : nullptr;
    return nullptr;
}

std::string ShowNotes::outcome(SegmentKind kind, SegmentEnd why) const {
    const auto at = session_.current();
    if (!at) return {};
    const std::string title =
        "\xe2\x80\x9c" + session_.program().node(*at).display_title() + "\xe2\x80\x9d";
    if (kind == SegmentKind::walk && session_.status() == SessionStatus::finished)
        return "reached the ending " + title;
    switch (why) {
    case SegmentEnd::open:
        return "under way, at " + title;
    case SegmentEnd::restarted:
        return "began again after " + title;
    case SegmentEnd::next_segment:
        return kind == SegmentKind::walk ? "left at " + title + " for a tour" : "ended at " + title;
    case SegmentEnd::show_ended:
        return "the show ended at " + title;
    }
    return {};
}

void ShowNotes::add_heading(SegmentKind kind, std::int64_t at) {
    std::size_t walks = 1;
    for (const ShowNoteLine& line : lines_)
        walks += line.segment == SegmentKind::walk ? 1 : 0;
    add_line({at,
              kind == SegmentKind::tour ? kTourHeading : "Walk " + std::to_string(walks),
              std::nullopt,
              0,
              kind,
              {}});
}

void ShowNotes::begin_segment(SegmentKind kind, SegmentEnd why_open_one_ended) {
    if (ShowNoteLine* open = open_heading())
        open->outcome = outcome(*open->segment, why_open_one_ended);
    add_heading(kind, elapsed_ms());
}

void ShowNotes::end_show() {
    ShowNoteLine* open = open_heading();
    if (!open) return;
    open->outcome = outcome(*open->segment, SegmentEnd::show_ended);
    ++revision_;
}

void ShowNotes::add_line(ShowNoteLine line) {
    lines_.push_back(std::move(line));
    ++revision_;
}

void ShowNotes::add_answer(ShowNoteLine& line) {
    const Program& program = session_.program();
    const Node& left = program.node(*line.node);
    if (left.kind != NodeKind::scale && left.kind != NodeKind::pick) return;
    const std::string answer =
        answer_words(left, program.step_ref(*line.node), session_.snapshot());
    if (answer.empty()) return;
    line.text = left.display_title();
    line.text += answer_joiner(line.text);
    line.text += answer;
    ++revision_;
}

void ShowNotes::on_enter(NodeIndex node, std::size_t step) {
    if (state_ == ShowTimerState::not_started) run_timer(); // the show starts with its first step
    const std::int64_t now = elapsed_ms();
    const bool back = last_step_ && step + 1 == *last_step_;
    if (back && !lines_.empty() && lines_.back().node && lines_.back().step == *last_step_ &&
        now - lines_.back().at_ms < kSlipMs) {
        lines_.pop_back();
        ++revision_;
    }
    if (!back && !lines_.empty() && lines_.back().node && lines_.back().step + 1 == step)
        add_answer(lines_.back());
    last_step_ = step;
    if (!lines_.empty() && lines_.back().node == node) return; // still on the line's node
    add_line({now, session_.program().node(node).display_title(), node, step, {}, {}});
}

std::string ShowNotes::markdown() const {
    const std::string& title = session_.program().flow->info.title;
    std::string out =
        "# Show notes: " + (title.empty() ? session_.program().flow->info.id : title) + "\n\n";
    out += "Recorded " + format_local_time(started_wall_ms_) + " with heartflow present. ";
    out += restarted_ ? "Times count from when the timer was restarted to match the recording"
                      : "Times count from the first step of the show";
    if (pauses_ > 0)
        out += "; time while the timer was paused (" + std::to_string(pauses_) +
               (pauses_ == 1 ? " break" : " breaks") + ") is left out";
    out += ".\n";
    bool in_list = false;
    for (const ShowNoteLine& line : lines_) {
        if (!line.node) {
            const std::string how =
                line.outcome.empty() ? outcome(*line.segment, SegmentEnd::open) : line.outcome;
            out += "\n## " + format_show_time(line.at_ms) + " " + line.text +
                   (how.empty() ? "" : " \xe2\x80\x94 " + how) + "\n";
            in_list = false;
            continue;
        }
        if (!in_list) out += "\n";
        in_list = true;
        out += "- " + format_show_time(line.at_ms) + " " + line.text + "\n";
    }
    return out;
}

} // namespace heartflow

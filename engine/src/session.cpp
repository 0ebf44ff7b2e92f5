// The session state machine: start, choose, back, restart, journal, snapshot and restore.
#include "heartflow/session.h"

#include <algorithm>
#include <cassert>
#include <chrono>

namespace heartflow {

const char* describe(SessionError e) {
    switch (e) {
    case SessionError::ok:
        return "ok";
    case SessionError::not_started:
        return "the walk has not started";
    case SessionError::finished:
        return "the walk is at an ending";
    case SessionError::no_such_choice:
        return "there is no such choice here";
    case SessionError::at_start:
        return "this is the first step; there is nothing to go back to";
    case SessionError::not_a_reflection:
        return "this step does not take written answers";
    case SessionError::bad_node:
        return "that node is not in this flow";
    case SessionError::bad_rating:
        return "that rating is outside the scale (a check-in is 0 to 10)";
    case SessionError::not_a_scale:
        return "this step does not take a rating";
    case SessionError::not_a_pick:
        return "this step has nothing to pick";
    case SessionError::no_such_option:
        return "this step has no such option";
    }
    return "?";
}

std::int64_t system_clock_ms() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

Session::Session(std::shared_ptr<const Program> program, Clock clock)
    : program_(std::move(program)), clock_(std::move(clock)) {
    assert(program_ && "a Session needs a program");
    journal_.resize(program_->nodes.size());
    ratings_.resize(program_->nodes.size());
    picks_.resize(program_->nodes.size());
    reset_variables();
}

SessionError Session::fail(SessionError e) {
    errors_.push_back(e);
    return e;
}

void Session::reset_variables() {
    variables_.clear();
    variables_.reserve(program_->slot_count());
    for (const Variable& v : program_->variables)
        variables_.push_back(v.initial);
    variables_.resize(program_->slot_count(), Value{std::int64_t{0}});
}

SessionError Session::start() {
    return start_at(program_->start);
}

SessionError Session::start_at(NodeIndex node) {
    if (node.value >= program_->nodes.size()) return fail(SessionError::bad_node);
    path_.clear();
    reset_variables();
    started_at_ms_ = clock_();
    enter(node, {}, {});
    return SessionError::ok;
}

SessionError Session::restart() {
    if (status_ == SessionStatus::not_started) return fail(SessionError::not_started);
    return start();
}

std::optional<NodeIndex> Session::current() const {
    if (path_.empty()) return std::nullopt;
    return path_.back().node;
}

std::string Session::current_text() const {
    if (path_.empty()) return {};
    return program_->nodes[path_.back().node.value].text.render(variables_);
}

const Flow& Session::current_flow() const {
    return path_.empty() ? *program_->flow : program_->flow_of(path_.back().node);
}

std::optional<NodeIndex> Session::help_step() const {
    if (path_.empty()) return program_->help;
    const FlowPart& part = program_->parts[program_->part_of(path_.back().node)];
    return part.help ? part.help : program_->help;
}

// Where Continue leads from the current step: its next, or from an ending of a flow a detour
// opened, back to the detour's next.
std::optional<NodeIndex> Session::continue_target() const {
    const PathStep& step = path_.back();
    if (auto next = program_->nodes[step.node.value].next) return next;
    if (program_->node(step.node).kind == NodeKind::ending && !step.returns.empty())
        return step.returns.back();
    return std::nullopt;
}

bool Session::available(const LinkedChoice& choice) const {
    return !choice.when || std::get<bool>(evaluate(*choice.when, variables_));
}

std::vector<AvailableChoice> Session::choices() const {
    std::vector<AvailableChoice> out;
    if (status_ != SessionStatus::at_node) return out;
    const LinkedNode& n = program_->nodes[path_.back().node.value];
    if (auto to = continue_target()) {
        out.push_back({"Continue", *to, std::nullopt});
        return out;
    }
    for (std::size_t i = 0; i < n.choices.size(); ++i)
        if (available(n.choices[i]))
            out.push_back({n.choices[i].label.render(variables_), n.choices[i].target, i});
    return out;
}

SessionError Session::choose(std::size_t number) {
    if (status_ == SessionStatus::not_started) return fail(SessionError::not_started);
    if (status_ == SessionStatus::finished) return fail(SessionError::finished);
    // The same numbering as choices(), without rendering every label to pick one.
    const LinkedNode& n = program_->nodes[path_.back().node.value];
    if (auto to = continue_target())
        return number == 1 ? take(*to, std::nullopt) : fail(SessionError::no_such_choice);
    std::size_t seen = 0;
    for (std::size_t i = 0; i < n.choices.size(); ++i)
        if (available(n.choices[i]) && ++seen == number) return take(n.choices[i].target, i);
    return fail(SessionError::no_such_choice);
}

SessionError Session::choose_label(std::string_view label) {
    if (status_ == SessionStatus::not_started) return fail(SessionError::not_started);
    if (status_ == SessionStatus::finished) return fail(SessionError::finished);
    for (const AvailableChoice& c : choices())
        if (c.label == label) return take(c.target, c.index);
    return fail(SessionError::no_such_choice);
}

SessionError Session::take(NodeIndex target, std::optional<std::size_t> index) {
    NodeIndex from = path_.back().node;
    const LinkedNode& n = program_->nodes[from.value];
    std::vector<std::pair<std::uint32_t, Value>> undo;
    if (n.save_slot) {
        undo.emplace_back(*n.save_slot, variables_[*n.save_slot]);
        variables_[*n.save_slot] = journal_[from.value];
    }
    if (n.into_slot) save_answer(from, undo);
    if (index) apply(n.choices[*index].effects, undo);
    std::vector<NodeIndex> returns = path_.back().returns;
    if (program_->node(from).kind == NodeKind::ending && !returns.empty()) returns.pop_back();
    path_.back().left_by = index;
    for (SessionObserver* o : observers_)
        o->on_choice(from, index);
    enter(target, std::move(undo), std::move(returns));
    return SessionError::ok;
}

void Session::apply(const std::vector<LinkedAssignment>& effects,
                    std::vector<std::pair<std::uint32_t, Value>>& undo) {
    for (const LinkedAssignment& a : effects) {
        Value v = evaluate(a.value, variables_);
        undo.emplace_back(a.slot, std::move(variables_[a.slot]));
        variables_[a.slot] = std::move(v);
    }
}

void Session::count_visit(NodeIndex node, std::vector<std::pair<std::uint32_t, Value>>& undo) {
    if (program_->visit_slot.empty()) return;
    const std::uint32_t slot = program_->visit_slot[node.value];
    if (slot == kUncounted) return;
    undo.emplace_back(slot, variables_[slot]);
    variables_[slot] = std::get<std::int64_t>(variables_[slot]) + 1;
}

// Enters `node`, going straight on through the steps no one sees: a route by its first choice
// that holds, a detour into the other flow (remembering its next to come back to), a handover
// into the other flow for good.
void Session::enter(NodeIndex node, std::vector<std::pair<std::uint32_t, Value>> undo,
                    std::vector<NodeIndex> returns) {
    std::vector<NodeIndex> via;
    for (;;) {
        count_visit(node, undo);
        const LinkedNode& linked = program_->nodes[node.value];
        apply(linked.effects, undo);
        const NodeKind kind = program_->node(node).kind;
        if (!is_unshown(kind)) break;
        via.push_back(node);
        if (kind != NodeKind::route) {
            if (kind == NodeKind::detour) returns.push_back(*linked.next);
            node = *linked.opens;
            continue;
        }
        const LinkedChoice* pick = &linked.choices.back(); // the fallback, with no `when`
        for (const LinkedChoice& c : linked.choices)
            if (available(c)) {
                pick = &c;
                break;
            }
        apply(pick->effects, undo);
        node = pick->target;
    }
    const bool ending = program_->node(node).kind == NodeKind::ending && returns.empty();
    path_.push_back(PathStep{node, clock_(), std::nullopt, std::move(undo), std::move(via),
                             std::move(returns)});
    status_ = ending ? SessionStatus::finished : SessionStatus::at_node;
    for (SessionObserver* o : observers_)
        o->on_enter(node, path_.size() - 1);
    if (ending)
        for (SessionObserver* o : observers_)
            o->on_finish(node);
}

SessionError Session::back() {
    return back_steps(1);
}

SessionError Session::leave_help() {
    if (status_ == SessionStatus::not_started) return fail(SessionError::not_started);
    std::size_t steps = 0;
    while (steps < path_.size() && program_->on_help_path(path_[path_.size() - 1 - steps].node))
        ++steps;
    if (steps == 0) return SessionError::ok;
    return back_steps(steps);
}

SessionError Session::back_steps(std::size_t steps) {
    if (status_ == SessionStatus::not_started) return fail(SessionError::not_started);
    if (path_.size() < steps + 1) return fail(SessionError::at_start);
    for (std::size_t i = 0; i < steps; ++i) {
        PathStep last = std::move(path_.back());
        path_.pop_back();
        for (auto it = last.undo.rbegin(); it != last.undo.rend(); ++it)
            variables_[it->first] = std::move(it->second);
    }
    path_.back().left_by.reset();
    path_.back().entered_at_ms = clock_();
    status_ = SessionStatus::at_node;
    for (SessionObserver* o : observers_)
        o->on_enter(path_.back().node, path_.size() - 1);
    return SessionError::ok;
}

SessionError Session::jump_to(NodeIndex node) {
    if (status_ == SessionStatus::not_started) return fail(SessionError::not_started);
    if (node.value >= program_->nodes.size()) return fail(SessionError::bad_node);
    path_.back().left_by.reset();
    enter(node, {}, path_.back().returns);
    return SessionError::ok;
}

SessionError Session::set_journal(std::string text) {
    if (status_ == SessionStatus::not_started) return fail(SessionError::not_started);
    NodeIndex at = path_.back().node;
    if (program_->node(at).kind != NodeKind::reflection)
        return fail(SessionError::not_a_reflection);
    journal_[at.value] = std::move(text);
    return SessionError::ok;
}

std::string Session::journal(NodeIndex node) const {
    return node.value < journal_.size() ? journal_[node.value] : std::string{};
}

std::vector<std::pair<NodeIndex, std::string>> Session::journal_entries() const {
    std::vector<std::pair<NodeIndex, std::string>> out;
    for (std::size_t i = 0; i < journal_.size(); ++i)
        if (!journal_[i].empty())
            out.emplace_back(NodeIndex{static_cast<std::uint32_t>(i)}, journal_[i]);
    return out;
}

SessionError Session::set_check_in(CheckIn which, int rating) {
    if (rating < 0 || rating > 10) return fail(SessionError::bad_rating);
    (which == CheckIn::before ? check_in_before_ : check_in_after_) = rating;
    return SessionError::ok;
}

std::optional<int> Session::check_in(CheckIn which) const {
    return which == CheckIn::before ? check_in_before_ : check_in_after_;
}

std::optional<Value> Session::variable(std::string_view name) const {
    auto slot = program_->variable_slot(name);
    if (!slot) return std::nullopt;
    return variables_[*slot];
}

void Session::add_observer(SessionObserver* observer) {
    if (std::find(observers_.begin(), observers_.end(), observer) == observers_.end())
        observers_.push_back(observer);
}

void Session::remove_observer(SessionObserver* observer) {
    observers_.erase(std::remove(observers_.begin(), observers_.end(), observer), observers_.end());
}

SessionSnapshot Session::snapshot() const {
    SessionSnapshot s;
    s.flow_id = program_->flow->info.id;
    s.status = status_;
    for (const PathStep& p : path_)
        s.path.push_back({program_->node(p.node).id.value, p.entered_at_ms, p.left_by,
                          program_->parts[program_->part_of(p.node)].name});
    for (std::size_t i = 0; i < program_->variables.size(); ++i)
        s.variables.emplace_back(program_->variable_ref(static_cast<std::uint32_t>(i)),
                                 variables_[i]);
    for (std::size_t k = 0; k < program_->counted.size(); ++k)
        s.visits.emplace_back(program_->step_ref(program_->counted[k]),
                              std::get<std::int64_t>(variables_[program_->variables.size() + k]));
    for (const auto& [node, text] : journal_entries())
        s.journal.emplace_back(program_->step_ref(node), text);
    snapshot_answers(s);
    s.check_in_before = check_in_before_;
    s.check_in_after = check_in_after_;
    s.started_at_ms = started_at_ms_;
    return s;
}

// Takes the step to `node` as it was first taken: by the saved choice (or Continue) when that
// still leads there, through any routes; else straight there.
void Session::replay(NodeIndex node, std::optional<std::size_t> by) {
    const LinkedNode& from = program_->nodes[path_.back().node.value];
    std::optional<NodeIndex> way = continue_target();
    if (by)
        way = *by < from.choices.size() ? std::optional(from.choices[*by].target) : std::nullopt;
    if (way) {
        take(*way, by);
        if (path_.back().node == node) return;
        back_steps(1);
    }
    take(node, std::nullopt);
}

SessionError Session::restore(const SessionSnapshot& s) {
    // Keep the saved steps whose node still exists, then replay them so that back() can undo.
    std::vector<std::pair<NodeIndex, const SnapshotStep*>> kept;
    for (const SnapshotStep& step : s.path) {
        auto part = program_->find_part(step.flow);
        if (auto node = part ? program_->find_in(*part, step.node) : std::nullopt)
            kept.emplace_back(*node, &step);
    }
    for (const auto& [id, text] : s.journal)
        if (auto node = program_->find_step(id)) journal_[node->value] = text;
    restore_answers(s);
    check_in_before_ = s.check_in_before;
    check_in_after_ = s.check_in_after;
    if (kept.empty()) {
        status_ = SessionStatus::not_started;
        path_.clear();
        return fail(SessionError::bad_node);
    }
    std::vector<SessionObserver*> observers = std::move(observers_);
    observers_.clear();
    path_.clear();
    reset_variables();
    enter(kept.front().first, {}, {});
    for (std::size_t i = 1; i < kept.size(); ++i)
        replay(kept[i].first, kept[i - 1].second->left_by);
    for (std::size_t i = 0; i < kept.size(); ++i)
        path_[i].entered_at_ms = kept[i].second->entered_at_ms;
    for (const auto& [name, value] : s.variables) {
        auto slot = program_->variable_slot(name);
        if (slot && type_of(variables_[*slot]) == type_of(value)) variables_[*slot] = value;
    }
    for (const auto& [id, count] : s.visits) { // saves before format 2 have none: replay counted
        auto node = program_->find_step(id);
        if (node && !program_->visit_slot.empty() &&
            program_->visit_slot[node->value] != kUncounted)
            variables_[program_->visit_slot[node->value]] = count;
    }
    started_at_ms_ = s.started_at_ms;
    observers_ = std::move(observers);
    for (SessionObserver* o : observers_)
        o->on_enter(path_.back().node, path_.size() - 1);
    return SessionError::ok;
}

} // namespace heartflow

// The answers a session keeps at scale and pick steps: given, saved into their variables as the
// walk goes on, snapshotted and restored.
#include "heartflow/session.h"

#include <algorithm>

namespace heartflow {

SessionError Session::at_kind(NodeKind kind, SessionError otherwise) {
    if (status_ == SessionStatus::not_started) return fail(SessionError::not_started);
    if (program_->node(path_.back().node).kind != kind) return fail(otherwise);
    return SessionError::ok;
}

SessionError Session::rate(std::int64_t rating) {
    if (SessionError e = at_kind(NodeKind::scale, SessionError::not_a_scale); e != SessionError::ok)
        return e;
    const NodeIndex at = path_.back().node;
    const Node& node = program_->node(at);
    if (rating < node.rating_min() || rating > node.rating_max())
        return fail(SessionError::bad_rating);
    ratings_[at.value] = rating;
    if (program_->check_in_before == at) check_in_before_ = static_cast<int>(rating);
    if (program_->check_in_after == at) check_in_after_ = static_cast<int>(rating);
    return SessionError::ok;
}

std::optional<std::int64_t> Session::rating(NodeIndex node) const {
    return node.value < ratings_.size() ? ratings_[node.value] : std::nullopt;
}

SessionError Session::set_picked(std::size_t option, bool picked) {
    if (SessionError e = at_kind(NodeKind::pick, SessionError::not_a_pick); e != SessionError::ok)
        return e;
    const NodeIndex at = path_.back().node;
    if (option >= program_->node(at).options.size()) return fail(SessionError::no_such_option);
    const std::uint64_t bit = std::uint64_t{1} << option;
    picks_[at.value] = picked ? picks_[at.value] | bit : picks_[at.value] & ~bit;
    return SessionError::ok;
}

SessionError Session::set_picks(std::span<const std::size_t> options) {
    if (SessionError e = at_kind(NodeKind::pick, SessionError::not_a_pick); e != SessionError::ok)
        return e;
    const NodeIndex at = path_.back().node;
    std::uint64_t bits = 0;
    for (std::size_t option : options) {
        if (option >= program_->node(at).options.size()) return fail(SessionError::no_such_option);
        bits |= std::uint64_t{1} << option;
    }
    picks_[at.value] = bits;
    return SessionError::ok;
}

std::vector<std::size_t> Session::picks(NodeIndex node) const {
    std::vector<std::size_t> out;
    if (node.value >= picks_.size()) return out;
    for (std::size_t k = 0; k < kMaxPickOptions; ++k)
        if ((picks_[node.value] >> k) & 1u) out.push_back(k);
    return out;
}

// Saves the answer given at `from` into its variable, the old value kept for back().
void Session::save_answer(NodeIndex from, std::vector<std::pair<std::uint32_t, Value>>& undo) {
    const std::uint32_t slot = *program_->nodes[from.value].into_slot;
    Value answer;
    if (program_->node(from).kind == NodeKind::pick)
        answer = static_cast<std::int64_t>(picks_[from.value]);
    else if (ratings_[from.value])
        answer = *ratings_[from.value];
    else
        return; // gone on without a rating: the variable keeps its value
    undo.emplace_back(slot, std::move(variables_[slot]));
    variables_[slot] = std::move(answer);
}

void Session::snapshot_answers(SessionSnapshot& s) const {
    for (std::uint32_t i = 0; i < ratings_.size(); ++i) {
        const NodeIndex node{i};
        if (ratings_[i]) s.ratings.emplace_back(program_->step_ref(node), *ratings_[i]);
        if (picks_[i] == 0) continue;
        std::vector<std::string> words;
        for (std::size_t k : picks(node))
            words.push_back(program_->node(node).options[k]);
        s.picks.emplace_back(program_->step_ref(node), std::move(words));
    }
}

// Answers are found by step and options by their words, so a saved walk survives edits.
void Session::restore_answers(const SessionSnapshot& s) {
    for (const auto& [id, value] : s.ratings) {
        auto node = program_->find_step(id);
        if (!node || program_->node(*node).kind != NodeKind::scale) continue;
        const Node& scale = program_->node(*node);
        if (value >= scale.rating_min() && value <= scale.rating_max())
            ratings_[node->value] = value;
    }
    for (const auto& [id, words] : s.picks) {
        auto node = program_->find_step(id);
        if (!node || program_->node(*node).kind != NodeKind::pick) continue;
        const std::vector<std::string>& options = program_->node(*node).options;
        std::uint64_t bits = 0;
        for (const std::string& w : words)
            if (auto it = std::find(options.begin(), options.end(), w); it != options.end())
                bits |= std::uint64_t{1} << (it - options.begin());
        picks_[node->value] = bits;
    }
}

} // namespace heartflow

// Present mode at scale and pick steps: a digit rates or toggles an item, the highlight keys (a
// clicker's or a pedal's) move the rating or the highlight over the items, next toggles the
// highlighted item or goes on; and the words both windows show for the answer so far.
#include "present/present_controller.h"

#include <algorithm>

namespace heartflow::present {

namespace {

const Node* answer_node(const Session& s) {
    if (!s.current()) return nullptr;
    const Node& node = s.program().node(*s.current());
    return node.kind == NodeKind::scale || node.kind == NodeKind::pick ? &node : nullptr;
}

bool is_picked(const Session& s, std::size_t item) {
    const auto picked = s.picks(*s.current());
    return std::find(picked.begin(), picked.end(), item) != picked.end();
}

} // namespace

bool PresentController::answer_choose(std::size_t number) {
    const Node* node = mode_ == PresentMode::walk ? answer_node(session_) : nullptr;
    if (!node) return false;
    if (node->kind == NodeKind::scale) {
        const auto rating = static_cast<std::int64_t>(number);
        if (session_.rate(rating) != SessionError::ok)
            say("This scale rates from " + std::to_string(node->rating_min()) + " to " +
                std::to_string(node->rating_max()) + ".");
        return true;
    }
    if (number >= 1 && number <= node->options.size()) {
        session_.set_picked(number - 1, !is_picked(session_, number - 1));
    } else if (number == node->options.size() + 1) {
        highlight_.reset();
        session_.choose(1);
    } else {
        say("There is no item " + std::to_string(number) + " here.");
    }
    return true;
}

bool PresentController::answer_step(int direction) {
    const Node* node = mode_ == PresentMode::walk ? answer_node(session_) : nullptr;
    if (!node) return false;
    if (node->kind == NodeKind::scale) {
        const auto now = session_.rating(*session_.current());
        const std::int64_t low = node->rating_min(), high = node->rating_max();
        session_.rate(now ? std::clamp(*now + (direction > 0 ? 1 : -1), low, high) : low);
        return true;
    }
    const std::size_t rows = node->options.size() + 1; // the items, then the way on
    highlight_ = !highlight_ ? (direction > 0 ? 0 : rows - 1)
                             : (*highlight_ + rows + (direction > 0 ? 1 : rows - 1)) % rows;
    return true;
}

bool PresentController::answer_next() {
    const Node* node = mode_ == PresentMode::walk ? answer_node(session_) : nullptr;
    if (!node) return false;
    if (node->kind == NodeKind::scale) {
        session_.choose(1); // Continue, with the rating given (or none)
        return true;
    }
    if (!highlight_)
        highlight_ = 0;
    else
        answer_choose(*highlight_ + 1);
    return true;
}

std::vector<std::string> PresentController::answer_rows() const {
    const Node* node = answer_node(session_);
    std::vector<std::string> rows;
    if (!node || mode_ != PresentMode::walk) return rows;
    if (node->kind == NodeKind::scale) {
        const auto now = session_.rating(*session_.current());
        std::string ends = std::to_string(node->rating_min()) +
                           (node->low.empty() ? "" : " (" + node->low + ")") + " to " +
                           std::to_string(node->rating_max()) +
                           (node->high.empty() ? "" : " (" + node->high + ")");
        rows.push_back(now ? "Rated " + std::to_string(*now) + ", from " + ends
                           : "Not rated yet, from " + ends);
        return rows;
    }
    for (std::size_t i = 0; i < node->options.size(); ++i)
        rows.push_back(node->option_label(i) + (is_picked(session_, i) ? "  (picked)" : ""));
    rows.push_back(session_.picks(*session_.current()).empty() ? "None of these" : "Continue");
    return rows;
}

} // namespace heartflow::present

// Digits and arrows at scale and pick steps.
#include "player/answer_keys.h"

#include <algorithm>

namespace heartflow::player {

namespace {

const Node* current_node(const Session& session) {
    const auto at = session.current();
    return at ? &session.program().node(*at) : nullptr;
}

} // namespace

void answer_intent(const Session& session, const KeyCommand& key, Intent& intent) {
    const Node* node = current_node(session);
    const NodeKind kind = node ? node->kind : NodeKind::prompt;
    if (key.command == Command::adjust) {
        if (kind == NodeKind::scale) intent.rate_step += key.number;
        return;
    }
    if (kind == NodeKind::scale)
        intent.rate = key.number;
    else if (kind == NodeKind::pick && key.number > 0 &&
             static_cast<std::size_t>(key.number) <= node->options.size())
        intent.toggle = static_cast<std::size_t>(key.number);
    else if (kind == NodeKind::pick &&
             static_cast<std::size_t>(key.number) == node->options.size() + 1)
        intent.choose = 1; // the way on, numbered after the items
    else if (key.number > 0)
        intent.choose = static_cast<std::size_t>(key.number);
}

void apply_answer(Session& session, const Intent& intent) {
    const Node* node = current_node(session);
    if (!node) return;
    const NodeIndex at = *session.current();
    if (node->kind == NodeKind::scale) {
        const std::int64_t low = node->rating_min(), high = node->rating_max();
        if (intent.rate && *intent.rate >= low && *intent.rate <= high) session.rate(*intent.rate);
        if (intent.rate_step != 0) {
            const auto now = session.rating(at);
            session.rate(now ? std::clamp(*now + intent.rate_step, low, high) : low);
        }
    }
    if (node->kind == NodeKind::pick && intent.toggle && *intent.toggle <= node->options.size()) {
        const std::size_t item = *intent.toggle - 1;
        const auto picked = session.picks(at);
        const bool on = std::find(picked.begin(), picked.end(), item) != picked.end();
        session.set_picked(item, !on);
    }
}

} // namespace heartflow::player

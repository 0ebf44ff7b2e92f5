// The shortest walk to a node, replayed in a scratch session to collect its variables.
#include "document/preview_start.h"

#include "heartflow/session.h"

#include <deque>
#include <optional>
#include <vector>

namespace heartflow::editor {

namespace {

// How a node was first reached in the breadth-first search: from which node, by which choice
// (empty for `next`).
struct Arrival {
    std::uint32_t from;
    std::optional<std::size_t> choice;
};

// The steps from the start to `node`, each the arrival at the next node; nullopt if unreachable.
std::optional<std::vector<std::pair<NodeIndex, Arrival>>> shortest_path(const Program& program,
                                                                        NodeIndex node) {
    std::vector<std::optional<Arrival>> arrival(program.nodes.size());
    std::vector<char> seen(program.nodes.size(), 0);
    std::deque<std::uint32_t> queue{program.start.value};
    seen[program.start.value] = 1;
    while (!queue.empty() && !seen[node.value]) {
        const std::uint32_t at = queue.front();
        queue.pop_front();
        const LinkedNode& linked = program.nodes[at];
        auto visit = [&](NodeIndex to, std::optional<std::size_t> choice) {
            if (seen[to.value]) return;
            seen[to.value] = 1;
            arrival[to.value] = Arrival{at, choice};
            queue.push_back(to.value);
        };
        if (linked.next) visit(*linked.next, std::nullopt);
        for (std::size_t c = 0; c < linked.choices.size(); ++c)
            visit(linked.choices[c].target, c);
    }
    if (!seen[node.value]) return std::nullopt;
    std::vector<std::pair<NodeIndex, Arrival>> path;
    for (std::uint32_t at = node.value; at != program.start.value; at = arrival[at]->from)
        path.insert(path.begin(), {NodeIndex{at}, *arrival[at]});
    return path;
}

// Takes the step to `to` from where `session` stands: the available choice the search used,
// else any available way to `to`, else a jump (a condition hides every way there).
void step(Session& session, NodeIndex to, const Arrival& how) {
    const std::vector<AvailableChoice> available = session.choices();
    std::optional<std::size_t> pick;
    for (std::size_t k = 0; k < available.size(); ++k) {
        if (!(available[k].target == to)) continue;
        if (!pick || available[k].index == how.choice) pick = k;
    }
    if (pick)
        (void)session.choose(*pick + 1);
    else
        (void)session.jump_to(to);
}

} // namespace

SessionSnapshot preview_start(const std::shared_ptr<const Program>& program, NodeIndex node) {
    SessionSnapshot start;
    start.status = SessionStatus::at_node;
    start.started_at_ms = system_clock_ms();
    start.path = {SnapshotStep{program->node(node).id.value, start.started_at_ms, std::nullopt}};
    Session scratch(program, [] { return std::int64_t{0}; });
    (void)scratch.start();
    start.flow_id = scratch.snapshot().flow_id;
    // With no variables in the snapshot, restoring starts from the initial values.
    if (auto path = shortest_path(*program, node)) {
        for (const auto& [to, how] : *path)
            step(scratch, to, how);
        start.variables = scratch.snapshot().variables;
    }
    return start;
}

} // namespace heartflow::editor

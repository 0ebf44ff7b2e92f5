// Renaming a node in a flow model, as an author's rename does: the id and every reference to it.
// Shared by the lossless-save tests and the fuzz_flow_edit target.
#pragma once

#include <heartflow/flow.h>

namespace heartflow::testing {

/// Renames node `old` to `renamed` and every reference to it (next, choices, start, help, tests).
inline void rename_node(Flow& f, const NodeId& old, const NodeId& renamed) {
    for (Node& m : f.nodes) {
        if (m.id == old) m.id = renamed;
        if (m.next == old) m.next = renamed;
        for (Choice& c : m.choices)
            if (c.target == old) c.target = renamed;
    }
    if (f.info.start == old) f.info.start = renamed;
    if (f.info.help == old) f.info.help = renamed;
    for (FlowTest& t : f.tests)
        if (t.reach == old) t.reach = renamed;
}

} // namespace heartflow::testing

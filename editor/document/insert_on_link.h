// A step put on an arrow: the arrow from a choice or a Continue now leads to the new step, and
// the new step's Continue leads on to where the arrow went, in one undoable change.
#pragma once

#include "document/edits.h"
#include "document/node_box.h"

namespace heartflow::editor {

/// Puts `step` (a kind with a Continue) between node `from` and the target of its port `port`:
/// the port leads to `step` (its id made unique), and `step` continues to the old target.
[[nodiscard]] Change insert_on_link(const Flow& flow, std::size_t from, const Port& port,
                                    Node step);

} // namespace heartflow::editor

// Graphviz DOT export: the flow as a directed graph for `dot` (handouts, wikis, show notes),
// kinds shown by shape and colour, choice labels and their conditions on the edges. Pure.
#pragma once

#include "heartflow/flow.h"

#include <string>

namespace heartflow {

/// The flow as a UTF-8 DOT digraph. Nodes keep their ids; links to unknown ids are left out.
[[nodiscard]] std::string export_dot(const Flow& flow);

} // namespace heartflow

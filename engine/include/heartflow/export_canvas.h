// JSON Canvas 1.0 export (the open infinite-canvas format Obsidian and other tools read): one text
// node per step at the chart layout's position, coloured by kind, and one labelled edge per
// choice. Pure.
#pragma once

#include "heartflow/flow.h"

#include <string>

namespace heartflow {

/// The flow as a JSON Canvas 1.0 document. Node ids are the flow's ids; each node's text is
/// "## Title" then the step's text; the kind is the node's preset colour ("1" to "6"); the start
/// node comes first. Positions are the nodes' `pos` when every node has one, else the layered
/// layout's. Conditions and effects have no place in the format and are left out.
[[nodiscard]] std::string export_canvas(const Flow& flow);

} // namespace heartflow

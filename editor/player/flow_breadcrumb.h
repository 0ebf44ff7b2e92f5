// Where the walk is when a detour or handover has taken it into another flow, in the words the
// player shows ("in: Preparing a Mutual Support Conversation").
#pragma once

#include "heartflow/program.h"

#include <string>

namespace heartflow::player {

/// "in: TITLE" for a step of a flow the first one opened (by a detour or handover); "" for a
/// step of the first flow. Precondition: node.value < program.nodes.size().
[[nodiscard]] std::string other_flow_words(const Program& program, NodeIndex node);

} // namespace heartflow::player

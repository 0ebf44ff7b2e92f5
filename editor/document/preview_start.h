// Where "play from here" begins: a node, with the variables a walk from the start would have
// when it arrives there. Engine only, so it is tested without a window.
#pragma once

#include "heartflow/program.h"
#include "heartflow/session_snapshot.h"

#include <memory>

namespace heartflow::editor {

/// A snapshot of a walk standing at `node` with the variables of the shortest walk from the
/// start to it (fewest steps; a step whose choice is hidden by its condition is still taken,
/// without that choice's effects). A node no walk reaches starts with the initial values.
/// Restoring it into a Session of `program` begins the walk at `node`.
/// Precondition: program is not null and node.value < program->nodes.size().
[[nodiscard]] SessionSnapshot preview_start(const std::shared_ptr<const Program>& program,
                                            NodeIndex node);

} // namespace heartflow::editor

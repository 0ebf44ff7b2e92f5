// Copy and paste of nodes between flows, through text: the nodes are written as a small flow
// with the engine's writer, so anything pasted is what a file would hold.
#pragma once

#include "heartflow/flow.h"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace heartflow::editor {

/// The clipboard text for the nodes at `indices` of `flow` (canonical flow TOML).
[[nodiscard]] std::string copy_nodes(const Flow& flow, std::span<const std::size_t> indices);

/// The nodes in clipboard `text`; nullopt when it is not copied nodes (or not a flow at all).
[[nodiscard]] std::optional<std::vector<Node>> parse_copied_nodes(const std::string& text);

} // namespace heartflow::editor

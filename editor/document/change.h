// A change to a flow, stored with both sides so it can be applied and reverted exactly. Every
// undoable command the document records is one Change.
#pragma once

#include "heartflow/flow.h"

#include <cstddef>
#include <optional>
#include <utility>
#include <vector>

namespace heartflow::editor {

/// One node replaced in place: the node at `index` before and after the change.
struct NodeReplacement {
    std::size_t index; ///< 0-based index in the flow before (and after) the change.
    Node before;       ///< The node as it was.
    Node after;        ///< The node as it becomes.
};

/// One node moved: its `pos` before and after (a move keeps no copy of the rest of the node, so
/// laying out a big flow, or many drags, stay small in the undo history).
struct NodeMove {
    std::size_t index;                           ///< 0-based index in the flow before the change.
    std::optional<std::array<double, 2>> before; ///< The position as it was.
    std::optional<std::array<double, 2>> after;  ///< The position as it becomes.
};

/// Both sides of an edit. Order of application: moves and replacements, then removals, then
/// insertions.
struct Change {
    std::vector<NodeMove> moved;                        ///< Indices in the flow before the change.
    std::vector<NodeReplacement> replaced;              ///< Indices in the flow before the change.
    std::vector<std::pair<std::size_t, Node>> removed;  ///< Ascending indices in the flow before.
    std::vector<std::pair<std::size_t, Node>> inserted; ///< Ascending indices in the flow after.
    std::optional<std::pair<FlowInfo, FlowInfo>> info;  ///< [flow] table before, after.
    std::optional<std::pair<std::vector<Variable>, std::vector<Variable>>> variables; ///< [vars].
    std::optional<std::pair<std::vector<FlowTest>, std::vector<FlowTest>>> tests;     ///< [[test]].

    /// True when applying it would change nothing.
    [[nodiscard]] bool empty() const;
};

/// Applies `change` to `flow`. Precondition: `flow` is the state the change was made from.
void apply_change(Flow& flow, const Change& change);

/// Undoes `change`. Precondition: `flow` is the state `apply_change` left.
void revert_change(Flow& flow, const Change& change);

/// Folds `later` into `earlier` when both only replace (or only move) the same nodes (a run of
/// typing in one field, or of nudges). Returns false, leaving both untouched, when they cannot
/// be merged.
bool merge_changes(Change& earlier, const Change& later);

} // namespace heartflow::editor

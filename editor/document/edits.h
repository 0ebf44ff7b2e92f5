// The editor's commands as Changes: pure functions of the flow as it stands, so each can be
// tested on its own and recorded by the Document for undo. Indices are 0-based node indices.
#pragma once

#include "document/change.h"
#include "document/shaped_layout.h"

#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace heartflow::editor {

/// A 2-D position or offset in world units (the flow's `pos` space).
using Vec2 = std::array<double, 2>;

/// An id not used by any node of `flow`: `base` itself, else base-2, base-3, ...
[[nodiscard]] std::string unique_id(const Flow& flow, const std::string& base);

/// Adds `node` at the end of the flow (its id made unique). When the flow's start names no node
/// yet (a new flow), the new node becomes the start.
[[nodiscard]] Change add_node(const Flow& flow, Node node);

/// Deletes the nodes at `indices` (any order, duplicates ignored). Links into them are kept and
/// show up as unknown-target diagnostics until retargeted.
[[nodiscard]] Change delete_nodes(const Flow& flow, std::span<const std::size_t> indices);

/// Appends copies of `nodes` moved by `offset`, each with a fresh unique id. Links between the
/// copied nodes are redirected to the copies; links to other nodes are kept.
[[nodiscard]] Change insert_copies(const Flow& flow, std::span<const Node> nodes, Vec2 offset);

/// Duplicates the nodes at `indices` (Ctrl+D) with insert_copies.
[[nodiscard]] Change duplicate_nodes(const Flow& flow, std::span<const std::size_t> indices,
                                     Vec2 offset);

/// Moves the nodes at `indices` by `delta`. `drawn` is empty or holds where every node is drawn
/// now (flow.nodes.size() entries); then every node without a `pos` is pinned where it is drawn
/// (moved ones from there), so a first drag never makes the rest of a hand-written flow jump.
[[nodiscard]] Change move_nodes(const Flow& flow, std::span<const std::size_t> indices, Vec2 delta,
                                std::span<const Vec2> drawn = {});

/// Sets the positions of many nodes at once (auto-layout): one entry per node index.
[[nodiscard]] Change set_positions(const Flow& flow,
                                   std::span<const std::pair<std::size_t, Vec2>> positions);

/// Replaces node `index` with `after` (any field). When the id changes, every reference to the
/// old id (next, choices, start, help, tests) follows it.
[[nodiscard]] Change edit_node(const Flow& flow, std::size_t index, Node after);

/// Points choice `choice` of node `index` at `target`. `choice == choices.size()` adds a new
/// choice labelled `new_label`; a node that had a `next` then keeps that way on as a first
/// choice labelled "Continue" (a node has choices or a next, never both).
[[nodiscard]] Change connect_choice(const Flow& flow, std::size_t index, std::size_t choice,
                                    const NodeId& target,
                                    const std::string& new_label = "New choice");

/// Sets (or with nullopt clears) the `next` of node `index`.
[[nodiscard]] Change set_next(const Flow& flow, std::size_t index, std::optional<NodeId> target);

/// Removes choice `choice` of node `index`.
[[nodiscard]] Change remove_choice(const Flow& flow, std::size_t index, std::size_t choice);

/// Moves choice `from` of node `index` to position `to` (both 0-based, < choices.size()).
[[nodiscard]] Change move_choice(const Flow& flow, std::size_t index, std::size_t from,
                                 std::size_t to);

/// Changes node `index` to `kind` with shape_for_kind (a new route gets a working condition and
/// a fallback; a detour or handover opens `other_flow` unless it names a flow already), and
/// makes the flow format 2 when the kind needs it.
[[nodiscard]] Change set_kind(const Flow& flow, std::size_t index, NodeKind kind,
                              const std::string& other_flow = {});

/// Makes node `index` the flow's start.
[[nodiscard]] Change set_start(const Flow& flow, std::size_t index);

/// Replaces the [flow] table.
[[nodiscard]] Change set_info(const Flow& flow, FlowInfo info);

/// Replaces the [vars] table.
[[nodiscard]] Change set_variables(const Flow& flow, std::vector<Variable> variables);

/// Lays the whole flow out in layers, top to bottom (the engine's layout_flow), for the boxes
/// the canvas draws (each as tall as its ports need), near where the nodes are now (each layer
/// keeps their left-to-right order where it can), widened towards the view's `aspect`
/// (shaped_layout; 0: as it comes), and writes every node's `pos`.
[[nodiscard]] Change auto_layout(const Flow& flow, double aspect = 0.0,
                                 const TitleMetrics& metrics = {});

/// Replaces the whole flow with `after` (reload from disk, restore from recovery), undoably.
[[nodiscard]] Change replace_flow(const Flow& flow, const Flow& after);

} // namespace heartflow::editor

// A Program is a checked, linked flow: ids resolved to indices, expressions compiled, texts
// parsed. Only the validator makes one, and only for a flow with no errors. Sessions run it.
// A flow that opens other flows (detour, handover) is linked together with them into one
// Program: their nodes follow its own (one NodeIndex space), their variables follow its own
// variables, and `parts` says which flow each range of nodes came from.
#pragma once

#include "heartflow/expression.h"
#include "heartflow/flow.h"
#include "heartflow/text_template.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace heartflow {

/// Index of a node in Flow::nodes (and Program::nodes). Strong type.
struct NodeIndex {
    std::uint32_t value = 0; ///< 0-based index.
    friend bool operator==(const NodeIndex&, const NodeIndex&) = default;
};

/// A compiled `var = expression` effect.
struct LinkedAssignment {
    std::uint32_t slot;       ///< Variable slot assigned.
    CompiledExpression value; ///< The value's expression.
};

/// A compiled choice.
struct LinkedChoice {
    TextTemplate label;                     ///< Label with placeholders resolved.
    NodeIndex target;                       ///< Where it leads.
    std::optional<CompiledExpression> when; ///< Condition, if any.
    std::vector<LinkedAssignment> effects;  ///< Effects, in order.
};

/// A compiled node; the same index as its Node in the flow.
struct LinkedNode {
    TextTemplate text;                      ///< Text with placeholders resolved.
    std::optional<NodeIndex> next;          ///< Continue target, if any.
    std::vector<LinkedChoice> choices;      ///< Choices, in order.
    std::vector<LinkedAssignment> effects;  ///< On-enter effects.
    std::optional<std::uint32_t> save_slot; ///< Reflection's save_as slot, if any.
    std::optional<NodeIndex> opens;         ///< Detour or handover: the other flow's step.
    std::optional<std::uint32_t> into_slot; ///< Scale or pick: the slot the answer is saved into.
};

/// One flow of a Program: the flow itself (part 0) or one it opens.
struct FlowPart {
    std::shared_ptr<const Flow> flow; ///< The flow.
    std::string name; ///< Its file relative to the first flow's folder; "" for the first flow.
    std::uint32_t first_node = 0;     ///< NodeIndex of its first node.
    std::uint32_t first_variable = 0; ///< Slot of its first variable in Program::variables.
    std::uint32_t variable_count = 0; ///< How many of Program::variables are its own.
    NodeIndex start;                  ///< Its start step.
    std::optional<NodeIndex> help;    ///< Its help step, if any.
    std::unordered_map<std::string, std::uint32_t> index_by_id; ///< Its node ids to NodeIndex.
};

/// Program::visit_slot of a node whose visits no expression reads.
inline constexpr std::uint32_t kUncounted = 0xFFFFFFFFu;

/// A flow ready to run. Holds the flow it was made from; never changes after it is made.
struct Program {
    std::shared_ptr<const Flow> flow;      ///< The source flow.
    std::vector<LinkedNode> nodes;         ///< Parallel to flow->nodes.
    std::vector<Variable> variables;       ///< All variables: [vars] then implicit save_as ones.
    std::vector<NodeIndex> counted;        ///< Steps whose visits expressions read: slot
                                           ///< variables.size() + k counts counted[k].
    std::vector<std::uint32_t> visit_slot; ///< Per node, its counting slot or kUncounted;
                                           ///< empty when no expression counts visits.
    NodeIndex start;                       ///< The start node.
    std::optional<NodeIndex> help;         ///< The help node, if any.
    std::vector<char> help_path;           ///< Per node: 1 when it is on the help path.
    std::unordered_map<std::string, std::uint32_t> index_by_id; ///< Node id to index.
    std::vector<FlowPart> parts; ///< parts[0] is `flow`; then the flows it opens, in link order.
    std::optional<NodeIndex> check_in_before; ///< The first flow's scale with check_in = "before":
                                              ///< the players then ask no check-in of their own.
    std::optional<NodeIndex> check_in_after;  ///< Its scale with check_in = "after", likewise.

    /// The node index of an id of the first flow, or nullopt.
    [[nodiscard]] std::optional<NodeIndex> find(std::string_view id) const;
    /// The node index of an id of part `part`, or nullopt.
    [[nodiscard]] std::optional<NodeIndex> find_in(std::size_t part, std::string_view id) const;
    /// The node of a step reference: "id" in the first flow, "file.toml:id" in a flow it opens.
    [[nodiscard]] std::optional<NodeIndex> find_step(std::string_view ref) const;
    /// The part named `name` ("" is the first flow), or nullopt.
    [[nodiscard]] std::optional<std::size_t> find_part(std::string_view name) const;
    /// Which part a node belongs to (precondition: index < nodes.size()).
    [[nodiscard]] std::size_t part_of(NodeIndex i) const;
    /// The step reference of a node: its id, prefixed "file.toml:" in a flow the first opens.
    [[nodiscard]] std::string step_ref(NodeIndex i) const;
    /// The flow a node belongs to.
    [[nodiscard]] const Flow& flow_of(NodeIndex i) const { return *parts[part_of(i)].flow; }
    /// The source node at an index (precondition: index < nodes.size()).
    [[nodiscard]] const Node& node(NodeIndex i) const {
        if (i.value < flow->nodes.size()) return flow->nodes[i.value];
        const FlowPart& part = parts[part_of(i)];
        return part.flow->nodes[i.value - part.first_node];
    }
    /// True when a node is on the help path: the help node, or reached only through it.
    [[nodiscard]] bool on_help_path(NodeIndex i) const {
        return i.value < help_path.size() && help_path[i.value] != 0;
    }
    /// How many value slots a session keeps: the variables, then one per counted step.
    [[nodiscard]] std::size_t slot_count() const { return variables.size() + counted.size(); }
    /// The slot of a variable of the first flow by name, or of a flow it opens by
    /// "file.toml:name"; nullopt when there is none.
    [[nodiscard]] std::optional<std::uint32_t> variable_slot(std::string_view name) const;
    /// The options of the pick step that fills variable `slot`, or nullptr when no pick step does.
    [[nodiscard]] const std::vector<std::string>* pick_options(std::uint32_t slot) const;
    /// How variable_slot names a slot: the variable's name, prefixed "file.toml:" in a flow the
    /// first opens.
    [[nodiscard]] std::string variable_ref(std::uint32_t slot) const;
};

} // namespace heartflow

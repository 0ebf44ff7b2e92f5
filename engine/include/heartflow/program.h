// A Program is a checked, linked flow: ids resolved to indices, expressions compiled, texts
// parsed. Only the validator makes one, and only for a flow with no errors. Sessions run it.
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

    /// The node index of an id, or nullopt.
    [[nodiscard]] std::optional<NodeIndex> find(std::string_view id) const;
    /// The source node at an index (precondition: index < nodes.size()).
    [[nodiscard]] const Node& node(NodeIndex i) const { return flow->nodes[i.value]; }
    /// True when a node is on the help path: the help node, or reached only through it.
    [[nodiscard]] bool on_help_path(NodeIndex i) const {
        return i.value < help_path.size() && help_path[i.value] != 0;
    }
    /// How many value slots a session keeps: the variables, then one per counted step.
    [[nodiscard]] std::size_t slot_count() const { return variables.size() + counted.size(); }
    /// The slot of a variable by name, or nullopt.
    [[nodiscard]] std::optional<std::uint32_t> variable_slot(std::string_view name) const;
};

} // namespace heartflow

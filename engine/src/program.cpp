// Look-ups on a linked Program.
#include "heartflow/program.h"

namespace heartflow {

std::optional<NodeIndex> Program::find(std::string_view id) const {
    auto it = index_by_id.find(std::string(id));
    if (it == index_by_id.end()) return std::nullopt;
    return NodeIndex{it->second};
}

std::optional<std::uint32_t> Program::variable_slot(std::string_view name) const {
    for (std::size_t i = 0; i < variables.size(); ++i)
        if (variables[i].name == name) return static_cast<std::uint32_t>(i);
    return std::nullopt;
}

} // namespace heartflow

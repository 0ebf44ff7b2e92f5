// Look-ups on a linked Program.
#include "heartflow/program.h"

namespace heartflow {

std::optional<NodeIndex> Program::find(std::string_view id) const {
    auto it = index_by_id.find(std::string(id));
    if (it == index_by_id.end()) return std::nullopt;
    return NodeIndex{it->second};
}

std::optional<NodeIndex> Program::find_in(std::size_t part, std::string_view id) const {
    if (part == 0) return find(id);
    if (part >= parts.size()) return std::nullopt;
    auto it = parts[part].index_by_id.find(std::string(id));
    if (it == parts[part].index_by_id.end()) return std::nullopt;
    return NodeIndex{it->second};
}

std::optional<NodeIndex> Program::find_step(std::string_view ref) const {
    const std::size_t colon = ref.rfind(':');
    if (colon == std::string_view::npos) return find(ref);
    auto part = find_part(ref.substr(0, colon));
    if (!part) return std::nullopt;
    return find_in(*part, ref.substr(colon + 1));
}

std::optional<std::size_t> Program::find_part(std::string_view name) const {
    if (name.empty()) return 0;
    for (std::size_t k = 1; k < parts.size(); ++k)
        if (parts[k].name == name) return k;
    return std::nullopt;
}

std::size_t Program::part_of(NodeIndex i) const {
    std::size_t k = parts.size();
    while (k > 1 && parts[k - 1].first_node > i.value)
        --k;
    return k == 0 ? 0 : k - 1;
}

std::string Program::step_ref(NodeIndex i) const {
    const std::size_t part = part_of(i);
    const std::string& id = node(i).id.value;
    return part == 0 ? id : parts[part].name + ":" + id;
}

std::optional<std::uint32_t> Program::variable_slot(std::string_view name) const {
    const std::size_t colon = name.rfind(':');
    std::optional<std::size_t> part = 0;
    if (colon != std::string_view::npos) {
        part = find_part(name.substr(0, colon));
        name = name.substr(colon + 1);
    }
    if (!part) return std::nullopt;
    std::size_t first = 0, end = variables.size();
    if (*part < parts.size()) {
        first = parts[*part].first_variable;
        end = first + parts[*part].variable_count;
    }
    for (std::size_t i = first; i < end; ++i)
        if (variables[i].name == name) return static_cast<std::uint32_t>(i);
    return std::nullopt;
}

std::string Program::variable_ref(std::uint32_t slot) const {
    for (std::size_t k = parts.size(); k-- > 1;)
        if (slot >= parts[k].first_variable && parts[k].variable_count > 0)
            return parts[k].name + ":" + variables[slot].name;
    return variables[slot].name;
}

const std::vector<std::string>* Program::pick_options(std::uint32_t slot) const {
    for (std::uint32_t i = 0; i < nodes.size(); ++i)
        if (nodes[i].into_slot == slot && node(NodeIndex{i}).kind == NodeKind::pick)
            return &node(NodeIndex{i}).options;
    return nullptr;
}

} // namespace heartflow

// Node kinds, ids and look-ups of the flow model.
#include "heartflow/flow.h"

#include <array>
#include <utility>

namespace heartflow {

namespace {
constexpr std::array<std::pair<NodeKind, const char*>, 11> kKindNames = {{
    {NodeKind::question, "question"},
    {NodeKind::prompt, "prompt"},
    {NodeKind::reflection, "reflection"},
    {NodeKind::body_check, "body_check"},
    {NodeKind::breathing, "breathing"},
    {NodeKind::ending, "ending"},
    {NodeKind::route, "route"},
    {NodeKind::detour, "detour"},
    {NodeKind::handover, "handover"},
    {NodeKind::scale, "scale"},
    {NodeKind::pick, "pick"},
}};
} // namespace

const char* kind_name(NodeKind kind) {
    for (const auto& [k, name] : kKindNames)
        if (k == kind) return name;
    return "?";
}

bool is_unshown(NodeKind kind) {
    return kind == NodeKind::route || kind == NodeKind::detour || kind == NodeKind::handover;
}

std::optional<NodeKind> parse_kind(std::string_view name) {
    for (const auto& [k, n] : kKindNames)
        if (name == n) return k;
    return std::nullopt;
}

bool is_valid_id(std::string_view id) {
    if (id.empty() || id.size() > 128) return false;
    for (unsigned char c : id) {
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                  c == '-' || c == '_';
        if (!ok) return false;
    }
    return true;
}

const Node* Flow::find_node(std::string_view id) const {
    for (const Node& n : nodes)
        if (n.id.value == id) return &n;
    return nullptr;
}

} // namespace heartflow

// Annotations of routes, detours and handovers for the canvas.
#include "document/step_annotation.h"

namespace heartflow::editor {

std::string step_annotation(const Node& node) {
    const std::string file = node.flow.empty() ? std::string("(no flow chosen)") : node.flow;
    const std::string at = node.at ? " at " + node.at->value : "";
    switch (node.kind) {
    case NodeKind::detour:
        return "detour into " + file + at;
    case NodeKind::handover:
        return "goes on in " + file + at;
    case NodeKind::route:
        break;
    case NodeKind::scale:
        return "rating " + std::to_string(node.rating_min()) + " to " +
               std::to_string(node.rating_max()) + " into " + node.into;
    case NodeKind::pick: {
        std::string items;
        for (const std::string& o : node.options)
            items += (items.empty() ? "" : ", ") + o;
        return "pick from " + items + " into " + node.into;
    }
    default:
        return "";
    }
    std::string lines;
    for (const Choice& c : node.choices)
        lines += (lines.empty() ? "" : "; ") + (c.when ? "if " + c.when->source : "otherwise");
    return lines;
}

} // namespace heartflow::editor

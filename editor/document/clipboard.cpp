// Clipboard text for nodes.
#include "document/clipboard.h"

#include "heartflow/loader.h"
#include "heartflow/writer.h"

#include <set>

namespace heartflow::editor {

namespace {

// The [flow] id that marks clipboard text as copied nodes.
constexpr const char* kClipboardFlowId = "heartflow-clipboard";

} // namespace

std::string copy_nodes(const Flow& flow, std::span<const std::size_t> indices) {
    Flow copied;
    copied.info.id = kClipboardFlowId;
    copied.info.title = "Nodes copied from " + flow.info.title;
    std::set<std::size_t> sorted(indices.begin(), indices.end());
    for (std::size_t i : sorted)
        if (i < flow.nodes.size()) copied.nodes.push_back(flow.nodes[i]);
    if (!copied.nodes.empty()) copied.info.start = copied.nodes.front().id;
    return write_flow(copied);
}

std::optional<std::vector<Node>> parse_copied_nodes(const std::string& text) {
    if (text.find(kClipboardFlowId) == std::string::npos) return std::nullopt;
    ParseResult parsed = parse_flow(text);
    if (!parsed.flow || parsed.flow->info.id != kClipboardFlowId || parsed.flow->nodes.empty())
        return std::nullopt;
    return std::move(parsed.flow->nodes);
}

} // namespace heartflow::editor

// Reading the flows a flow opens (detour, handover): each file once, breadth first, by its name
// relative to the first flow's folder, so the validator can link them into one Program.
#include "heartflow/loader.h"

#include <deque>

namespace heartflow {

std::string OpenedFlows::resolve(std::string_view from, std::string_view written) {
    const std::filesystem::path base = std::filesystem::path(from).parent_path();
    return (base / std::filesystem::path(written)).lexically_normal().generic_string();
}

const OpenedFlow* OpenedFlows::find(std::string_view name) const {
    for (const OpenedFlow& f : flows)
        if (f.name == name) return &f;
    return nullptr;
}

namespace {

// Reads one opened flow; its diagnostics name its own file.
OpenedFlow read_one(const std::string& name, const std::filesystem::path& folder) {
    OpenedFlow opened{name, folder / name, nullptr, {}};
    auto bytes = read_flow_bytes(opened.path);
    if (auto* d = std::get_if<Diagnostic>(&bytes)) {
        opened.diagnostics.push_back(*d);
    } else {
        ParseResult parsed = parse_flow(std::get<std::string>(bytes));
        opened.diagnostics = std::move(parsed.diagnostics);
        if (parsed.flow) opened.flow = std::make_shared<const Flow>(std::move(*parsed.flow));
    }
    for (Diagnostic& d : opened.diagnostics)
        d.file = opened.path.string();
    return opened;
}

} // namespace

OpenedFlows read_opened_flows(const Flow& flow, const std::filesystem::path& path) {
    OpenedFlows set;
    set.folder = path.parent_path();
    set.first_name = path.filename().generic_string();
    std::deque<std::pair<std::string, const Flow*>> work{{set.first_name, &flow}};
    while (!work.empty()) {
        auto [from, source] = work.front();
        work.pop_front();
        for (const Node& n : source->nodes) {
            if (n.flow.empty() || n.flow.find('\0') != std::string::npos) continue;
            std::string name = OpenedFlows::resolve(from, n.flow);
            if (name == set.first_name || set.find(name)) continue;
            if (set.flows.size() == kMaxOpenedFlows) return set;
            set.flows.push_back(read_one(name, set.folder));
            if (set.flows.back().flow) work.emplace_back(name, set.flows.back().flow.get());
        }
    }
    return set;
}

} // namespace heartflow

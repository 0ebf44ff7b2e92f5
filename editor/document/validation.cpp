// Synthetic source ranges that name nodes, so validator diagnostics map back to them.
#include "document/validation.h"

#include "heartflow/loader.h"
#include "heartflow/validator.h"

#include <algorithm>

namespace heartflow::editor {

namespace {

// Line 1 holds the flow-wide tables; node i is on line kFirstNodeLine + i.
constexpr std::uint32_t kFlowLine = 1;
constexpr std::uint32_t kFirstNodeLine = 2;

SourceRange at_line(std::uint32_t line) {
    return {{line, 1}, {line, 1}};
}

void stamp(std::vector<Assignment>& effects, std::uint32_t line) {
    for (auto& a : effects) {
        a.range = at_line(line);
        a.value.range = at_line(line);
    }
}

void stamp(Node& node, std::uint32_t line) {
    const SourceRange r = at_line(line);
    node.range = node.id_range = node.text_range = node.next_range = r;
    node.save_as_range = node.placeholder_range = node.pattern_range = node.rounds_range = r;
    node.flow_range = node.at_range = r;
    stamp(node.effects, line);
    for (auto& c : node.choices) {
        c.range = c.label_range = c.target_range = r;
        if (c.when) c.when->range = r;
        stamp(c.effects, line);
    }
}

} // namespace

void stamp_ranges(Flow& flow) {
    const SourceRange r = at_line(kFlowLine);
    flow.info.range = flow.info.start_range = flow.info.help_range = r;
    for (auto& v : flow.variables)
        v.range = r;
    for (auto& t : flow.tests) {
        t.range = t.reach_range = r;
        for (auto& e : t.expect)
            e.range = r;
        for (auto& a : t.answers)
            a.range = r;
    }
    for (std::size_t i = 0; i < flow.nodes.size(); ++i)
        stamp(flow.nodes[i], kFirstNodeLine + static_cast<std::uint32_t>(i));
}

Validation validate_for_editor(const Flow& flow) {
    auto stamped = std::make_shared<Flow>(flow);
    stamp_ranges(*stamped);
    return validate_stamped(std::move(stamped));
}

Validation validate_stamped(std::shared_ptr<const Flow> stamped,
                            const std::filesystem::path& file) {
    const Flow& flow = *stamped;
    OpenedFlows opened;
    if (!file.empty()) opened = read_opened_flows(flow, file);
    // `stamped` keeps `flow` alive below
    ValidationResult result = validate(stamped, file.empty() ? nullptr : &opened);
    Validation v;
    v.program = result.program;
    v.worst.assign(flow.nodes.size(), std::nullopt);
    for (auto& d : result.diagnostics) {
        std::optional<std::size_t> node;
        const std::uint32_t line = d.range.begin.line;
        if (d.file.empty() && line >= kFirstNodeLine && line - kFirstNodeLine < flow.nodes.size()) {
            node = line - kFirstNodeLine;
            auto& worst = v.worst[*node];
            if (!worst || d.severity == Severity::error) worst = d.severity;
        }
        (d.severity == Severity::error ? v.errors : v.warnings) += 1;
        v.diagnostics.push_back({std::move(d), node});
    }
    std::stable_sort(v.diagnostics.begin(), v.diagnostics.end(), [](const auto& a, const auto& b) {
        const std::size_t ka = a.node ? *a.node + 1 : 0, kb = b.node ? *b.node + 1 : 0;
        return ka < kb;
    });
    return v;
}

} // namespace heartflow::editor

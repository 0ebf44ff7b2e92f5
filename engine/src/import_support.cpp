// From a graph read out of another format to a validated flow.
#include "import_support.h"

#include "heartflow/validator.h"
#include "interop_text.h"

#include <algorithm>
#include <memory>
#include <set>

namespace heartflow::interop {

Diagnostic import_diagnostic(DiagCode code, std::string message, SourcePos at) {
    return make_diagnostic(code, std::move(message), SourceRange{at, at});
}

namespace {

// Letters, digits, '-' and '_' only, runs of anything else as one '_', at most 128 bytes.
std::string id_from(std::string_view key, std::string_view fallback) {
    std::string id;
    for (char c : key) {
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                  c == '-' || c == '_';
        if (ok)
            id += c;
        else if (!id.empty() && id.back() != '_')
            id += '_';
    }
    while (!id.empty() && id.back() == '_')
        id.pop_back();
    if (id.size() > 120) id.resize(120);
    return id.empty() ? std::string(fallback) : id;
}

// Flow text is a template: literal braces are written doubled.
std::string literal_text(std::string_view text) {
    std::string out;
    for (char c : text) {
        out += c;
        if (c == '{' || c == '}') out += c;
    }
    return out;
}

std::string title_of(const ImportNode& n) {
    if (!n.title.empty()) return trim(n.title);
    std::string first = trim(split_lines(trim(n.text)).front());
    if (first.empty()) return n.key;
    return wrap_words(first, 60, 1).front();
}

// Chooses the kind: a step with no way on is an ending; a named kind is kept where it fits.
NodeKind kind_of(const ImportNode& n, const std::vector<const ImportEdge*>& out,
                 std::vector<Diagnostic>& diagnostics) {
    if (out.empty()) {
        if (n.kind && *n.kind != NodeKind::ending)
            diagnostics.push_back(import_diagnostic(DiagCode::import_unmapped,
                                                    "'" + n.key + "' is marked " +
                                                        kind_name(*n.kind) +
                                                        " but has no way on; it becomes an ending",
                                                    n.range.begin));
        return NodeKind::ending;
    }
    if (n.kind && *n.kind == NodeKind::ending)
        diagnostics.push_back(import_diagnostic(
            DiagCode::import_unmapped,
            "'" + n.key + "' is marked ending but leads on; it becomes a question", n.range.begin));
    if (n.kind && *n.kind != NodeKind::ending) return *n.kind;
    return out.size() == 1 && !out.front()->label ? NodeKind::prompt : NodeKind::question;
}

} // namespace

ImportResult build_imported_flow(ImportGraph graph, std::string_view name) {
    ImportResult result;
    result.diagnostics = std::move(graph.diagnostics);
    if (has_errors(result.diagnostics)) return result; // what could not be read is never guessed
    if (graph.nodes.empty()) {
        result.diagnostics.push_back(
            import_diagnostic(DiagCode::import_unsupported,
                              "no steps found: a flow needs at least one node", {1, 1}));
        return result;
    }
    Flow flow;
    flow.info.id = id_from(name, "imported");
    flow.info.title = trim(graph.title).empty() ? std::string(name.empty() ? "Imported flow" : name)
                                                : trim(graph.title);
    std::vector<std::string> ids;
    std::set<std::string> used;
    for (const ImportNode& n : graph.nodes) {
        std::string base = id_from(n.key, "step"), id = base;
        for (int k = 2; used.count(id); ++k)
            id = base + "-" + std::to_string(k);
        used.insert(id);
        ids.push_back(id);
    }
    std::vector<std::vector<const ImportEdge*>> out(graph.nodes.size());
    for (const ImportEdge& e : graph.edges)
        out[e.from].push_back(&e);
    for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
        const ImportNode& in = graph.nodes[i];
        Node node;
        node.id = NodeId{ids[i]};
        node.kind = kind_of(in, out[i], result.diagnostics);
        node.title = title_of(in);
        std::string text = trim(in.text);
        node.text = literal_text(text.empty() ? node.title : text);
        node.pos = in.pos;
        node.range = node.id_range = node.text_range = in.range;
        if (out[i].size() == 1 && !out[i].front()->label) {
            node.next = NodeId{ids[out[i].front()->to]};
            node.next_range = out[i].front()->range;
        } else {
            for (const ImportEdge* e : out[i]) {
                Choice c;
                c.label = literal_text(e->label ? trim(*e->label) : title_of(graph.nodes[e->to]));
                if (trim(c.label).empty()) c.label = literal_text(title_of(graph.nodes[e->to]));
                c.target = NodeId{ids[e->to]};
                c.range = c.label_range = c.target_range = e->range;
                node.choices.push_back(std::move(c));
            }
        }
        flow.nodes.push_back(std::move(node));
    }
    flow.info.start = NodeId{ids[graph.start.value_or(0)]};
    ValidationResult checked = validate(std::make_shared<const Flow>(flow));
    result.diagnostics.insert(result.diagnostics.end(), checked.diagnostics.begin(),
                              checked.diagnostics.end());
    std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(),
                     [](const Diagnostic& a, const Diagnostic& b) {
                         return std::pair(a.range.begin.line, a.range.begin.column) <
                                std::pair(b.range.begin.line, b.range.begin.column);
                     });
    result.flow = std::move(flow);
    return result;
}

} // namespace heartflow::interop

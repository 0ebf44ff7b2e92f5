// JSON Canvas 1.0 import.
#include "heartflow/import.h"

#include "import_support.h"
#include "interop_text.h"
#include "json_reader.h"

#include <map>

namespace heartflow {

namespace {

using interop::import_diagnostic;
using interop::JsonValue;

// "## Title\n\ntext" gives a title and a text; other text is all text.
void split_heading(const std::string& text, interop::ImportNode& node) {
    std::string trimmed = interop::trim(text);
    if (trimmed.empty() || trimmed.front() != '#') {
        node.text = trimmed;
        return;
    }
    std::size_t end = trimmed.find('\n');
    std::string heading = trimmed.substr(0, end);
    std::size_t hashes = heading.find_first_not_of('#');
    if (hashes == std::string::npos || hashes > 6 || heading[hashes] != ' ') {
        node.text = trimmed;
        return;
    }
    node.title = interop::trim(std::string_view(heading).substr(hashes));
    node.text = end == std::string::npos ? std::string()
                                         : interop::trim(std::string_view(trimmed).substr(end + 1));
}

class CanvasReader {
public:
    interop::ImportGraph graph;

    void read(std::string_view text) {
        auto parsed = interop::parse_json(text);
        if (!parsed.value) {
            graph.diagnostics.push_back(import_diagnostic(
                DiagCode::import_syntax, "not valid JSON: " + parsed.error, parsed.error_pos));
            return;
        }
        const JsonValue& root = *parsed.value;
        if (root.type != JsonValue::Type::object)
            return error("a JSON Canvas file is an object with \"nodes\" and \"edges\"", root.pos);
        if (const JsonValue* nodes = root.find("nodes")) {
            if (nodes->type != JsonValue::Type::array)
                return error("\"nodes\" must be an array", nodes->pos);
            for (const JsonValue& n : nodes->items)
                node(n);
        }
        if (const JsonValue* edges = root.find("edges")) {
            if (edges->type != JsonValue::Type::array)
                return error("\"edges\" must be an array", edges->pos);
            for (const JsonValue& e : edges->items)
                edge(e);
        }
    }

private:
    void error(std::string message, SourcePos at) {
        graph.diagnostics.push_back(
            import_diagnostic(DiagCode::import_syntax, std::move(message), at));
    }
    void unmapped(std::string message, SourcePos at) {
        graph.diagnostics.push_back(
            import_diagnostic(DiagCode::import_unmapped, std::move(message), at));
    }

    void node(const JsonValue& n) {
        if (n.type != JsonValue::Type::object) return error("each node must be an object", n.pos);
        const std::string* id = n.find_string("id");
        const std::string* type = n.find_string("type");
        if (!id || !type) return error("a node needs a string \"id\" and \"type\"", n.pos);
        for (const char* key : {"x", "y", "width", "height"}) {
            const JsonValue* v = n.find(key);
            if (!v || v->type != JsonValue::Type::number)
                return error(std::string("a node needs a number \"") + key + "\"", n.pos);
        }
        if (*type != "text") {
            left_out_.emplace(*id, *type);
            if (*type == "group")
                unmapped("group '" + *id +
                             "' has no place in a flow; its steps are kept, the group is left out",
                         n.pos);
            else
                unmapped("a " + *type + " node ('" + *id +
                             "') has no place in a flow; it is left out",
                         n.pos);
            return;
        }
        if (index_.count(*id)) return error("a second node with the id '" + *id + "'", n.pos);
        interop::ImportNode node{*id,
                                 "",
                                 "",
                                 std::nullopt,
                                 std::array<double, 2>{n.find("x")->number, n.find("y")->number},
                                 {n.pos, n.pos}};
        if (const std::string* text = n.find_string("text")) split_heading(*text, node);
        if (const std::string* color = n.find_string("color"))
            node.kind = interop::kind_of_canvas_color(*color);
        index_.emplace(*id, graph.nodes.size());
        graph.nodes.push_back(std::move(node));
    }

    void edge(const JsonValue& e) {
        if (e.type != JsonValue::Type::object) return error("each edge must be an object", e.pos);
        const std::string* from = e.find_string("fromNode");
        const std::string* to = e.find_string("toNode");
        if (!from || !to) return error("an edge needs a string \"fromNode\" and \"toNode\"", e.pos);
        for (const std::string* end : {from, to}) {
            if (index_.count(*end)) continue;
            if (left_out_.count(*end))
                unmapped("this edge touches '" + *end +
                             "', which is left out, so it is left out too",
                         e.pos);
            else
                error("this edge names the node '" + *end + "', which does not exist", e.pos);
            return;
        }
        const std::string* from_end = e.find_string("fromEnd");
        const std::string* to_end = e.find_string("toEnd");
        bool arrow_at_from = from_end && *from_end == "arrow";
        bool arrow_at_to = !to_end || *to_end == "arrow";
        std::optional<std::string> label;
        if (const std::string* l = e.find_string("label")) label = *l;
        std::size_t a = index_[*from], b = index_[*to];
        if (!arrow_at_to && !arrow_at_from)
            unmapped("an edge without an arrowhead is read as leading from fromNode to toNode",
                     e.pos);
        if (arrow_at_to || !arrow_at_from) graph.edges.push_back({a, b, label, {e.pos, e.pos}});
        if (arrow_at_from) graph.edges.push_back({b, a, label, {e.pos, e.pos}});
    }

    std::map<std::string, std::size_t> index_;
    std::map<std::string, std::string> left_out_;
};

} // namespace

ImportResult import_canvas(std::string_view text, std::string_view name) {
    CanvasReader reader;
    reader.read(text);
    return interop::build_imported_flow(std::move(reader.graph), name);
}

} // namespace heartflow

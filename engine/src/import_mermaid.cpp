// Mermaid flowchart import.
//
// [SECTION] Labels: quotes, entity codes (#quot; #35; #9829;), <br>
// [SECTION] Reader: header, statements, node references, links and chains
#include "heartflow/import.h"

#include "import_support.h"
#include "interop_text.h"
#include "json_reader.h"

#include <map>
#include <tuple>

namespace heartflow {

namespace {

using interop::import_diagnostic;

// [SECTION] Labels

// Decodes Mermaid's entity codes (#quot; #amp; #lt; #gt; #35; #x2764;) and <br> line breaks.
std::string decode_label(std::string_view raw) {
    std::string out;
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] == '#') {
            std::size_t semi = raw.find(';', i);
            if (semi != std::string_view::npos && semi - i <= 10) {
                std::string_view code = raw.substr(i + 1, semi - i - 1);
                static const std::map<std::string_view, const char*> named = {
                    {"quot", "\""}, {"amp", "&"},  {"lt", "<"},
                    {"gt", ">"},    {"apos", "'"}, {"nbsp", "\u00a0"}};
                if (auto it = named.find(code); it != named.end()) {
                    out += it->second;
                    i = semi;
                    continue;
                }
                bool hex = !code.empty() && (code[0] == 'x' || code[0] == 'X');
                std::string digits(hex ? code.substr(1) : code);
                if (!digits.empty() &&
                    digits.find_first_not_of(hex ? "0123456789abcdefABCDEF" : "0123456789") ==
                        std::string::npos) {
                    interop::append_utf8(out, static_cast<std::uint32_t>(
                                                  std::stoul(digits, nullptr, hex ? 16 : 10)));
                    i = semi;
                    continue;
                }
            }
        }
        if (raw[i] == '<' && (raw.substr(i, 4) == "<br>" || raw.substr(i, 5) == "<br/>" ||
                              raw.substr(i, 6) == "<br />")) {
            out += '\n';
            i = raw.find('>', i);
            continue;
        }
        out += raw[i];
    }
    return out;
}

// A label as written: quoted ("..." with a `...` Markdown string inside) or bare.
std::string label_text(std::string_view raw) {
    std::string t = interop::trim(raw);
    if (t.size() >= 2 && t.front() == '"' && t.back() == '"') t = t.substr(1, t.size() - 2);
    if (t.size() >= 2 && t.front() == '`' && t.back() == '`') t = t.substr(1, t.size() - 2);
    return interop::trim(decode_label(t));
}

// [SECTION] Reader

struct Shape {
    std::string_view open, close;
};
// Longest openers first.
constexpr Shape kShapes[] = {{"(((", ")))"}, {"((", "))"}, {"([", "])"}, {"[[", "]]"},
                             {"[(", ")]"},   {"{{", "}}"}, {"[/", "/]"}, {"[\\", "\\]"},
                             {"(", ")"},     {"[", "]"},   {"{", "}"},   {">", "]"}};

bool id_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           static_cast<unsigned char>(c) >= 0x80;
}

struct Link {
    bool visible = true;
    bool dotted = false;
    bool directed = true;
    bool both = false;
    std::optional<std::string> label;
};

class MermaidReader {
public:
    interop::ImportGraph graph;

    void read(std::string_view text) {
        std::vector<std::string> lines = interop::split_lines(text);
        std::size_t first = frontmatter(lines);
        for (std::size_t i = first; i < lines.size() && !stopped_; ++i) {
            line_ = lines[i];
            line_no_ = static_cast<std::uint32_t>(i + 1);
            at_ = 0;
            statements();
        }
        if (!header_seen_ && !stopped_)
            graph.diagnostics.push_back(import_diagnostic(
                DiagCode::import_unsupported,
                "no Mermaid flowchart found (it starts with 'flowchart' or 'graph')", {1, 1}));
        for (const auto& [ids, name, at] : classes_) {
            auto kind = parse_kind(name);
            // A detour or hand-over needs its other flow's file, a scale or pick its variable, a
            // route its conditions, which Mermaid does not carry.
            if (!kind || *kind == NodeKind::detour || *kind == NodeKind::handover ||
                *kind == NodeKind::scale || *kind == NodeKind::pick || *kind == NodeKind::route)
                continue;
            for (const std::string& id : ids) {
                auto it = index_.find(id);
                if (it != index_.end()) graph.nodes[it->second].kind = kind;
            }
        }
    }

private:
    SourcePos pos() const {
        return {line_no_, static_cast<std::uint32_t>(
                              interop::code_points(std::string_view(line_).substr(0, at_)) + 1)};
    }
    char peek(std::size_t ahead = 0) const {
        return at_ + ahead < line_.size() ? line_[at_ + ahead] : '\0';
    }
    void skip_space() {
        while (peek() == ' ' || peek() == '\t')
            ++at_;
    }
    bool starts(std::string_view s) const {
        return std::string_view(line_).substr(at_, s.size()) == s;
    }
    void error(DiagCode code, std::string message) {
        graph.diagnostics.push_back(import_diagnostic(code, std::move(message), pos()));
    }

    // A `---` block before the chart: keeps its `title:`.
    std::size_t frontmatter(const std::vector<std::string>& lines) {
        std::size_t i = 0;
        while (i < lines.size() && interop::trim(lines[i]).empty())
            ++i;
        if (i >= lines.size() || interop::trim(lines[i]) != "---") return 0;
        for (std::size_t j = i + 1; j < lines.size(); ++j) {
            std::string t = interop::trim(lines[j]);
            if (t == "---") return j + 1;
            if (t.rfind("title:", 0) == 0) {
                std::string value = interop::trim(std::string_view(t).substr(6));
                if (!value.empty() && value.front() == '"') {
                    auto parsed = interop::parse_json(value);
                    if (parsed.value && parsed.value->type == interop::JsonValue::Type::string)
                        value = parsed.value->string;
                } else if (value.size() >= 2 && value.front() == '\'' && value.back() == '\'') {
                    value = value.substr(1, value.size() - 2);
                }
                graph.title = value;
            }
        }
        return 0;
    }

    std::string word() {
        std::size_t start = at_;
        while (at_ < line_.size() && line_[at_] != ' ' && line_[at_] != '\t' && line_[at_] != ';')
            ++at_;
        return line_.substr(start, at_ - start);
    }

    void statements() {
        while (true) {
            skip_space();
            if (at_ >= line_.size() || starts("%%")) return;
            if (peek() == ';') {
                ++at_;
                continue;
            }
            if (!header_seen_) {
                header();
                if (stopped_) return;
                continue;
            }
            std::size_t start = at_;
            SourcePos here = pos();
            std::string w = word();
            if (w == "subgraph") {
                graph.diagnostics.push_back(import_diagnostic(
                    DiagCode::import_unmapped,
                    "a subgraph has no place in a flow; its steps are kept, the group is left out",
                    here));
                return;
            }
            if (w == "end" || w == "direction" || w == "classDef" || w == "style" ||
                w == "linkStyle" || w.rfind("accTitle", 0) == 0 || w.rfind("accDescr", 0) == 0)
                return;
            if (w == "click") {
                graph.diagnostics.push_back(import_diagnostic(
                    DiagCode::import_unmapped,
                    "'click' (a link or callback) has no place in a flow; it is left out", here));
                return;
            }
            if (w == "class") return class_statement(here);
            at_ = start;
            if (!chain()) return;
        }
    }

    void header() {
        SourcePos here = pos();
        std::string w = word();
        if (w != "flowchart" && w != "graph" && w != "flowchart-elk") {
            graph.diagnostics.push_back(
                import_diagnostic(DiagCode::import_unsupported,
                                  "'" + w +
                                      "' is not a Mermaid flowchart; only 'flowchart' and 'graph' "
                                      "diagrams can become a flow",
                                  here));
            stopped_ = true;
            return;
        }
        header_seen_ = true;
        skip_space();
        word(); // the direction, if any: a flow's chart is always drawn top-down
    }

    void class_statement(SourcePos here) {
        skip_space();
        std::string ids = word();
        skip_space();
        std::string name = word();
        std::vector<std::string> list;
        for (std::size_t p = 0; p <= ids.size();) {
            std::size_t comma = ids.find(',', p);
            list.push_back(
                ids.substr(p, comma == std::string::npos ? std::string::npos : comma - p));
            if (comma == std::string::npos) break;
            p = comma + 1;
        }
        classes_.emplace_back(std::move(list), std::move(name), here);
    }

    // A chain: group (link group)*, each group `node (& node)*`. False when the line is done.
    bool chain() {
        std::vector<std::size_t> left;
        if (!group(left)) return false;
        while (true) {
            skip_space();
            SourcePos link_pos = pos();
            Link link;
            if (!parse_link(link)) break;
            std::vector<std::size_t> right;
            skip_space();
            if (!group(right)) return false;
            if (link.visible) {
                if (!link.directed)
                    graph.diagnostics.push_back(import_diagnostic(
                        DiagCode::import_unmapped,
                        "a link without an arrowhead is read as leading left to right", link_pos));
                for (std::size_t a : left)
                    for (std::size_t b : right) {
                        graph.edges.push_back({a, b, link.label, {link_pos, link_pos}});
                        if (link.both)
                            graph.edges.push_back({b, a, link.label, {link_pos, link_pos}});
                    }
            }
            left = std::move(right);
        }
        skip_space();
        if (at_ < line_.size() && peek() != ';' && !starts("%%")) {
            error(DiagCode::import_syntax, "unexpected text in a Mermaid statement");
            return false;
        }
        return true;
    }

    bool group(std::vector<std::size_t>& out) {
        while (true) {
            skip_space();
            std::size_t node;
            if (!node_ref(node)) {
                error(DiagCode::import_syntax, "expected a node id here");
                return false;
            }
            out.push_back(node);
            skip_space();
            if (peek() != '&') return true;
            ++at_;
        }
    }

    std::size_t node_index(const std::string& id, SourcePos at) {
        auto [it, added] = index_.emplace(id, graph.nodes.size());
        if (added) graph.nodes.push_back({id, "", "", std::nullopt, std::nullopt, {at, at}});
        return it->second;
    }

    bool node_ref(std::size_t& node) {
        SourcePos at = pos();
        std::size_t start = at_;
        while (at_ < line_.size() && (id_char(peek()) || (peek() == '-' && id_char(peek(1))) ||
                                      (peek() == '.' && id_char(peek(1)))))
            ++at_;
        if (at_ == start) return false;
        std::string id = line_.substr(start, at_ - start);
        node = node_index(id, at);
        if (starts("@{")) return new_shape_syntax(node);
        for (const Shape& shape : kShapes) {
            if (!starts(shape.open)) continue;
            at_ += shape.open.size();
            std::size_t close = closing(shape);
            if (close == std::string::npos) {
                error(DiagCode::import_syntax, "this node's shape is not closed (expected '" +
                                                   std::string(shape.close) + "')");
                return false;
            }
            set_label(node, label_text(std::string_view(line_).substr(at_, close - at_)),
                      shape.open == "{" || shape.open == "{{");
            at_ = close + shape.close.size();
            break;
        }
        if (starts(":::")) {
            at_ += 3;
            std::size_t s = at_;
            while (id_char(peek()) || peek() == '-')
                ++at_;
            classes_.emplace_back(std::vector<std::string>{id}, line_.substr(s, at_ - s), at);
        }
        return true;
    }

    // Where the shape's closer is: after a quoted label when there is one.
    std::size_t closing(const Shape& shape) const {
        std::size_t from = at_;
        while (from < line_.size() && (line_[from] == ' ' || line_[from] == '\t'))
            ++from;
        if (from < line_.size() && line_[from] == '"') {
            std::size_t end_quote = line_.find('"', from + 1);
            if (end_quote == std::string::npos) return std::string::npos;
            from = end_quote + 1;
        }
        std::size_t close = line_.find(shape.close, from);
        if (shape.open == "[/" && close == std::string::npos) close = line_.find("\\]", from);
        if (shape.open == "[\\" && close == std::string::npos) close = line_.find("/]", from);
        return close;
    }

    // `id@{ shape: ..., label: "..." }` (Mermaid 11): the label is kept, the shape is not needed.
    bool new_shape_syntax(std::size_t node) {
        std::size_t close = line_.find('}', at_);
        if (close == std::string::npos) {
            error(DiagCode::import_syntax, "this node's '@{' is not closed");
            return false;
        }
        std::string_view body = std::string_view(line_).substr(at_ + 2, close - at_ - 2);
        std::size_t label = body.find("label:");
        if (label != std::string_view::npos) {
            std::string_view rest = body.substr(label + 6);
            std::size_t q1 = rest.find('"'),
                        q2 = q1 == std::string_view::npos ? q1 : rest.find('"', q1 + 1);
            if (q2 != std::string_view::npos)
                set_label(node, label_text(rest.substr(q1, q2 - q1 + 1)), false);
        }
        at_ = close + 1;
        return true;
    }

    void set_label(std::size_t node, std::string label, bool decision) {
        interop::ImportNode& n = graph.nodes[node];
        if (!n.text.empty()) return; // the first definition wins
        n.text = label;
        if (interop::code_points(label) > 80 || label.find('\n') != std::string::npos)
            n.title = interop::wrap_words(label, 60, 1).front();
        else
            n.title = label;
        if (decision && !n.kind) n.kind = NodeKind::question;
    }

    // One link: `-->`, `---`, `-.->`, `==>`, `<-->`, `--o`, `--x`, `~~~`, with a label as
    // `-- text -->` or `-->|text|`. False (nothing read) when there is no link here.
    bool parse_link(Link& link) {
        std::size_t start = at_;
        if (peek() == '<') {
            link.both = true;
            ++at_;
        }
        std::size_t run = at_;
        while (peek() == '-' || peek() == '=' || peek() == '.' || peek() == '~')
            ++at_;
        std::string body = line_.substr(run, at_ - run);
        if (body.size() < 2) {
            at_ = start;
            return false;
        }
        bool head = head_here();
        if (!head && body.size() == 2 && body != "~~") {
            std::size_t text_start = at_;
            std::size_t end = middle_label_end();
            if (end == std::string::npos) {
                error(DiagCode::import_syntax,
                      "this link's label is not followed by the rest of the link");
                at_ = line_.size();
                return false;
            }
            link.label = label_text(std::string_view(line_).substr(text_start, end - text_start));
            at_ = end;
            std::size_t tail = at_;
            while (peek() == '-' || peek() == '=' || peek() == '.')
                ++at_;
            body += line_.substr(tail, at_ - tail);
            head = head_here();
        }
        link.visible = body.find('~') == std::string::npos;
        link.dotted = body.find('.') != std::string::npos;
        link.directed = head;
        link.both = link.both && head;
        skip_space();
        if (peek() == '|') {
            std::size_t from = at_ + 1;
            while (from < line_.size() && line_[from] == ' ')
                ++from;
            if (from < line_.size() && line_[from] == '"')
                from = line_.find('"', from + 1); // '|' may sit in quotes
            std::size_t close = from == std::string::npos ? from : line_.find('|', from);
            if (close == std::string::npos) {
                error(DiagCode::import_syntax, "this link's |label| is not closed");
                at_ = line_.size();
                return false;
            }
            link.label = label_text(std::string_view(line_).substr(at_ + 1, close - at_ - 1));
            at_ = close + 1;
        }
        return true;
    }

    // Consumes an arrowhead ('>', or 'o'/'x' before a space) when one is here.
    bool head_here() {
        if (peek() == '>' || ((peek() == 'o' || peek() == 'x') &&
                              (peek(1) == ' ' || peek(1) == '|' || peek(1) == '\0'))) {
            ++at_;
            return true;
        }
        return false;
    }

    // In `-- text -->`, where the closing part of the link starts.
    std::size_t middle_label_end() const {
        for (std::size_t p = at_; p + 1 < line_.size(); ++p) {
            char a = line_[p], b = line_[p + 1];
            bool link_chars =
                (a == '-' || a == '=' || a == '.') && (b == '-' || b == '=' || b == '>');
            if (link_chars && p > at_ && line_[p - 1] == ' ') return p;
        }
        return std::string::npos;
    }

    std::string line_;
    std::uint32_t line_no_ = 0;
    std::size_t at_ = 0;
    bool header_seen_ = false;
    bool stopped_ = false;
    std::map<std::string, std::size_t> index_;
    std::vector<std::tuple<std::vector<std::string>, std::string, SourcePos>> classes_;
};

} // namespace

ImportResult import_mermaid(std::string_view text, std::string_view name) {
    MermaidReader reader;
    reader.read(text);
    return interop::build_imported_flow(std::move(reader.graph), name);
}

} // namespace heartflow

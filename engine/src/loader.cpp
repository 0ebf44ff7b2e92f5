// The loader: guarded TOML parse, then a typed, located reading of the flow's tables.
//
// [SECTION] Values shared by several tables (ids, assignments, literals)
// [SECTION] [flow] and [vars]
// [SECTION] [[node]] and [[node.choice]]
// [SECTION] [[test]]
// [SECTION] Entry points
#include "heartflow/loader.h"

#include "answer_step_reader.h"
#include "heartflow/expression.h"
#include "heartflow/validator.h"
#include "input_guard.h"
#include "toml_reader.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <system_error>
#include <tuple>

namespace heartflow {

namespace {

// [SECTION] Values shared by several tables

// Reads an id-valued key; reports bad_id when the text is not a valid id.
std::optional<NodeId> read_id(TomlReader& r, std::string_view key, bool required,
                              std::string_view what) {
    auto text = r.string(key, required);
    if (!text) return std::nullopt;
    if (!is_valid_id(*text)) {
        r.report(DiagCode::bad_id, key,
                 std::string(what) + " '" + *text +
                     "' must be 1 to 128 letters, digits, '-' or '_' (no spaces)");
    }
    return NodeId{std::move(*text)};
}

// A TOML scalar as a variable value; nullopt (after a report) for other types.
std::optional<Value> read_literal(const toml::node& n, std::string_view name,
                                  const ReadContext& ctx) {
    if (auto s = n.as_string()) return Value{s->get()};
    if (auto i = n.as_integer()) return Value{i->get()};
    if (auto b = n.as_boolean()) return Value{b->get()};
    ctx.report(DiagCode::wrong_type,
               "'" + std::string(name) +
                   "' must be a string, a whole number or "
                   "true/false, not " +
                   toml_type_phrase(n),
               ctx.range(n.source()));
    return std::nullopt;
}

// `set = { var = value, ... }`: strings are expressions; integers and booleans are literals.
std::vector<Assignment> read_assignments(const toml::table& set, const ReadContext& ctx) {
    std::vector<Assignment> result;
    for (const auto& [key_ptr, value_ptr] : entries_in_file_order(set)) {
        const toml::key& key = *key_ptr;
        const toml::node& value = *value_ptr;
        Assignment a;
        a.variable = std::string(key.str());
        a.range = ctx.range(key.source());
        a.value.range = ctx.range(value.source());
        if (auto s = value.as_string()) {
            a.value.source = s->get();
        } else if (value.is_integer() || value.is_boolean()) {
            auto literal = read_literal(value, a.variable, ctx);
            a.value.source = literal ? to_literal(*literal) : "";
        } else {
            ctx.report(DiagCode::wrong_type,
                       "set '" + a.variable +
                           "' must be an expression in a "
                           "string, a whole number or true/false, not " +
                           toml_type_phrase(value),
                       ctx.range(value.source()));
            continue;
        }
        result.push_back(std::move(a));
    }
    return result;
}

// An optional expression-valued string key.
std::optional<ExpressionText> read_expression(TomlReader& r, std::string_view key) {
    auto text = r.string(key);
    if (!text) return std::nullopt;
    return ExpressionText{*text, r.value_range(key)};
}

// [SECTION] [flow] and [vars]

// `minutes = [5, 20]`: how long the flow takes, fewest to most (checked by the validator).
std::optional<std::array<int, 2>> read_minutes(TomlReader& r) {
    const toml::array* a = r.array("minutes");
    if (!a) return std::nullopt;
    if (a->size() == 2 && (*a)[0].is_integer() && (*a)[1].is_integer()) {
        auto fewest = (*a)[0].as_integer()->get(), most = (*a)[1].as_integer()->get();
        if (fewest >= 1 && most >= fewest && most <= 600)
            return std::array<int, 2>{static_cast<int>(fewest), static_cast<int>(most)};
    }
    r.report(DiagCode::bad_value, "minutes",
             "minutes must be two whole numbers from 1 to 600, fewest first: [5, 20]");
    return std::nullopt;
}

std::vector<HelpLineText> read_help_lines(TomlReader& r, const ReadContext& ctx) {
    std::vector<HelpLineText> lines;
    const toml::array* a = r.array("help_lines");
    if (!a) return lines;
    for (const toml::node& item : *a) {
        if (const auto* text = item.as_string())
            lines.push_back(HelpLineText{text->get(), ctx.range(item.source())});
        else
            ctx.report(DiagCode::wrong_type,
                       std::string("each of [flow] help_lines must be a string, not ") +
                           toml_type_phrase(item),
                       ctx.range(item.source()));
    }
    return lines;
}

FlowInfo read_info(const toml::table& t, const ReadContext& ctx) {
    TomlReader r(t, "[flow]", ctx);
    r.warn_unknown_keys({"id", "title", "start", "description", "author", "summary", "suits",
                         "minutes", "help", "help_lines", "format"});
    FlowInfo info;
    info.range = r.table_range();
    if (auto format = r.integer("format")) {
        if (*format >= 1 && *format <= kFlowFormatVersion)
            info.format = static_cast<int>(*format);
        else
            r.report(DiagCode::unsupported_format, "format",
                     "this file is flow format " + std::to_string(*format) +
                         "; this heartflow reads formats 1 and 2");
    }
    info.format_range = r.value_range("format");
    if (auto id = r.string("id", true)) {
        info.id = *id;
        if (!is_valid_id(*id))
            r.report(DiagCode::bad_id, "id",
                     "flow id '" + *id + "' must be letters, digits, '-' or '_'");
    }
    if (auto title = r.string("title", true)) {
        info.title = *title;
        if (title->empty())
            r.report(DiagCode::bad_value, "title", "[flow] title must not be empty");
    }
    if (auto start = read_id(r, "start", true, "start")) info.start = *start;
    info.start_range = r.value_range("start");
    info.description = r.string("description").value_or("");
    info.author = r.string("author").value_or("");
    info.summary = r.string("summary").value_or("");
    info.suits = r.string("suits").value_or("");
    info.minutes = read_minutes(r);
    info.minutes_range = r.value_range("minutes");
    info.help = read_id(r, "help", false, "help");
    info.help_range = r.value_range("help");
    info.help_lines = read_help_lines(r, ctx);
    return info;
}

std::vector<Variable> read_variables(const toml::table& t, const ReadContext& ctx) {
    std::vector<Variable> vars;
    for (const auto& [key_ptr, value_ptr] : entries_in_file_order(t)) {
        const toml::key& key = *key_ptr;
        const toml::node& value = *value_ptr;
        std::string name(key.str());
        if (!is_valid_variable_name(name)) {
            ctx.report(DiagCode::bad_id,
                       "variable name '" + name +
                           "' must start with a letter "
                           "or '_', then letters, digits or '_' (and not be a keyword)",
                       ctx.range(key.source()));
            continue;
        }
        if (auto v = read_literal(value, name, ctx))
            vars.push_back(Variable{name, std::move(*v), ctx.range(key.source())});
    }
    return vars;
}

// [SECTION] [[node]] and [[node.choice]]

// A choice; a route's choices (`in_route`) may go without a label.
Choice read_choice(const toml::table& t, const ReadContext& ctx, bool in_route) {
    TomlReader r(t, "choice", ctx);
    r.warn_unknown_keys({"label", "goto", "when", "set"});
    Choice c;
    c.range = r.table_range();
    c.label = r.string("label", !in_route).value_or("");
    c.label_range = r.value_range("label");
    if (auto target = read_id(r, "goto", true, "goto")) c.target = *target;
    c.target_range = r.value_range("goto");
    c.when = read_expression(r, "when");
    if (auto set = r.table("set")) c.effects = read_assignments(*set, ctx);
    return c;
}

std::optional<std::array<double, 2>> read_pos(TomlReader& r) {
    const toml::array* a = r.array("pos");
    if (!a) return std::nullopt;
    std::array<double, 2> p{};
    bool ok = a->size() == 2;
    for (std::size_t i = 0; ok && i < 2; ++i) {
        auto v = (*a)[i].value<double>();
        ok = v && std::isfinite(*v) && std::abs(*v) <= 1e9;
        if (ok) p[i] = *v;
    }
    if (!ok) {
        r.report(DiagCode::bad_value, "pos", "pos must be two finite numbers [x, y]");
        return std::nullopt;
    }
    return p;
}

std::optional<BreathPattern> read_pattern(TomlReader& r) {
    const toml::array* a = r.array("pattern");
    if (!a) return std::nullopt;
    BreathPattern p{};
    bool ok = a->size() == 4;
    for (std::size_t i = 0; ok && i < 4; ++i) {
        auto v = (*a)[i].value<double>();
        ok = v.has_value() && std::isfinite(*v);
        if (ok) p[i] = *v;
    }
    if (!ok) {
        r.report(DiagCode::bad_pattern, "pattern",
                 "pattern must be four numbers of seconds: [in, hold, out, hold]");
        return std::nullopt;
    }
    return p;
}

Node read_node(const toml::table& t, const ReadContext& ctx) {
    TomlReader r(t, "[[node]]", ctx);
    r.warn_unknown_keys({"id",     "kind", "title",    "text",    "pos",         "next",
                         "choice", "set",  "notes",    "save_as", "placeholder", "pattern",
                         "rounds", "flow", "at",       "into",    "min",         "max",
                         "low",    "high", "check_in", "options"});
    Node n;
    n.range = r.table_range();
    if (auto id = read_id(r, "id", true, "node id")) n.id = *id;
    n.id_range = r.value_range("id");
    if (auto kind = r.string("kind", true)) {
        if (auto k = parse_kind(*kind))
            n.kind = *k;
        else
            r.report(DiagCode::bad_kind, "kind",
                     "unknown kind '" + *kind +
                         "'; use question, prompt, reflection, body_check, breathing, "
                         "ending, route, detour, handover, scale or pick");
    }
    const bool route = n.kind == NodeKind::route;
    n.title = r.string("title").value_or("");
    n.text = r.string("text", !is_unshown(n.kind)).value_or("");
    n.text_range = r.value_range("text");
    n.pos = read_pos(r);
    n.next = read_id(r, "next", false, "next");
    n.next_range = r.value_range("next");
    if (auto choices = r.array_of_tables("choice"))
        for (const toml::node& c : *choices)
            n.choices.push_back(read_choice(*c.as_table(), ctx, route));
    if (auto set = r.table("set")) n.effects = read_assignments(*set, ctx);
    n.notes = r.string("notes").value_or("");
    n.save_as = r.string("save_as").value_or("");
    n.placeholder = r.string("placeholder").value_or("");
    n.pattern = read_pattern(r);
    n.save_as_range = r.value_range("save_as");
    n.placeholder_range = r.value_range("placeholder");
    n.pattern_range = r.value_range("pattern");
    n.rounds_range = r.value_range("rounds");
    const bool opens = n.kind == NodeKind::detour || n.kind == NodeKind::handover;
    n.flow = r.string("flow", opens).value_or("");
    n.flow_range = r.value_range("flow");
    n.at = read_id(r, "at", false, "at");
    n.at_range = r.value_range("at");
    if (auto rounds = r.integer("rounds"))
        n.rounds = static_cast<int>(std::clamp<std::int64_t>(*rounds, -1, 1000000));
    read_answer_fields(r, n);
    return n;
}

// [SECTION] [[test]]

// A step a test names: an id, or "file.toml:id" for a step of a flow this one opens.
std::optional<NodeId> read_step_ref(TomlReader& r, std::string_view key) {
    auto text = r.string(key, true);
    if (!text) return std::nullopt;
    const std::size_t colon = text->rfind(':');
    const std::string id = colon == std::string::npos ? *text : text->substr(colon + 1);
    if (!is_valid_id(id) || colon == 0)
        r.report(DiagCode::bad_id, key,
                 std::string(key) + " '" + *text +
                     "' must be a step id, or file.toml:id for a step of a flow this one opens");
    return NodeId{*text};
}

std::vector<TestStep> read_steps(TomlReader& r) {
    std::vector<TestStep> steps;
    const toml::array* a = r.array("choose");
    if (!a) return steps;
    for (const toml::node& item : *a) {
        if (auto i = item.as_integer(); i && i->get() >= 1 && i->get() <= 1000000) {
            steps.push_back(TestStep{static_cast<int>(i->get()), {}});
        } else if (auto s = item.as_string()) {
            steps.push_back(TestStep{std::nullopt, s->get()});
        } else {
            r.report(DiagCode::wrong_type, "choose",
                     "each step of choose must be a choice number from 1 or an exact label");
            return {};
        }
    }
    return steps;
}

FlowTest read_test(const toml::table& t, const ReadContext& ctx) {
    TomlReader r(t, "[[test]]", ctx);
    r.warn_unknown_keys({"name", "choose", "reach", "vars", "answers", "ratings", "picks"});
    FlowTest test;
    test.range = r.table_range();
    test.name = r.string("name", true).value_or("");
    test.steps = read_steps(r);
    if (auto reach = read_step_ref(r, "reach")) test.reach = *reach;
    test.reach_range = r.value_range("reach");
    if (auto vars = r.table("vars"))
        for (const auto& [key, value] : entries_in_file_order(*vars))
            if (auto v = read_literal(*value, key->str(), ctx))
                test.expect.push_back({std::string(key->str()), *v, ctx.range(key->source())});
    if (auto answers = r.table("answers")) {
        for (const auto& [key, value] : entries_in_file_order(*answers)) {
            if (auto s = value->as_string())
                test.answers.push_back(
                    {NodeId{std::string(key->str())}, s->get(), ctx.range(key->source())});
            else
                ctx.report(DiagCode::wrong_type, "answers must be text in quotes",
                           ctx.range(value->source()));
        }
    }
    read_answer_tests(r, ctx, test);
    return test;
}

Flow read_flow(const toml::table& root, const ReadContext& ctx) {
    TomlReader r(root, "the file", ctx);
    r.warn_unknown_keys({"flow", "vars", "node", "test"});
    Flow flow;
    if (auto info = r.table("flow")) flow.info = read_info(*info, ctx);
    if (auto vars = r.table("vars")) flow.variables = read_variables(*vars, ctx);
    if (auto nodes = r.array_of_tables("node")) {
        flow.nodes.reserve(nodes->size());
        for (const toml::node& n : *nodes)
            flow.nodes.push_back(read_node(*n.as_table(), ctx));
    }
    if (auto tests = r.array_of_tables("test"))
        for (const toml::node& t : *tests)
            flow.tests.push_back(read_test(*t.as_table(), ctx));
    return flow;
}

void sort_by_position(std::vector<Diagnostic>& diagnostics) {
    std::stable_sort(
        diagnostics.begin(), diagnostics.end(),
        [](const Diagnostic& a, const Diagnostic& b) { // own file first
            return std::tuple(!a.file.empty(), a.file, a.range.begin.line, a.range.begin.column) <
                   std::tuple(!b.file.empty(), b.file, b.range.begin.line, b.range.begin.column);
        });
}

// Parses TOML text whose first line is line `line_offset + 1` of the file; on a syntax error
// appends a located diagnostic and returns nullopt.
std::optional<toml::table> parse_toml(std::string_view text, std::uint32_t line_offset,
                                      std::vector<Diagnostic>& out) {
    try {
        return toml::parse(text);
    } catch (const toml::parse_error& e) {
        ReadContext ctx{out, line_offset};
        ctx.report(DiagCode::toml_syntax, std::string(e.description()), ctx.range(e.source()));
    } catch (const std::exception& e) {
        out.push_back(make_diagnostic(DiagCode::toml_syntax, e.what(),
                                      {{line_offset + 1, 1}, {line_offset + 1, 1}}));
    }
    return std::nullopt;
}

// [SECTION] Big flows, parsed a node at a time
//
// toml++ 3.3.0 slows down quadratically on many [[node]] tables that each hold [[node.choice]]
// tables (50,000 nodes: 3.5 s instead of 0.2 s). A big flow is therefore cut at its top-level
// [[node]] headers: each node (with its [[node.choice]] and [node.x] sub-tables) is parsed on
// its own, and everything else is parsed as the whole file with the nodes' lines left blank, so
// every position stays the file's own.

/// Flows with fewer [[node]] tables are parsed in one piece: below about 3,000 nodes toml++ is
/// not yet slowed down and one parse costs less than a parse per node.
constexpr std::size_t kPiecewiseParseMinNodes = 3000;

enum class HeaderKind { node, node_part, other, unclear };

HeaderKind classify_header(std::string_view text, std::size_t line_start) {
    std::string compact;
    for (std::size_t i = line_start; i < text.size() && text[i] != '\n' && text[i] != '#'; ++i)
        if (text[i] != ' ' && text[i] != '\t' && text[i] != '\r') compact += text[i];
    if (compact.find_first_of("\"'") != std::string::npos) return HeaderKind::unclear;
    if (compact == "[[node]]") return HeaderKind::node;
    if (compact.rfind("[[node.", 0) == 0 || compact.rfind("[node.", 0) == 0)
        return HeaderKind::node_part;
    if (compact.rfind("[node]", 0) == 0) return HeaderKind::unclear;
    return HeaderKind::other;
}

struct NodePiece {
    std::size_t begin, end;   // byte range in the file
    std::uint32_t first_line; // 1-based line of `begin`
};

// Cuts the file into node pieces; nullopt when a header is too unusual to cut safely.
std::optional<std::vector<NodePiece>> cut_node_pieces(std::string_view text,
                                                      const std::vector<TopLevelHeader>& headers) {
    std::vector<NodePiece> pieces;
    bool in_node = false;
    for (const TopLevelHeader& h : headers) {
        HeaderKind kind = classify_header(text, h.line_start);
        if (kind == HeaderKind::unclear) return std::nullopt;
        if (kind == HeaderKind::node_part) {
            if (!in_node) return std::nullopt;
            continue;
        }
        if (in_node) pieces.back().end = h.line_start;
        in_node = kind == HeaderKind::node;
        if (in_node) pieces.push_back({h.line_start, text.size(), h.line});
    }
    return pieces;
}

// Parses a big flow node by node; nullopt when the file cannot be cut safely.
// `refused` is set when the file was read and found wrong (then `out` says why).
std::optional<Flow> read_flow_in_pieces(std::string_view text, const std::vector<NodePiece>& pieces,
                                        std::vector<Diagnostic>& out, bool& refused) {
    std::string rest; // the file without its node pieces, their lines kept as empty lines
    rest.reserve(text.size() / 8);
    std::size_t at = 0;
    for (const NodePiece& p : pieces) {
        rest.append(text.substr(at, p.begin - at));
        rest.append(static_cast<std::size_t>(
                        std::count(text.begin() + p.begin, text.begin() + p.end, '\n')),
                    '\n');
        at = p.end;
    }
    rest.append(text.substr(at));
    auto root = parse_toml(rest, 0, out);
    if (root && root->contains("node")) return std::nullopt;
    if (root && !root->contains("flow")) {
        out.push_back(make_diagnostic(DiagCode::not_a_flow, "not a flow: there is no [flow] table",
                                      {{1, 1}, {1, 1}}));
        refused = true;
        return std::nullopt;
    }
    bool syntax_error = !root;
    Flow flow;
    if (root) flow = read_flow(*root, ReadContext{out, 0});
    root.reset();
    flow.nodes.reserve(pieces.size());
    for (const NodePiece& p : pieces) { // each piece is read and dropped at once: memory stays low
        ReadContext piece_ctx{out, p.first_line - 1};
        auto piece = parse_toml(text.substr(p.begin, p.end - p.begin), p.first_line - 1, out);
        syntax_error = syntax_error || !piece;
        if (syntax_error) continue; // later pieces are still parsed, to report their errors too
        TomlReader r(*piece, "the file", piece_ctx);
        if (auto array = r.array_of_tables("node"); array && array->size() == 1)
            flow.nodes.push_back(read_node(*(*array)[0].as_table(), piece_ctx));
    }
    refused = syntax_error;
    if (refused) return std::nullopt;
    return flow;
}

std::string not_a_flow_message(const toml::table& root) {
    if (root.empty()) return "the file is empty; a flow needs a [flow] table and [[node]] tables";
    return !root.contains("flow") ? "not a flow: there is no [flow] table"
                                  : "not a flow: there are no [[node]] tables";
}

} // namespace

// [SECTION] Entry points

ParseResult parse_flow(std::string_view text) {
    ParseResult result;
    std::string escaped;
    GuardResult guard = guard_for_parser(text, escaped);
    if (guard.problem) {
        result.diagnostics.push_back(*guard.problem);
        return result;
    }
    std::optional<std::vector<NodePiece>> pieces;
    if (guard.headers.size() >= kPiecewiseParseMinNodes)
        pieces = cut_node_pieces(text, guard.headers);
    if (pieces && pieces->size() >= kPiecewiseParseMinNodes) {
        std::vector<Diagnostic> diagnostics;
        bool refused = false;
        if (auto flow = read_flow_in_pieces(text, *pieces, diagnostics, refused)) {
            result.flow = std::move(flow);
            result.pieces = pieces->size();
            result.diagnostics = std::move(diagnostics);
            sort_by_position(result.diagnostics);
            return result;
        }
        if (refused) {
            result.diagnostics = std::move(diagnostics);
            sort_by_position(result.diagnostics);
            return result;
        }
    }
    auto root = parse_toml(text, 0, result.diagnostics);
    if (!root) return result;
    if (!root->contains("flow") || !root->contains("node")) {
        result.diagnostics.push_back(
            make_diagnostic(DiagCode::not_a_flow, not_a_flow_message(*root), {{1, 1}, {1, 1}}));
        if (!root->contains("flow")) return result;
    }
    result.flow = read_flow(*root, ReadContext{result.diagnostics, 0});
    sort_by_position(result.diagnostics);
    return result;
}

std::variant<std::string, Diagnostic> read_flow_bytes(const std::filesystem::path& path) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        return make_diagnostic(DiagCode::file_unreadable, "is a folder, not a flow file", {});
    auto size = std::filesystem::file_size(path, ec);
    if (!ec && size > kMaxFlowFileBytes)
        return make_diagnostic(DiagCode::input_too_large,
                               "file is " + std::to_string(size / (1024 * 1024)) +
                                   " MiB; a flow file may be at most 64 MiB",
                               {{1, 1}, {1, 1}});
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return make_diagnostic(DiagCode::file_unreadable,
                               "cannot open the file: " + std::generic_category().message(errno),
                               {});
    std::string bytes;
    if (!ec) bytes.reserve(size);
    char buffer[1 << 16];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        bytes.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (bytes.size() > kMaxFlowFileBytes)
            return make_diagnostic(DiagCode::input_too_large, "a flow file may be at most 64 MiB",
                                   {{1, 1}, {1, 1}});
    }
    if (in.bad())
        return make_diagnostic(DiagCode::file_unreadable, "error while reading the file", {});
    return bytes;
}

LoadedFlow load_flow_text(std::string_view text, const std::filesystem::path& path) {
    ParseResult parsed = parse_flow(text);
    LoadedFlow loaded;
    loaded.diagnostics = std::move(parsed.diagnostics);
    if (!parsed.flow) return loaded;
    loaded.flow = std::make_shared<const Flow>(std::move(*parsed.flow));
    OpenedFlows opened;
    if (!path.empty()) opened = read_opened_flows(*loaded.flow, path);
    ValidationResult v = validate(loaded.flow, path.empty() ? nullptr : &opened);
    loaded.diagnostics.insert(loaded.diagnostics.end(), v.diagnostics.begin(), v.diagnostics.end());
    sort_by_position(loaded.diagnostics);
    if (!has_errors(loaded.diagnostics)) loaded.program = std::move(v.program);
    return loaded;
}

LoadedFlow load_flow_file(const std::filesystem::path& path) {
    auto bytes = read_flow_bytes(path);
    if (auto* d = std::get_if<Diagnostic>(&bytes)) {
        LoadedFlow loaded;
        loaded.diagnostics.push_back(*d);
        return loaded;
    }
    return load_flow_text(std::get<std::string>(bytes), path);
}

} // namespace heartflow

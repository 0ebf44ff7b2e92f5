// The validator: semantic checks with stable codes, then linking into a Program.
//
// [SECTION] Variables
// [SECTION] Nodes: ids, targets, kinds and fields
// [SECTION] Expressions and texts
// [SECTION] Graph: reachability and traps
// [SECTION] Tests
// [SECTION] Entry point
#include "heartflow/validator.h"

#include "heartflow/help_lines.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace heartflow {

namespace {

// Where byte `offset` of a string value lies, given where the TOML value starts. Single-line
// strings sit after their quote; multi-line ones are taken to start on the line after `"""`.
SourceRange locate_in_string(const SourceRange& value, std::string_view text,
                             std::uint32_t offset) {
    std::string_view before = text.substr(0, std::min<std::size_t>(offset, text.size()));
    auto newlines = static_cast<std::uint32_t>(std::count(before.begin(), before.end(), '\n'));
    SourcePos p = value.begin;
    if (!p.known()) return value;
    if (text.find('\n') == std::string_view::npos) {
        p.column += 1 + offset;
    } else {
        p.line += 1 + newlines;
        std::size_t last = before.rfind('\n');
        p.column =
            static_cast<std::uint32_t>(last == std::string_view::npos ? offset + 1 : offset - last);
    }
    return {p, p};
}

DiagCode code_of(ExpressionError::Kind kind) {
    switch (kind) {
    case ExpressionError::Kind::syntax:
        return DiagCode::expr_syntax;
    case ExpressionError::Kind::unknown_variable:
        return DiagCode::unknown_variable;
    case ExpressionError::Kind::type_mismatch:
        return DiagCode::type_mismatch;
    case ExpressionError::Kind::too_complex:
        return DiagCode::expr_too_complex;
    case ExpressionError::Kind::unknown_step:
        return DiagCode::unknown_step;
    case ExpressionError::Kind::needs_format_2:
        return DiagCode::needs_format_2;
    }
    return DiagCode::expr_syntax;
}

class Validator {
public:
    explicit Validator(std::shared_ptr<const Flow> flow) : flow_(std::move(flow)) {
        program_ = std::make_shared<Program>();
        program_->flow = flow_;
    }

    ValidationResult run() {
        graph_broken_ = flow_->info.start.value.empty() || flow_->nodes.empty();
        declare_variables();
        index_nodes();
        check_flow_info();
        program_->nodes.resize(flow_->nodes.size());
        for (std::size_t i = 0; i < flow_->nodes.size(); ++i)
            check_node(i);
        if (!graph_broken_) check_graph();
        if (!graph_broken_) mark_help_path();
        check_tests();
        std::stable_sort(out_.begin(), out_.end(), [](const Diagnostic& a, const Diagnostic& b) {
            return std::pair(a.range.begin.line, a.range.begin.column) <
                   std::pair(b.range.begin.line, b.range.begin.column);
        });
        ValidationResult result;
        result.diagnostics = std::move(out_);
        if (!has_errors(result.diagnostics)) result.program = std::move(program_);
        return result;
    }

private:
    void report(DiagCode code, std::string message, SourceRange range) {
        graph_broken_ = graph_broken_ || code == DiagCode::unknown_target ||
                        code == DiagCode::missing_start || code == DiagCode::duplicate_id ||
                        code == DiagCode::not_a_flow || flow_->info.start.value.empty();
        out_.push_back(make_diagnostic(code, std::move(message), range));
    }

    // [SECTION] Variables

    void declare_variables() {
        for (const Variable& v : flow_->variables)
            add_variable(v);
        for (const Node& n : flow_->nodes) {
            if (n.save_as.empty()) continue;
            if (!is_valid_variable_name(n.save_as)) {
                report(DiagCode::bad_id, "save_as '" + n.save_as + "' is not a valid variable name",
                       n.save_as_range);
                continue;
            }
            if (auto slot = slot_of(n.save_as)) {
                const Variable& v = program_->variables[*slot];
                if (type_of(v.initial) != ValueType::string)
                    report(DiagCode::duplicate_variable,
                           "save_as '" + n.save_as + "' keeps text, but [vars] declares it as " +
                               type_name(type_of(v.initial)),
                           n.save_as_range);
                continue;
            }
            add_variable(Variable{n.save_as, std::string{}, n.save_as_range});
        }
    }
    void add_variable(const Variable& v) {
        slot_by_name_[v.name] = static_cast<std::uint32_t>(program_->variables.size());
        program_->variables.push_back(v);
    }
    std::optional<std::uint32_t> slot_of(const std::string& name) const {
        auto it = slot_by_name_.find(name);
        if (it == slot_by_name_.end()) return std::nullopt;
        return it->second;
    }
    VariableLookup lookup() const {
        return [this](std::string_view name) -> std::optional<VariableRef> {
            auto it = slot_by_name_.find(std::string(name));
            if (it == slot_by_name_.end()) return std::nullopt;
            return VariableRef{it->second, type_of(program_->variables[it->second].initial)};
        };
    }
    // `visits(step)` for format 2 (empty for format 1): the step's counting slot, made at its
    // first use, after the variables' slots.
    VisitLookup visits() {
        if (flow_->info.format < 2) return {};
        return [this](std::string_view id) -> std::optional<std::uint32_t> {
            auto node = program_->find(id);
            if (!node) return std::nullopt;
            Program& p = *program_;
            if (p.visit_slot.empty()) p.visit_slot.assign(flow_->nodes.size(), kUncounted);
            std::uint32_t& slot = p.visit_slot[node->value];
            if (slot == kUncounted) {
                slot = static_cast<std::uint32_t>(p.slot_count());
                p.counted.push_back(*node);
            }
            return slot;
        };
    }

    // [SECTION] Nodes: ids, targets, kinds and fields

    void index_nodes() {
        program_->index_by_id.reserve(flow_->nodes.size());
        for (std::size_t i = 0; i < flow_->nodes.size(); ++i) {
            const Node& n = flow_->nodes[i];
            if (n.id.value.empty()) continue;
            auto [it, inserted] =
                program_->index_by_id.emplace(n.id.value, static_cast<std::uint32_t>(i));
            if (!inserted)
                report(DiagCode::duplicate_id,
                       "node id '" + n.id.value + "' is already used by the node at line " +
                           std::to_string(flow_->nodes[it->second].range.begin.line),
                       n.id_range);
        }
    }
    std::optional<NodeIndex> resolve(const NodeId& id, SourceRange where, std::string_view what) {
        if (auto i = program_->find(id.value)) return i;
        if (!id.value.empty())
            report(DiagCode::unknown_target,
                   std::string(what) + " '" + id.value + "' names no node of this flow", where);
        return std::nullopt;
    }
    void check_flow_info() {
        const FlowInfo& info = flow_->info;
        if (auto s = program_->find(info.start.value))
            program_->start = *s;
        else if (!info.start.value.empty())
            report(DiagCode::missing_start,
                   "start '" + info.start.value + "' names no node of this flow", info.start_range);
        if (info.help) {
            program_->help = program_->find(info.help->value);
            if (!program_->help)
                report(DiagCode::unknown_help,
                       "help '" + info.help->value + "' names no node of this flow",
                       info.help_range);
        }
        for (const HelpLineText& line : info.help_lines) {
            if (line.text.find_first_not_of(" \t\r\n") == std::string::npos)
                report(DiagCode::bad_help_line,
                       "a help line must not be empty: write who to call or text, and how",
                       line.range);
            else if (line.text.size() > kMaxHelpLineBytes)
                report(DiagCode::bad_help_line,
                       "a help line must be at most " + std::to_string(kMaxHelpLineBytes) +
                           " bytes; this one has " + std::to_string(line.text.size()),
                       line.range);
        }
    }
    void check_fields(const Node& n) {
        auto misplaced = [&](bool present, const char* field, const char* kind, SourceRange where) {
            if (present)
                report(DiagCode::misplaced_field,
                       std::string("'") + field + "' belongs on " + kind +
                           " nodes; this node is a " + kind_name(n.kind),
                       where);
        };
        misplaced(n.kind != NodeKind::breathing && n.pattern, "pattern", "breathing",
                  n.pattern_range);
        misplaced(n.kind != NodeKind::breathing && n.rounds, "rounds", "breathing", n.rounds_range);
        misplaced(n.kind != NodeKind::reflection && !n.save_as.empty(), "save_as", "reflection",
                  n.save_as_range);
        misplaced(n.kind != NodeKind::reflection && !n.placeholder.empty(), "placeholder",
                  "reflection", n.placeholder_range);
        if (n.pattern) {
            const BreathPattern& p = *n.pattern;
            bool in_range =
                std::all_of(p.begin(), p.end(), [](double s) { return s >= 0 && s <= 60; });
            if (!in_range || p[0] <= 0 || p[2] <= 0)
                report(DiagCode::bad_pattern,
                       "pattern seconds must be 0 to 60, with breathing in and out above 0",
                       n.pattern_range);
        }
        if (n.rounds && (*n.rounds < 1 || *n.rounds > 20))
            report(DiagCode::bad_rounds, "rounds must be from 1 to 20", n.rounds_range);
        if (n.kind == NodeKind::route && n.next)
            report(DiagCode::misplaced_field,
                   "a route has no next: its fallback is its last choice, without when",
                   n.next_range);
        if (n.kind == NodeKind::route && flow_->info.format < 2)
            report(DiagCode::needs_format_2, "a route needs format = 2 in [flow]", n.range);
        if (n.text.empty() && n.kind != NodeKind::route)
            report(DiagCode::bad_value,
                   "node '" + n.id.value + "' has no text for the person to read", n.text_range);
    }
    void check_exits(const Node& n) {
        bool has_next = n.next.has_value(), has_choices = !n.choices.empty();
        if (n.kind == NodeKind::ending) {
            if (has_next || has_choices)
                report(DiagCode::ending_with_exits, "an ending has no next and no choices",
                       has_next ? n.next_range : n.range);
        } else if (!has_next && !has_choices) {
            report(DiagCode::no_way_out,
                   "node '" + n.id.value + "' has no way out: give it next or a [[node.choice]]",
                   n.range);
        } else if (has_next && has_choices && n.kind != NodeKind::route) {
            report(DiagCode::next_and_choices,
                   "node '" + n.id.value + "' has both next and choices; keep one", n.next_range);
        }
    }
    void check_node(std::size_t i) {
        const Node& n = flow_->nodes[i];
        LinkedNode& linked = program_->nodes[i];
        check_fields(n);
        check_exits(n);
        if (n.next) linked.next = resolve(*n.next, n.next_range, "next");
        linked.text = compile_text(n.text, n.text_range);
        linked.effects = compile_effects(n.effects);
        if (!n.save_as.empty()) linked.save_slot = slot_of(n.save_as);
        const bool route = n.kind == NodeKind::route;
        if (route) check_route(n);
        std::unordered_set<std::string> labels;
        bool all_conditional = !n.choices.empty() && !route;
        for (const Choice& c : n.choices) {
            if (c.label.empty() && !route)
                report(DiagCode::bad_value, "a choice needs a label", c.range);
            else if (!route && !labels.insert(c.label).second)
                report(DiagCode::duplicate_label,
                       "two choices of '" + n.id.value + "' are labelled '" + c.label + "'",
                       c.range);
            all_conditional = all_conditional && c.when.has_value();
            LinkedChoice lc;
            lc.label = compile_text(c.label, c.label_range);
            if (auto t = resolve(c.target, c.target_range, "goto")) lc.target = *t;
            if (c.when) lc.when = compile(*c.when, ValueType::boolean, "a condition");
            lc.effects = compile_effects(c.effects);
            linked.choices.push_back(std::move(lc));
        }
        if (all_conditional)
            report(DiagCode::all_choices_conditional,
                   "every choice of '" + n.id.value +
                       "' has a condition; add one without 'when' so a walk never gets stuck",
                   n.range);
    }

    // A route's last choice is its fallback, with no `when`; only the last goes without one.
    void check_route(const Node& n) {
        if (n.choices.empty()) return;
        for (std::size_t k = 0; k + 1 < n.choices.size(); ++k)
            if (!n.choices[k].when)
                report(DiagCode::misplaced_fallback,
                       "only the last choice of route '" + n.id.value +
                           "' may go without when: the ones after this could never be taken",
                       n.choices[k].range);
        if (n.choices.back().when)
            report(DiagCode::route_without_fallback,
                   "route '" + n.id.value +
                       "' needs a fallback: a last [[node.choice]] without when",
                   n.choices.back().range);
    }

    // [SECTION] Expressions and texts

    std::optional<CompiledExpression> compile(const ExpressionText& e,
                                              std::optional<ValueType> want, const char* what) {
        auto result = compile_expression(e.source, lookup(), visits());
        if (auto* err = std::get_if<ExpressionError>(&result)) {
            std::string message = err->message + " in '" + e.source + "'";
            if (err->kind == ExpressionError::Kind::unknown_variable && want == ValueType::string &&
                is_valid_variable_name(e.source))
                message +=
                    "; to set text, put it in quotes inside the string: \"'" + e.source + "'\"";
            report(code_of(err->kind), message, locate_in_string(e.range, e.source, err->offset));
            return std::nullopt;
        }
        auto& compiled = std::get<CompiledExpression>(result);
        if (want && compiled.type != *want) {
            report(DiagCode::type_mismatch,
                   std::string(what) + " must be " + type_name(*want) + ", but '" + e.source +
                       "' is " + type_name(compiled.type),
                   e.range);
            return std::nullopt;
        }
        return std::move(compiled);
    }
    std::vector<LinkedAssignment> compile_effects(const std::vector<Assignment>& effects) {
        std::vector<LinkedAssignment> linked;
        for (const Assignment& a : effects) {
            auto slot = slot_of(a.variable);
            if (!slot) {
                report(DiagCode::unknown_variable,
                       "set names unknown variable '" + a.variable + "'; declare it in [vars]",
                       a.range);
                continue;
            }
            ValueType type = type_of(program_->variables[*slot].initial);
            std::string what = "the value of '" + a.variable + "'";
            if (auto c = compile(a.value, type, what.c_str()))
                linked.push_back({*slot, std::move(*c)});
        }
        return linked;
    }
    TextTemplate compile_text(const std::string& text, SourceRange where) {
        auto result = parse_text_template(text, lookup(), visits());
        if (auto* err = std::get_if<ExpressionError>(&result)) {
            report(code_of(err->kind), err->message, locate_in_string(where, text, err->offset));
            return {};
        }
        return std::get<TextTemplate>(std::move(result));
    }

    // [SECTION] Graph: reachability and traps

    template <typename Visit> void for_each_exit(std::size_t i, Visit visit) const {
        const LinkedNode& n = program_->nodes[i];
        if (n.next) visit(n.next->value);
        for (const LinkedChoice& c : n.choices)
            visit(c.target.value);
    }
    void check_graph() {
        const std::size_t count = flow_->nodes.size();
        std::vector<char> reached(count, 0);
        std::vector<std::uint32_t> work{program_->start.value};
        if (program_->help) work.push_back(program_->help->value);
        for (auto w : work)
            reached[w] = 1;
        std::vector<std::vector<std::uint32_t>> incoming(count);
        for (std::size_t i = 0; i < count; ++i)
            for_each_exit(
                i, [&](std::uint32_t t) { incoming[t].push_back(static_cast<std::uint32_t>(i)); });
        while (!work.empty()) {
            auto i = work.back();
            work.pop_back();
            for_each_exit(i, [&](std::uint32_t t) {
                if (!reached[t]) {
                    reached[t] = 1;
                    work.push_back(t);
                }
            });
        }
        std::vector<char> ends(count, 0);
        for (std::size_t i = 0; i < count; ++i)
            if (flow_->nodes[i].kind == NodeKind::ending) {
                ends[i] = 1;
                work.push_back(static_cast<std::uint32_t>(i));
            }
        while (!work.empty()) {
            auto i = work.back();
            work.pop_back();
            for (auto from : incoming[i])
                if (!ends[from]) {
                    ends[from] = 1;
                    work.push_back(from);
                }
        }
        check_route_loops();
        for (std::size_t i = 0; i < count; ++i) {
            const Node& n = flow_->nodes[i];
            if (!reached[i])
                report(DiagCode::unreachable,
                       "node '" + n.id.value + "' cannot be reached from the start", n.range);
            if (!ends[i])
                report(DiagCode::trap,
                       "no ending can be reached from node '" + n.id.value +
                           "': every way out loops back",
                       n.range);
        }
    }

    // Routes that lead into routes must not close a circle: the walk would never stop. A
    // depth-first search over route-to-route edges; one report per circle, at the route that
    // closes it.
    void check_route_loops() {
        const std::size_t count = flow_->nodes.size();
        auto is_route = [&](std::uint32_t i) { return flow_->nodes[i].kind == NodeKind::route; };
        std::vector<char> state(count, 0); // 0 new, 1 on the stack, 2 done
        for (std::uint32_t root = 0; root < count; ++root) {
            if (!is_route(root) || state[root]) continue;
            std::vector<std::pair<std::uint32_t, std::size_t>> stack{{root, 0}};
            state[root] = 1;
            while (!stack.empty()) {
                auto& [i, next_choice] = stack.back();
                const auto& choices = program_->nodes[i].choices;
                if (next_choice == choices.size()) {
                    state[i] = 2;
                    stack.pop_back();
                    continue;
                }
                const std::uint32_t t = choices[next_choice++].target.value;
                if (!is_route(t) || state[t] == 2) continue;
                if (state[t] == 1) {
                    report(DiagCode::route_loop,
                           "route '" + flow_->nodes[i].id.value + "' leads back to route '" +
                               flow_->nodes[t].id.value +
                               "' with no shown step between: the walk would never stop",
                           flow_->nodes[i].range);
                    continue;
                }
                state[t] = 1;
                stack.emplace_back(t, 0);
            }
        }
    }

    // The help path: the help node and every node reached only through it (not reachable from
    // the start without passing the help node).
    void mark_help_path() {
        const std::size_t count = flow_->nodes.size();
        program_->help_path.assign(count, 0);
        if (!program_->help) return;
        const std::uint32_t help = program_->help->value;
        auto reach_from = [&](std::uint32_t from, std::optional<std::uint32_t> avoid) {
            std::vector<char> reached(count, 0);
            if (avoid == from) return reached;
            std::vector<std::uint32_t> work{from};
            reached[from] = 1;
            while (!work.empty()) {
                auto i = work.back();
                work.pop_back();
                for_each_exit(i, [&](std::uint32_t t) {
                    if (!reached[t] && avoid != t) {
                        reached[t] = 1;
                        work.push_back(t);
                    }
                });
            }
            return reached;
        };
        std::vector<char> from_help = reach_from(help, std::nullopt);
        std::vector<char> around_help = reach_from(program_->start.value, help);
        for (std::size_t i = 0; i < count; ++i)
            program_->help_path[i] = from_help[i] && !around_help[i];
    }

    // [SECTION] Tests

    void check_tests() {
        for (const FlowTest& t : flow_->tests) {
            if (!t.reach.value.empty() && !program_->find(t.reach.value))
                report(DiagCode::bad_test,
                       "test '" + t.name + "' expects to reach '" + t.reach.value +
                           "', which is no node of this flow",
                       t.reach_range);
            for (const TestAnswer& a : t.answers) {
                auto i = program_->find(a.node.value);
                if (!i || flow_->nodes[i->value].kind != NodeKind::reflection)
                    report(DiagCode::bad_test,
                           "test '" + t.name + "' answers '" + a.node.value +
                               "', which is no reflection node",
                           a.range);
            }
            for (const ExpectedValue& e : t.expect) {
                auto slot = slot_of(e.variable);
                if (!slot)
                    report(DiagCode::bad_test,
                           "test '" + t.name + "' checks unknown variable '" + e.variable + "'",
                           e.range);
                else if (type_of(program_->variables[*slot].initial) != type_of(e.value))
                    report(DiagCode::bad_test,
                           "test '" + t.name + "' expects '" + e.variable + "' to be " +
                               type_name(type_of(e.value)) + ", but it is " +
                               type_name(type_of(program_->variables[*slot].initial)),
                           e.range);
            }
        }
    }

    std::shared_ptr<const Flow> flow_;
    std::shared_ptr<Program> program_;
    std::unordered_map<std::string, std::uint32_t> slot_by_name_;
    std::vector<Diagnostic> out_;
    bool graph_broken_ = false;
};

} // namespace

// [SECTION] Entry point

ValidationResult validate(std::shared_ptr<const Flow> flow) {
    return Validator(std::move(flow)).run();
}

} // namespace heartflow

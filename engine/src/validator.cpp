// The validator: semantic checks with stable codes, then linking into a Program.
//
// [SECTION] Variables
// [SECTION] Nodes: ids, targets, kinds and fields
// [SECTION] Expressions and texts
// [SECTION] Graph: reachability and traps
// [SECTION] Tests
// [SECTION] Entry point: the flow and the flows it opens, linked into one Program
//
// Each flow of the set is checked by its own Validator, in two passes over all of them: first
// every flow declares its node ids and variables (so variables take their slots before any
// visit count does), then each is linked, its detours and handovers into the others.
#include "heartflow/validator.h"

#include "answer_step_checks.h"
#include "expression_diagnostics.h"
#include "heartflow/help_lines.h"
#include "heartflow/loader.h"
#include "label_set.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace heartflow {

namespace {

class Validator {
public:
    Validator(std::shared_ptr<Program> program, std::size_t part, const OpenedFlows* opened)
        : program_(std::move(program)), part_(part), opened_(opened),
          flow_(program_->parts[part].flow), base_(program_->parts[part].first_node) {}

    // First pass: node ids, variables, and the start and help steps where they resolve.
    void declare() {
        graph_broken_ = flow_->info.start.value.empty() || flow_->nodes.empty();
        FlowPart& part = program_->parts[part_];
        part.first_variable = static_cast<std::uint32_t>(program_->variables.size());
        declare_variables();
        part.variable_count =
            static_cast<std::uint32_t>(program_->variables.size()) - part.first_variable;
        index_nodes();
        if (auto s = find(flow_->info.start.value)) part.start = *s;
        if (flow_->info.help) part.help = find(flow_->info.help->value);
    }

    // Second pass: fields, links, expressions, the graph, the help path and (first flow) tests.
    void link() {
        check_flow_info();
        for (std::size_t i = 0; i < flow_->nodes.size(); ++i)
            check_node(i);
        if (!graph_broken_) check_graph();
        if (!graph_broken_) mark_help_path();
        if (part_ == 0) check_tests();
    }

    void report(DiagCode code, std::string message, SourceRange range) {
        graph_broken_ = graph_broken_ || code == DiagCode::unknown_target ||
                        code == DiagCode::missing_start || code == DiagCode::duplicate_id ||
                        code == DiagCode::not_a_flow || flow_->info.start.value.empty();
        out_.push_back(make_diagnostic(code, std::move(message), range));
    }

    /// True when an id or target did not resolve, so the graph cannot be followed.
    [[nodiscard]] bool graph_broken() const { return graph_broken_; }

    /// What this flow's checks said; a flow that is not the first names its file in each.
    [[nodiscard]] std::vector<Diagnostic> take_diagnostics() {
        if (part_ != 0)
            for (Diagnostic& d : out_)
                d.file = (opened_->folder / program_->parts[part_].name).string();
        return std::move(out_);
    }

private:
    std::optional<NodeIndex> find(std::string_view id) const {
        return program_->find_in(part_, id);
    }
    // The file name other flows resolve `flow` keys against.
    std::string own_name() const {
        return part_ == 0 ? opened_->first_name : program_->parts[part_].name;
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
        for (const Node& n : flow_->nodes)
            if (n.kind == NodeKind::pick) declare_pick(n);
    }
    // A pick step's `into` declares its own variable: a whole number, bit k set when option k
    // was picked.
    void declare_pick(const Node& n) {
        if (!is_valid_variable_name(n.into)) return; // check_answer_step reports it
        if (auto slot = slot_of(n.into)) {
            auto other = pick_of_slot_.find(*slot);
            report(DiagCode::bad_into,
                   "into '" + n.into + "' is already " +
                       (other != pick_of_slot_.end()
                            ? "filled by pick '" + other->second->id.value + "'"
                            : std::string("declared; a pick step declares its own variable")),
                   n.into_range);
            return;
        }
        pick_of_slot_[static_cast<std::uint32_t>(program_->variables.size())] = &n;
        add_variable(Variable{n.into, std::int64_t{0}, n.into_range});
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
            VariableRef ref{it->second, type_of(program_->variables[it->second].initial)};
            if (auto pick = pick_of_slot_.find(it->second); pick != pick_of_slot_.end()) {
                ref.options = &pick->second->options;
                if (!pick->second->option_labels.empty()) ref.shown = &pick->second->option_labels;
            }
            return ref;
        };
    }
    // `visits(step)` for format 2 (empty for format 1): the step's counting slot, made at its
    // first use, after the variables' slots.
    VisitLookup visits() {
        if (flow_->info.format < 2) return {};
        return [this](std::string_view id) -> std::optional<std::uint32_t> {
            auto node = find(id);
            if (!node) return std::nullopt;
            Program& p = *program_;
            if (p.visit_slot.empty()) p.visit_slot.assign(p.nodes.size(), kUncounted);
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
        auto& index = part_ == 0 ? program_->index_by_id : program_->parts[part_].index_by_id;
        index.reserve(flow_->nodes.size());
        for (std::size_t i = 0; i < flow_->nodes.size(); ++i) {
            const Node& n = flow_->nodes[i];
            if (n.id.value.empty()) continue;
            auto [it, inserted] = index.emplace(n.id.value, static_cast<std::uint32_t>(base_ + i));
            if (!inserted)
                report(DiagCode::duplicate_id,
                       "node id '" + n.id.value + "' is already used by the node at line " +
                           std::to_string(flow_->nodes[it->second - base_].range.begin.line),
                       n.id_range);
        }
    }
    std::optional<NodeIndex> resolve(const NodeId& id, SourceRange where, std::string_view what) {
        if (auto i = find(id.value)) return i;
        if (!id.value.empty())
            report(DiagCode::unknown_target,
                   std::string(what) + " '" + id.value + "' names no node of this flow", where);
        return std::nullopt;
    }
    void check_flow_info() {
        const FlowInfo& info = flow_->info;
        if (auto s = find(info.start.value)) {
            if (part_ == 0) program_->start = *s;
        } else if (!info.start.value.empty())
            report(DiagCode::missing_start,
                   "start '" + info.start.value + "' names no node of this flow", info.start_range);
        if (info.help) {
            if (part_ == 0) program_->help = program_->parts[0].help;
            if (!program_->parts[part_].help)
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
        if (n.text.empty() && !is_unshown(n.kind))
            report(DiagCode::bad_value,
                   "node '" + n.id.value + "' has no text for the person to read", n.text_range);
        check_opener_fields(n);
        check_answer_step(n, flow_->info.format, [this](DiagCode c, std::string m, SourceRange r) {
            report(c, std::move(m), r);
        });
    }
    // `flow` and `at` belong on detours and handovers, which need format 2; a handover goes on
    // in the other flow for good, so it has no next and no choices.
    void check_opener_fields(const Node& n) {
        const bool opens = n.kind == NodeKind::detour || n.kind == NodeKind::handover;
        if (!opens) {
            if (!n.flow.empty())
                report(DiagCode::misplaced_field,
                       std::string("'flow' belongs on detour and handover nodes; this node is a ") +
                           kind_name(n.kind),
                       n.flow_range);
            if (n.at)
                report(DiagCode::misplaced_field,
                       std::string("'at' belongs on detour and handover nodes; this node is a ") +
                           kind_name(n.kind),
                       n.at_range);
            return;
        }
        if (flow_->info.format < 2)
            report(DiagCode::needs_format_2,
                   std::string("a ") + kind_name(n.kind) + " needs format = 2 in [flow]", n.range);
        if (n.kind == NodeKind::detour && !n.choices.empty())
            report(DiagCode::misplaced_field, "a detour has no choices: it comes back to its next",
                   n.choices.front().range);
        if (n.kind == NodeKind::handover && (n.next || !n.choices.empty()))
            report(DiagCode::misplaced_field,
                   "a handover goes on in the other flow for good: it has no next and no choices",
                   n.next ? n.next_range : n.choices.front().range);
    }
    void check_exits(const Node& n) {
        bool has_next = n.next.has_value(), has_choices = !n.choices.empty();
        if (n.kind == NodeKind::handover) return; // its way out is the other flow
        if (n.kind == NodeKind::detour) {
            if (!has_next)
                report(DiagCode::no_way_out,
                       "detour '" + n.id.value + "' needs next: the step to come back to", n.range);
        } else if (n.kind == NodeKind::ending) {
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
        LinkedNode& linked = program_->nodes[base_ + i];
        check_fields(n);
        check_exits(n);
        if (n.next) linked.next = resolve(*n.next, n.next_range, "next");
        if (!n.flow.empty() && (n.kind == NodeKind::detour || n.kind == NodeKind::handover))
            linked.opens = link_other_flow(n);
        linked.text = compile_text(n.text, n.text_range);
        linked.effects = compile_effects(n.effects);
        if (!n.save_as.empty()) linked.save_slot = slot_of(n.save_as);
        if (n.kind == NodeKind::scale || n.kind == NodeKind::pick) link_answer_step(n, linked);
        const bool route = n.kind == NodeKind::route;
        if (route) check_route(n);
        labels_.clear();
        linked.choices.reserve(n.choices.size());
        bool all_conditional = !n.choices.empty() && !route;
        for (const Choice& c : n.choices) {
            if (c.label.empty() && !route)
                report(DiagCode::bad_value, "a choice needs a label", c.range);
            else if (!route && !labels_.insert(c.label))
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

    // The slot a scale or pick saves into; a scale's is a whole number of [vars]. The check-in
    // places of the first flow.
    void link_answer_step(const Node& n, LinkedNode& linked) {
        if (!is_valid_variable_name(n.into)) return;
        auto slot = slot_of(n.into);
        if (n.kind == NodeKind::pick) {
            if (slot && pick_of_slot_.count(*slot) && pick_of_slot_[*slot] == &n)
                linked.into_slot = slot;
            return;
        }
        if (!slot || pick_of_slot_.count(*slot)) {
            report(DiagCode::bad_into,
                   "into '" + n.into +
                       "' names no variable of [vars]; declare it there with the "
                       "value it holds before a rating, e.g. " +
                       n.into + " = " + std::to_string(n.rating_min()),
                   n.into_range);
            return;
        }
        const Value& initial = program_->variables[*slot].initial;
        if (type_of(initial) != ValueType::integer) {
            report(DiagCode::bad_into,
                   "into '" + n.into +
                       "' keeps a rating, a whole number, but [vars] declares it as " +
                       type_name(type_of(initial)),
                   n.into_range);
            return;
        }
        linked.into_slot = slot;
        if (part_ != 0 || (n.check_in != "before" && n.check_in != "after")) return;
        auto& place = n.check_in == "before" ? program_->check_in_before : program_->check_in_after;
        const NodeIndex here{static_cast<std::uint32_t>(base_ + (&n - flow_->nodes.data()))};
        if (place)
            report(DiagCode::bad_check_in,
                   "the " + n.check_in + " check-in is already placed at '" +
                       program_->node(*place).id.value + "'",
                   n.check_in_range);
        else
            place = here;
    }

    // The step of the other flow a detour or handover goes to: `at`, or that flow's start.
    std::optional<NodeIndex> link_other_flow(const Node& n) {
        const std::string quoted = "'" + n.flow + "'";
        if (!opened_) {
            report(DiagCode::missing_flow,
                   "cannot open " + quoted +
                       ": this flow is not saved in a file, so there is no folder to find it in",
                   n.flow_range);
            return std::nullopt;
        }
        const std::string name = OpenedFlows::resolve(own_name(), n.flow);
        auto part =
            name == opened_->first_name ? std::optional<std::size_t>(0) : program_->find_part(name);
        if (!part) {
            const OpenedFlow* file = opened_->find(name);
            std::string why =
                !file ? "more than " + std::to_string(kMaxOpenedFlows) + " flows are opened in all"
                : file->diagnostics.empty() ? "it is not a flow"
                                            : file->diagnostics.front().message;
            const std::string where = name == n.flow ? "" : " (" + name + ")";
            report(DiagCode::missing_flow, "cannot open " + quoted + where + ": " + why,
                   n.flow_range);
            return std::nullopt;
        }
        if (!n.at) return program_->parts[*part].start;
        auto at = program_->find_in(*part, n.at->value);
        if (!at)
            report(DiagCode::unknown_flow_step,
                   "at '" + n.at->value + "' names no step of " + quoted, n.at_range);
        return at;
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
        if (text.find('{') == std::string::npos && text.find('}') == std::string::npos) { // plain
            TextTemplate plain;
            if (!text.empty()) plain.pieces.emplace_back(text);
            return plain;
        }
        auto result = parse_text_template(text, lookup(), visits(), flow_->info.plural_rule);
        if (auto* err = std::get_if<ExpressionError>(&result)) {
            report(code_of(err->kind), err->message, locate_in_string(where, text, err->offset));
            return {};
        }
        return std::get<TextTemplate>(std::move(result));
    }

    // [SECTION] Graph: reachability and traps

    // Visits the exits of this flow's node `i`, as indices in this flow. A detour goes on to its
    // next; a handover has no exit here (its way out is the other flow).
    template <typename Visit> void for_each_exit(std::size_t i, Visit visit) const {
        const LinkedNode& n = program_->nodes[base_ + i];
        if (n.next) visit(n.next->value - base_);
        for (const LinkedChoice& c : n.choices)
            visit(c.target.value - base_);
    }
    void check_graph() {
        const std::size_t count = flow_->nodes.size();
        const FlowPart& part = program_->parts[part_];
        std::vector<char> reached(count, 0);
        std::vector<std::uint32_t> work{part.start.value - base_};
        if (part.help) work.push_back(part.help->value - base_);
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
            if (flow_->nodes[i].kind == NodeKind::ending ||
                flow_->nodes[i].kind == NodeKind::handover) {
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
                const auto& choices = program_->nodes[base_ + i].choices;
                if (next_choice == choices.size()) {
                    state[i] = 2;
                    stack.pop_back();
                    continue;
                }
                const std::uint32_t t = choices[next_choice++].target.value - base_;
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
        const FlowPart& part = program_->parts[part_];
        if (!part.help) return;
        const std::uint32_t help = part.help->value - base_;
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
        std::vector<char> around_help = reach_from(part.start.value - base_, help);
        for (std::size_t i = 0; i < count; ++i)
            program_->help_path[base_ + i] = from_help[i] && !around_help[i];
    }

    // [SECTION] Tests

    void check_tests() {
        for (const FlowTest& t : flow_->tests) {
            if (!t.reach.value.empty() && !program_->find_step(t.reach.value))
                report(DiagCode::bad_test,
                       "test '" + t.name + "' expects to reach '" + t.reach.value +
                           "', which is no node of this flow or of a flow it opens",
                       t.reach_range);
            for (const TestAnswer& a : t.answers) {
                auto i = program_->find_step(a.node.value);
                if (!i || program_->node(*i).kind != NodeKind::reflection)
                    report(DiagCode::bad_test,
                           "test '" + t.name + "' answers '" + a.node.value +
                               "', which is no reflection node",
                           a.range);
            }
            check_test_answers(t);
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

    // A test's ratings name scale steps and fit their range; its picks name pick steps and
    // their options.
    void check_test_answers(const FlowTest& t) {
        for (const TestRating& r : t.ratings) {
            auto i = program_->find_step(r.node.value);
            const Node* n = i ? &program_->node(*i) : nullptr;
            if (!n || n->kind != NodeKind::scale)
                report(DiagCode::bad_test,
                       "test '" + t.name + "' rates '" + r.node.value + "', which is no scale step",
                       r.range);
            else if (r.rating < n->rating_min() || r.rating > n->rating_max())
                report(DiagCode::bad_test,
                       "test '" + t.name + "' rates '" + r.node.value + "' " +
                           std::to_string(r.rating) + ", outside its " +
                           std::to_string(n->rating_min()) + " to " +
                           std::to_string(n->rating_max()),
                       r.range);
        }
        for (const TestPicks& p : t.picks) {
            auto i = program_->find_step(p.node.value);
            const Node* n = i ? &program_->node(*i) : nullptr;
            if (!n || n->kind != NodeKind::pick) {
                report(DiagCode::bad_test,
                       "test '" + t.name + "' picks at '" + p.node.value +
                           "', which is no pick step",
                       p.range);
                continue;
            }
            for (const std::string& item : p.items)
                if (std::find(n->options.begin(), n->options.end(), item) == n->options.end())
                    report(DiagCode::bad_test,
                           "test '" + t.name + "' picks \"" + item + "\", which '" + p.node.value +
                               "' does not offer",
                           p.range);
        }
    }

    std::shared_ptr<Program> program_;
    std::size_t part_;
    const OpenedFlows* opened_;
    std::shared_ptr<const Flow> flow_;
    std::uint32_t base_;
    std::unordered_map<std::string, std::uint32_t> slot_by_name_;
    LabelSet labels_;                                             // reused by check_node
    std::unordered_map<std::uint32_t, const Node*> pick_of_slot_; // slots pick steps fill
    std::vector<Diagnostic> out_;
    bool graph_broken_ = false;
};

// [SECTION] Entry point: the flow and the flows it opens, linked into one Program

// The parts of the set: the flow itself, then each opened flow that could be read.
std::shared_ptr<Program> program_of_set(std::shared_ptr<const Flow> flow,
                                        const OpenedFlows* opened) {
    auto program = std::make_shared<Program>();
    program->flow = flow;
    program->parts.push_back(FlowPart{flow, "", 0, 0, 0, {}, {}, {}});
    if (opened)
        for (const OpenedFlow& f : opened->flows)
            if (f.flow) program->parts.push_back(FlowPart{f.flow, f.name, 0, 0, 0, {}, {}, {}});
    std::uint32_t total = 0;
    for (FlowPart& part : program->parts) {
        part.first_node = total;
        total += static_cast<std::uint32_t>(part.flow->nodes.size());
    }
    program->nodes.resize(total);
    program->help_path.assign(total, 0);
    return program;
}

// Flows that open each other in a circle (through detours or handovers) could never come back
// or stop: reported at each detour or handover whose flow leads back to its own.
void check_flow_cycles(const Program& program, std::vector<Validator>& checkers) {
    const std::size_t parts = program.parts.size();
    std::vector<std::vector<char>> edge(parts, std::vector<char>(parts, 0));
    for (std::uint32_t i = 0; i < program.nodes.size(); ++i)
        if (const auto& opens = program.nodes[i].opens)
            edge[program.part_of(NodeIndex{i})][program.part_of(*opens)] = 1;
    auto leads_to = [&](std::size_t from, std::size_t to) {
        std::vector<char> seen(parts, 0);
        std::vector<std::size_t> work{from};
        seen[from] = 1;
        while (!work.empty()) {
            std::size_t k = work.back();
            work.pop_back();
            if (k == to) return true;
            for (std::size_t j = 0; j < parts; ++j)
                if (edge[k][j] && !seen[j]) seen[j] = 1, work.push_back(j);
        }
        return false;
    };
    for (std::uint32_t i = 0; i < program.nodes.size(); ++i) {
        const auto& opens = program.nodes[i].opens;
        if (!opens) continue;
        const std::size_t from = program.part_of(NodeIndex{i});
        if (!leads_to(program.part_of(*opens), from)) continue;
        const Node& n = program.node(NodeIndex{i});
        checkers[from].report(DiagCode::detour_cycle,
                              "'" + n.flow +
                                  "' leads back into this flow, which opens it: the flows would "
                                  "open each other without end",
                              n.flow_range);
    }
}

} // namespace

ValidationResult validate(std::shared_ptr<const Flow> flow, const OpenedFlows* opened) {
    std::shared_ptr<Program> program = program_of_set(std::move(flow), opened);
    std::vector<Validator> checkers;
    checkers.reserve(program->parts.size());
    for (std::size_t k = 0; k < program->parts.size(); ++k)
        checkers.emplace_back(program, k, opened);
    for (Validator& c : checkers)
        c.declare();
    for (Validator& c : checkers)
        c.link();
    if (std::none_of(checkers.begin(), checkers.end(),
                     [](const Validator& c) { return c.graph_broken(); }))
        check_flow_cycles(*program, checkers);
    ValidationResult result;
    result.diagnostics = checkers.front().take_diagnostics();
    std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(),
                     [](const Diagnostic& a, const Diagnostic& b) {
                         return std::pair(a.range.begin.line, a.range.begin.column) <
                                std::pair(b.range.begin.line, b.range.begin.column);
                     });
    std::vector<Diagnostic> others; // only the errors of the flows it opens: they stop it too
    if (opened)
        for (const OpenedFlow& f : opened->flows) // a file that cannot be read is told above
            for (const Diagnostic& d : f.diagnostics)
                if (d.range.begin.known()) others.push_back(d);
    for (std::size_t k = 1; k < checkers.size(); ++k) {
        std::vector<Diagnostic> own = checkers[k].take_diagnostics();
        others.insert(others.end(), own.begin(), own.end());
    }
    for (Diagnostic& d : others)
        if (d.severity == Severity::error) result.diagnostics.push_back(std::move(d));
    if (!has_errors(result.diagnostics)) result.program = std::move(program);
    return result;
}

} // namespace heartflow

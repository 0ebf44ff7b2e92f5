// ink export.
#include "heartflow/export_ink.h"

#include "ink_functions.h"
#include "interop_text.h"

#include <algorithm>
#include <cctype>

namespace heartflow {

namespace {

// Words ink keeps for itself, and the exported functions' names; variables and knots share one
// namespace in ink.
std::set<std::string> ink_reserved() {
    std::set<std::string> reserved = ink::function_names();
    reserved.merge(std::set<std::string>{
        "VAR",         "CONST",    "LIST",        "INCLUDE",     "EXTERNAL",     "function",
        "return",      "else",     "temp",        "true",        "false",        "not",
        "and",         "or",       "mod",         "has",         "hasnt",        "END",
        "DONE",        "TURNS",    "TURNS_SINCE", "READ_COUNT",  "CHOICE_COUNT", "RANDOM",
        "SEED_RANDOM", "INT",      "FLOAT",       "FLOOR",       "CEILING",      "POW",
        "MIN",         "MAX",      "LIST_VALUE",  "LIST_RANDOM", "LIST_COUNT",   "LIST_MIN",
        "LIST_MAX",    "LIST_ALL", "LIST_INVERT", "LIST_RANGE",  "stopping",     "cycle",
        "shuffle",     "once",     "ref",         "TODO"});
    return reserved;
}

// Escapes every ASCII punctuation character with a backslash: ink reads `\c` as the character c,
// so no flow text can become ink logic, a divert, a tag, glue or a comment.
std::string ink_escape(std::string_view text) {
    std::string out;
    for (char c : text) {
        auto u = static_cast<unsigned char>(c);
        if (u < 0x80 && std::ispunct(u)) out += '\\';
        if (c == '\t') c = ' ';
        out += c;
    }
    return out;
}

std::string ink_literal(const Value& v) {
    if (auto* s = std::get_if<std::string>(&v)) return "\"" + ink_escape(*s) + "\"";
    return to_display_string(v);
}

const char* ink_operator(ExprOp::Code code) {
    using Code = ExprOp::Code;
    switch (code) {
    case Code::add:
        return "+";
    case Code::subtract:
        return "-";
    case Code::equal:
        return "==";
    case Code::not_equal:
        return "!=";
    case Code::less:
        return "<";
    case Code::less_equal:
        return "<=";
    case Code::greater:
        return ">";
    case Code::greater_equal:
        return ">=";
    default:
        return "?";
    }
}

// Rebuilds ops [begin, end) of a compiled expression as one fully parenthesised ink expression.
// The compiler emits `a and b` as: a, jump_if_false_keep(end), pop, b; `or` alike.
std::string decompile(const CompiledExpression& e, std::size_t begin, std::size_t end,
                      const std::vector<std::string>& names) {
    using Code = ExprOp::Code;
    std::vector<std::string> stack;
    auto pop = [&stack] {
        std::string top = std::move(stack.back());
        stack.pop_back();
        return top;
    };
    for (std::size_t pc = begin; pc < end;) {
        const ExprOp& op = e.ops[pc];
        switch (op.code) {
        case Code::push_constant:
            stack.push_back(ink_literal(e.constants[op.operand]));
            break;
        case Code::load:
            stack.push_back(names[op.operand]);
            break;
        case Code::negate:
            stack.push_back("(-" + pop() + ")");
            break;
        case Code::logical_not:
            stack.push_back("(not " + pop() + ")");
            break;
        case Code::jump_if_false_keep:
        case Code::jump_if_true_keep: {
            std::string left = pop();
            std::string right = decompile(e, pc + 2, op.operand, names);
            stack.push_back("(" + left + (op.code == Code::jump_if_false_keep ? " && " : " || ") +
                            right + ")");
            pc = op.operand;
            continue;
        }
        case Code::pop:
            pop();
            break;
        case Code::count_picked:
            stack.push_back("hf_count(" + pop() + ")");
            break;
        case Code::test_picked: // bit k of the picks: (bits / 2^k) mod 2
            stack.push_back("((" + pop() + " / " + std::to_string(std::int64_t{1} << op.operand) +
                            ") mod 2 == 1)");
            break;
        default: {
            std::string b = pop(), a = pop();
            stack.push_back("(" + a + " " + ink_operator(op.code) + " " + b + ")");
        }
        }
        ++pc;
    }
    return stack.empty() ? "" : stack.back();
}

std::string expression(const CompiledExpression& e, const std::vector<std::string>& names) {
    return decompile(e, 0, e.ops.size(), names);
}

// The names ink will use: variables by slot, then knots and journal variables by node, and the
// functions the text calls.
struct InkNames {
    std::vector<std::string> vars;
    std::vector<std::string> knots;
    std::vector<std::string> journals;
    ink::Functions functions;
};

std::string ink_text(const Program& p, const TextTemplate& t, InkNames& n,
                     const std::string& count = "");

// A plural's forms as ink's conditional text: with a translation's rule, nested on the form its
// function gives (the last form stands for any left out); else {n == 1:one|other}.
std::string ink_plural(const Program& p, const TextBranch& b, const std::string& number,
                       InkNames& n) {
    if (!b.rule)
        return "{(" + number + ") == 1:" + ink_text(p, b.forms[0], n, number) + "|" +
               ink_text(p, b.forms[1], n, number) + "}";
    const std::string form = n.functions.plural_form(*b.rule) + "(" + number + ")";
    std::string out, closing;
    for (std::size_t k = 0; k + 1 < b.forms.size(); ++k) {
        out += "{" + form + " == " + std::to_string(k) + ":" + ink_text(p, b.forms[k], n, number) +
               "|";
        closing += "}";
    }
    return out + ink_text(p, b.forms.back(), n, number) + closing;
}

// A pick variable's options picked, in words, or its fallback while none is.
std::string ink_picked(const TextSlot& slot, InkNames& n) {
    std::vector<std::string> literals;
    for (const std::string& option : slot.options)
        literals.push_back(ink_literal(Value{option}));
    const std::string& name = n.vars[slot.slot];
    const std::string words = n.functions.picked_words(name, literals) + "(" + name + ")";
    if (slot.fallback.empty()) return "{" + words + "}";
    return "{" + words + " != \"\":{" + words + "}|" + ink_escape(slot.fallback) + "}";
}

// Text with placeholders as ink content: literal runs escaped, variables as {name}, a string's
// fallback as ink's conditional text {name != "":{name}|fallback}, a pick's options in words, a
// branch as {cond:a|b} (a plural as ink_plural gives, its number `count`), visit counts as ink's
// read counts.
std::string ink_text(const Program& p, const TextTemplate& t, InkNames& n,
                     const std::string& count) {
    const std::vector<std::string>& names = n.vars;
    std::string out;
    for (const TextTemplate::Piece& piece : t.pieces) {
        if (auto* s = std::get_if<std::string>(&piece)) {
            out += ink_escape(*s);
            continue;
        }
        if (auto* b = std::get_if<TextBranch>(&piece)) {
            const std::string cond = expression(b->condition, names);
            out += b->plural ? ink_plural(p, *b, cond, n)
                             : "{" + cond + ":" + ink_text(p, b->forms[0], n, count) + "|" +
                                   ink_text(p, b->forms[1], n, count) + "}";
            continue;
        }
        if (std::holds_alternative<TextCount>(piece)) {
            out += "{" + count + "}";
            continue;
        }
        const TextSlot& slot = std::get<TextSlot>(piece);
        const std::string& name = names[slot.slot];
        bool may_be_empty = type_of(p.variables[slot.slot].initial) == ValueType::string;
        if (!slot.options.empty())
            out += ink_picked(slot, n);
        else if (slot.fallback.empty() || !may_be_empty)
            out += "{" + name + "}";
        else
            out += "{" + name + " != \"\":{" + name + "}|" + ink_escape(slot.fallback) + "}";
    }
    return out;
}

InkNames allocate_names(const Program& p) {
    interop::NameAllocator names(ink_reserved());
    std::vector<std::string> vars, knots, journals;
    for (const Variable& v : p.variables)
        vars.push_back(names.take(v.name));
    for (std::size_t i = 0; i < p.nodes.size(); ++i) {
        const std::string& id = p.node(NodeIndex{static_cast<std::uint32_t>(i)}).id.value;
        knots.push_back(names.take(id, "n_"));
        journals.push_back(p.nodes[i].save_slot ? names.take(id, "j_") : "");
    }
    for (NodeIndex counted : p.counted)
        vars.push_back(knots[counted.value]); // read counts
    return {std::move(vars), std::move(knots), std::move(journals),
            ink::Functions(std::move(names))};
}

std::string effects(const std::vector<LinkedAssignment>& list, const InkNames& n,
                    const char* indent) {
    std::string out;
    for (const LinkedAssignment& a : list)
        out += std::string(indent) + "~ " + n.vars[a.slot] + " = " + expression(a.value, n.vars) +
               "\n";
    return out;
}

// A route's choices as ink's conditional diverts, first match wins; the last is the fallback.
std::string route_diverts(const LinkedNode& linked, const InkNames& n) {
    std::string out;
    for (const LinkedChoice& c : linked.choices) {
        std::string go = effects(c.effects, n, "    ") + "    -> " + n.knots[c.target.value] + "\n";
        if (c.when)
            out += "{ " + expression(*c.when, n.vars) + ":\n" + go + "}\n";
        else
            out += go;
    }
    return out;
}

// An ending ends the story, but an ending of a flow a detour opened returns from its tunnel.
std::string ending_divert(const Program& p, std::size_t i) {
    const std::size_t part = p.part_of(NodeIndex{static_cast<std::uint32_t>(i)});
    if (part == 0) return "-> END\n";
    // Continue, as the players offer it, then back out of the tunnel.
    for (std::uint32_t k = 0; k < p.nodes.size(); ++k)
        if (p.nodes[k].opens && p.part_of(*p.nodes[k].opens) == part &&
            p.node(NodeIndex{k}).kind == NodeKind::detour)
            return "+ [Continue]\n    ->->\n";
    return "-> END\n";
}

// A scale as one choice per rating (the end words on the ends), then Skip.
std::string scale_choices(const Node& node, const LinkedNode& linked, const InkNames& n) {
    const std::string go = "    -> " + n.knots[linked.next->value] + "\n";
    std::string out;
    for (std::int64_t r = node.rating_min(); r <= node.rating_max(); ++r) {
        std::string words = std::to_string(r);
        if (r == node.rating_min() && !node.low.empty()) words += " " + node.low;
        if (r == node.rating_max() && !node.high.empty()) words += " " + node.high;
        out += "+ [" + ink_escape(words) + "]\n";
        if (linked.into_slot)
            out += "    ~ " + n.vars[*linked.into_slot] + " = " + std::to_string(r) + "\n";
        out += go;
    }
    return out + "+ [Skip]\n" + go;
}

// A pick as once-only choices that each add their bit and come back, then "That's all".
std::string pick_choices(const Node& node, const LinkedNode& linked, const InkNames& n) {
    const std::string& var = n.vars[*linked.into_slot];
    std::string out = "- (opts)\n";
    for (std::size_t k = 0; k < node.options.size(); ++k)
        out += "* [" + ink_escape(node.option_label(k)) + "]\n    ~ " + var + " = " + var + " + " +
               std::to_string(std::int64_t{1} << k) + "\n    -> opts\n";
    return out + "+ [That's all]\n    -> " + n.knots[linked.next->value] + "\n";
}

std::string knot(const Program& p, std::size_t i, InkNames& n) {
    const Node& node = p.node(NodeIndex{static_cast<std::uint32_t>(i)});
    const LinkedNode& linked = p.nodes[i];
    std::string out = "\n=== " + n.knots[i] +
                      " ===\n# node: " + p.step_ref(NodeIndex{static_cast<std::uint32_t>(i)}) +
                      "\n# kind: " + kind_name(node.kind) + "\n";
    out += effects(linked.effects, n, "");
    if (node.kind == NodeKind::pick && linked.into_slot) // picked afresh each time it is entered
        out += "~ " + n.vars[*linked.into_slot] + " = 0\n";
    std::vector<std::string> lines = interop::split_lines(ink_text(p, linked.text, n));
    for (const std::string& line : lines)
        if (!interop::trim(line).empty()) out += line + "\n";
    if (node.kind == NodeKind::ending) return out + ending_divert(p, i);
    if (node.kind == NodeKind::route) return out + route_diverts(linked, n);
    if (node.kind == NodeKind::detour) // a tunnel: into the other flow, back to next
        return out + "-> " + n.knots[linked.opens->value] + " -> " + n.knots[linked.next->value] +
               "\n";
    if (node.kind == NodeKind::handover) return out + "-> " + n.knots[linked.opens->value] + "\n";
    if (node.kind == NodeKind::scale) return out + scale_choices(node, linked, n);
    if (node.kind == NodeKind::pick) return out + pick_choices(node, linked, n);
    std::string on_leave =
        linked.save_slot ? "    ~ " + n.vars[*linked.save_slot] + " = " + n.journals[i] + "\n" : "";
    if (linked.next)
        return out + "+ [Continue]\n" + on_leave + "    -> " + n.knots[linked.next->value] + "\n";
    for (const LinkedChoice& c : linked.choices) {
        std::string label = ink_text(p, c.label, n);
        if (interop::trim(label).empty())
            label = "\u00a0"; // an empty choice would be ink's fallback
        out += "+ " + (c.when ? "{" + expression(*c.when, n.vars) + "} " : std::string()) + "[" +
               label + "]\n";
        out +=
            on_leave + effects(c.effects, n, "    ") + "    -> " + n.knots[c.target.value] + "\n";
    }
    return out;
}

} // namespace

std::vector<Diagnostic> ink_warnings(const Program& program) {
    std::vector<Diagnostic> out;
    for (const Node& node : program.flow->nodes) {
        if (node.kind == NodeKind::scale && node.rating_max() - node.rating_min() > 20)
            out.push_back(make_diagnostic(
                DiagCode::export_unmapped,
                "ink has no rating: scale '" + node.id.value + "' becomes one choice per rating, " +
                    std::to_string(node.rating_max() - node.rating_min() + 1) + " of them",
                node.range));
    }
    return out;
}

std::string export_ink(const Program& program) {
    InkNames names = allocate_names(program);
    const Flow& flow = *program.flow;
    std::string title = flow.info.title;
    std::replace(title.begin(), title.end(), '\n', ' ');
    std::string out =
        "// " + title + "\n// Exported by heartflow from the flow '" + flow.info.id +
        "'. Each knot is one step; its tags name the step and its kind.\n"
        "// Reflections keep the person's words in VAR j_<step>: set it before choosing.\n\n";
    for (std::size_t slot = 0; slot < program.variables.size(); ++slot)
        out +=
            "VAR " + names.vars[slot] + " = " + ink_literal(program.variables[slot].initial) + "\n";
    for (std::size_t i = 0; i < program.nodes.size(); ++i)
        if (!names.journals[i].empty()) out += "VAR " + names.journals[i] + " = \"\"\n";
    out += "\n-> " + names.knots[program.start.value] + "\n";
    for (std::size_t i = 0; i < program.nodes.size(); ++i)
        out += knot(program, i, names);
    if (std::any_of(program.nodes.begin(), program.nodes.end(),
                    [](const LinkedNode& l) { return l.into_slot.has_value(); }))
        out += "\n=== function hf_count(bits) ===\n// How many options a pick step's bits hold.\n"
               "{ bits <= 0:\n    ~ return 0\n}\n~ return bits mod 2 + hf_count(bits / 2)\n";
    return out + names.functions.definitions();
}

} // namespace heartflow

// ink functions for plural rules and picked words. ink has no `?:`, so a rule's expression calls
// hf_choose (both sides are computed: a rule has no side effects); its / and % by anything but a
// number other than 0 call hf_div and hf_mod, which give 0 for a division by zero as the engine
// does, where ink would not.
#include "ink_functions.h"

#include <algorithm>
#include <optional>

namespace heartflow::ink {

namespace {

using Op = PluralRule::Op;

const char* plural_operator(Op::Kind kind) {
    switch (kind) {
    case Op::add:
        return "+";
    case Op::subtract:
        return "-";
    case Op::multiply:
        return "*";
    case Op::divide:
        return "/";
    case Op::modulo:
        return "mod";
    case Op::less:
        return "<";
    case Op::less_equal:
        return "<=";
    case Op::greater:
        return ">";
    case Op::greater_equal:
        return ">=";
    case Op::equal:
        return "==";
    case Op::not_equal:
        return "!=";
    case Op::logical_and:
        return "&&";
    default:
        return "||";
    }
}

// A part of a rule's expression as ink text, and its value when it is a plain number.
struct Operand {
    std::string text;
    std::optional<std::uint64_t> number;
};

// `a / b` or `a mod b`: a division by a number other than 0 as it is, by 0 as its value 0, by
// anything else through the helper that gives 0 for 0.
std::string division(Op::Kind kind, const Operand& a, const Operand& b) {
    if (b.number == 0u) return "0";
    if (b.number) return "(" + a.text + " " + plural_operator(kind) + " " + b.text + ")";
    return std::string(kind == Op::divide ? "hf_div(" : "hf_mod(") + a.text + ", " + b.text + ")";
}

// The rule's postfix steps as one ink expression over hf_n ("0" for steps no rule reader makes,
// as PluralRule::evaluate gives).
std::string plural_expression(const std::vector<Op>& ops) {
    std::vector<Operand> stack;
    auto pop = [&stack] {
        Operand top = std::move(stack.back());
        stack.pop_back();
        return top;
    };
    for (const Op& op : ops) {
        const std::size_t needs = op.kind == Op::choose                       ? 3
                                  : op.kind == Op::number || op.kind == Op::n ? 0
                                  : op.kind == Op::logical_not                ? 1
                                                                              : 2;
        if (stack.size() < needs) return "0";
        if (op.kind == Op::number) {
            stack.push_back({std::to_string(op.value), op.value});
        } else if (op.kind == Op::n) {
            stack.push_back({"hf_n", std::nullopt});
        } else if (op.kind == Op::logical_not) {
            stack.push_back({"(not " + pop().text + ")", std::nullopt});
        } else if (op.kind == Op::choose) {
            Operand otherwise = pop(), then = pop(), condition = pop();
            stack.push_back(
                {"hf_choose(" + condition.text + ", " + then.text + ", " + otherwise.text + ")",
                 std::nullopt});
        } else {
            Operand b = pop(), a = pop();
            stack.push_back(
                {op.kind == Op::divide || op.kind == Op::modulo
                     ? division(op.kind, a, b)
                     : "(" + a.text + " " + plural_operator(op.kind) + " " + b.text + ")",
                 std::nullopt});
        }
    }
    return stack.empty() ? "0" : stack.back().text;
}

std::string plural_function(const PluralRule& rule, const std::string& name) {
    const std::string count = std::to_string(rule.count());
    return "\n=== function " + name + "(hf_n) ===\n// The plural form (0 to " +
           std::to_string(rule.count() - 1) +
           ") a translation's Plural-Forms gives the size of hf_n; past them, form 0.\n"
           "{ hf_n < 0:\n    ~ hf_n = -hf_n\n}\n~ temp hf_form = " +
           plural_expression(rule.ops()) + "\n{ hf_form < 0 || hf_form >= " + count +
           ":\n    ~ return 0\n}\n~ return hf_form\n";
}

// Each option, last first, put before the words of those picked after it.
std::string words_function(const std::string& variable, const std::vector<std::string>& literals,
                           const std::string& name) {
    std::string out = "\n=== function " + name + "(hf_bits) ===\n// The options of " + variable +
                      " picked, in words: \"a\", \"a and b\", \"a, b and c\".\n"
                      "~ temp hf_words = \"\"\n~ temp hf_found = 0\n";
    for (std::size_t k = literals.size(); k-- > 0;)
        out += "{ (hf_bits / " + std::to_string(std::uint64_t{1} << k) +
               ") mod 2 == 1:\n    ~ hf_words = hf_joined(" + literals[k] +
               ", hf_words, hf_found)\n    ~ hf_found = hf_found + 1\n}\n";
    return out + "~ return hf_words\n";
}

constexpr const char* kChoose = "\n=== function hf_choose(hf_c, hf_a, hf_b) ===\n"
                                "// A plural rule's `c ? a : b`.\n"
                                "{ hf_c:\n    ~ return hf_a\n}\n~ return hf_b\n";
constexpr const char* kDivide = "\n=== function hf_div(hf_a, hf_b) ===\n"
                                "// A plural rule's `a / b`: 0 when b is 0.\n"
                                "{ hf_b == 0:\n    ~ return 0\n}\n~ return hf_a / hf_b\n";
constexpr const char* kModulo = "\n=== function hf_mod(hf_a, hf_b) ===\n"
                                "// A plural rule's `a % b`: 0 when b is 0.\n"
                                "{ hf_b == 0:\n    ~ return 0\n}\n~ return hf_a mod hf_b\n";
constexpr const char* kJoined =
    "\n=== function hf_joined(hf_item, hf_words, hf_found) ===\n"
    "// An item before the words of the hf_found items after it: \"a\", \"a and b\", \"a, b and "
    "c\".\n"
    "{\n- hf_found == 0:\n    ~ return hf_item\n- hf_found == 1:\n"
    "    ~ return hf_item + \" and \" + hf_words\n}\n~ return hf_item + \", \" + hf_words\n";

} // namespace

std::set<std::string> function_names() {
    return {"hf_choose", "hf_div", "hf_mod",  "hf_joined", "hf_n",     "hf_form",  "hf_c",
            "hf_a",      "hf_b",   "hf_bits", "hf_item",   "hf_words", "hf_found", "hf_count"};
}

const std::string& Functions::plural_form(const PluralRule& rule) {
    auto known = std::find_if(plurals_.begin(), plurals_.end(),
                              [&rule](const PluralFunction& f) { return f.rule == rule; });
    if (known != plurals_.end()) return known->name;
    plurals_.push_back({rule, names_.take("hf_plural_form")});
    return plurals_.back().name;
}

const std::string& Functions::picked_words(const std::string& variable,
                                           const std::vector<std::string>& literals) {
    auto known = std::find_if(words_.begin(), words_.end(), [&](const WordsFunction& f) {
        return f.variable == variable && f.literals == literals;
    });
    if (known != words_.end()) return known->name;
    words_.push_back({variable, literals, names_.take(variable, "hf_words_")});
    return words_.back().name;
}

std::string Functions::definitions() const {
    std::string rules;
    for (const PluralFunction& f : plurals_)
        rules += plural_function(f.rule, f.name);
    const bool chooses = rules.find("hf_choose(") != std::string::npos;
    const bool divides = rules.find("hf_div(") != std::string::npos;
    const bool takes_modulo = rules.find("hf_mod(") != std::string::npos;
    std::string out =
        rules + (chooses ? kChoose : "") + (divides ? kDivide : "") + (takes_modulo ? kModulo : "");
    for (const WordsFunction& f : words_)
        out += words_function(f.variable, f.literals, f.name);
    return out + (words_.empty() ? "" : kJoined);
}

} // namespace heartflow::ink

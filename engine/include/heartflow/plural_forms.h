// gettext's Plural-Forms header (`nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : ...);`): how
// many plural forms a language has and which one a number takes, as a small C-like expression
// over n. Read with guards (its length, its nesting), compiled once and evaluated without
// recursion limits being reached or undefined behaviour (division by zero gives 0).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace heartflow {

/// Most plural forms a language may declare (Arabic, the most in CLDR, has six).
inline constexpr int kMaxPluralForms = 6;

/// A Plural-Forms header value longer than this is refused.
inline constexpr std::size_t kMaxPluralFormsBytes = 1024;

/// How deeply the plural expression may nest (parentheses, ?:, operators).
inline constexpr int kMaxPluralDepth = 32;

/// A language's plural rule: its number of forms and the expression choosing one for n.
class PluralRule {
public:
    /// One step of the compiled expression, in postfix order (see plural_forms.cpp).
    struct Op {
        enum Kind : std::uint8_t {
            number,
            n,
            logical_not,
            add,
            subtract,
            multiply,
            divide,
            modulo,
            less,
            less_equal,
            greater,
            greater_equal,
            equal,
            not_equal,
            logical_and,
            logical_or,
            choose
        } kind = number;         ///< What the step does.
        std::uint64_t value = 0; ///< The literal, for `number`.

        /// Two steps are equal when they do the same (exports write one function per rule).
        friend bool operator==(const Op&, const Op&) = default;
    };

    /// English's rule, nplurals=2; plural=(n != 1).
    PluralRule();
    /// A rule of `count` forms computed by the postfix `ops` (parse_plural_forms makes them).
    PluralRule(int count, std::vector<Op> ops) : count_(count), ops_(std::move(ops)) {}

    /// How many forms the language has (nplurals).
    [[nodiscard]] int count() const { return count_; }
    /// The form (0-based) the number `n` takes, as the expression says; a form the expression
    /// gives beyond count() - 1 is form 0, as gettext does. Negative numbers count as positive.
    [[nodiscard]] int form(std::int64_t n) const;
    /// The raw value of the expression for `n` (for checking it stays below count()).
    [[nodiscard]] std::uint64_t evaluate(std::uint64_t n) const;
    /// The compiled expression in postfix order, for exports that evaluate it elsewhere: each
    /// step pops its operands and pushes its result, in unsigned 64-bit arithmetic where
    /// division by zero gives 0, comparisons and logic give 0 or 1, and `choose` pops
    /// condition, then and otherwise.
    [[nodiscard]] const std::vector<Op>& ops() const { return ops_; }

    /// Two rules are equal when they have the same forms and the same steps.
    friend bool operator==(const PluralRule&, const PluralRule&) = default;

private:
    int count_ = 2;
    std::vector<Op> ops_;
};

/// A problem in a Plural-Forms value: what is wrong and at which byte of the value.
struct PluralFormsError {
    std::string message; ///< A sentence saying what is wrong and how to write it.
    std::size_t offset;  ///< 0-based byte offset in the header value.
};

/// Reads a Plural-Forms value, `nplurals=N; plural=EXPRESSION;` (the last ';' optional): N from 1
/// to kMaxPluralForms, the expression in gettext's grammar (n, whole numbers, ! * / % + - < <=
/// > >= == != && || ?: and parentheses). Refuses a value over kMaxPluralFormsBytes, nesting
/// over kMaxPluralDepth, and an expression that gives a form of N or more for some n in
/// 0..1000 (msgfmt --check does the same).
[[nodiscard]] std::variant<PluralRule, PluralFormsError> parse_plural_forms(std::string_view value);

} // namespace heartflow

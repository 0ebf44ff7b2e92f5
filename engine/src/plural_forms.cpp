// Plural-Forms: a recursive-descent reader of gettext's plural expression (plural.y's grammar,
// C's precedence) that compiles it into postfix steps, and a stack machine that runs them.
#include "heartflow/plural_forms.h"

#include <cctype>

namespace heartflow {

namespace {

/// Numbers of n checked against nplurals when a rule is read (msgfmt checks the same range).
constexpr std::uint64_t kCheckedNumbers = 1000;

struct Failure {
    PluralFormsError error;
};

[[noreturn]] void fail(std::size_t at, std::string message) {
    throw Failure{{std::move(message), at}};
}

using Op = PluralRule::Op;

/// The plural expression from `text`, read into postfix steps.
class ExpressionReader {
public:
    /// Reads `text` from byte `start`; offsets in errors are bytes of the whole `text`.
    ExpressionReader(std::string_view text, std::size_t start) : text_(text), pos_(start) {}

    // The whole expression; stops at the end of the text or a ';'.
    std::vector<Op> read() {
        ternary(0);
        skip_spaces();
        if (pos_ < text_.size() && text_[pos_] != ';') unexpected("an operator or ';'");
        return std::move(ops_);
    }
    [[nodiscard]] std::size_t end() const { return pos_; }

private:
    void skip_spaces() {
        while (pos_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[pos_])))
            ++pos_;
    }
    // True (and moves past it) when `token` comes next.
    bool take(std::string_view token) {
        skip_spaces();
        if (text_.substr(pos_, token.size()) != token) return false;
        pos_ += token.size();
        return true;
    }
    // Fails at pos_: the text ends, or holds something other than `wanted`.
    [[noreturn]] void unexpected(const std::string& wanted) const {
        if (pos_ >= text_.size() || text_[pos_] == ';')
            fail(pos_,
                 "the plural expression ends where " + wanted + " should come ('(' not closed?)");
        fail(pos_, "unexpected '" + std::string(1, text_[pos_]) + "' where " + wanted +
                       " should come" + (text_[pos_] == '=' ? " (write '==' to compare)" : ""));
    }
    void deeper(int depth) const {
        if (depth >= kMaxPluralDepth)
            fail(pos_, "the plural expression nests too deeply (the limit is " +
                           std::to_string(kMaxPluralDepth) + " levels)");
    }

    void ternary(int depth) {
        deeper(depth);
        logical_or(depth);
        if (!take("?")) return;
        ternary(depth + 1);
        if (!take(":")) fail(pos_, "'?' needs its ':' (write 'condition ? a : b')");
        ternary(depth + 1);
        ops_.push_back({Op::choose});
    }
    void logical_or(int depth) {
        logical_and(depth);
        while (take("||")) {
            logical_and(depth);
            ops_.push_back({Op::logical_or});
        }
    }
    void logical_and(int depth) {
        equality(depth);
        while (take("&&")) {
            equality(depth);
            ops_.push_back({Op::logical_and});
        }
    }
    void equality(int depth) {
        relation(depth);
        for (;;) {
            Op::Kind kind = take("==") ? Op::equal : take("!=") ? Op::not_equal : Op::number;
            if (kind == Op::number) return;
            relation(depth);
            ops_.push_back({kind});
        }
    }
    void relation(int depth) {
        sum(depth);
        for (;;) {
            Op::Kind kind = take("<=")   ? Op::less_equal
                            : take(">=") ? Op::greater_equal
                            : take("<")  ? Op::less
                            : take(">")  ? Op::greater
                                         : Op::number;
            if (kind == Op::number) return;
            sum(depth);
            ops_.push_back({kind});
        }
    }
    void sum(int depth) {
        product(depth);
        for (;;) {
            Op::Kind kind = take("+") ? Op::add : take("-") ? Op::subtract : Op::number;
            if (kind == Op::number) return;
            product(depth);
            ops_.push_back({kind});
        }
    }
    void product(int depth) {
        unary(depth);
        for (;;) {
            Op::Kind kind = take("*")   ? Op::multiply
                            : take("/") ? Op::divide
                            : take("%") ? Op::modulo
                                        : Op::number;
            if (kind == Op::number) return;
            unary(depth);
            ops_.push_back({kind});
        }
    }
    void unary(int depth) {
        skip_spaces();
        if (pos_ < text_.size() && text_[pos_] == '!' && text_.substr(pos_, 2) != "!=") {
            ++pos_;
            deeper(depth + 1);
            unary(depth + 1);
            ops_.push_back({Op::logical_not});
            return;
        }
        primary(depth);
    }
    void primary(int depth) {
        skip_spaces();
        if (take("(")) {
            ternary(depth + 1);
            if (!take(")")) unexpected("')'");
        } else if (pos_ < text_.size() && text_[pos_] == 'n' &&
                   (pos_ + 1 == text_.size() ||
                    !std::isalnum(static_cast<unsigned char>(text_[pos_ + 1])))) {
            ++pos_;
            ops_.push_back({Op::n});
        } else if (pos_ < text_.size() && std::isdigit(static_cast<unsigned char>(text_[pos_]))) {
            number();
        } else {
            fail(pos_, pos_ == text_.size() ? "the plural expression ends too soon"
                                            : "expected n, a number or '(' here");
        }
    }
    void number() {
        const std::size_t start = pos_;
        std::uint64_t value = 0;
        for (; pos_ < text_.size() && std::isdigit(static_cast<unsigned char>(text_[pos_]));
             ++pos_) {
            if (pos_ - start >= 9) fail(start, "a number in the plural expression is too large");
            value = value * 10 + static_cast<std::uint64_t>(text_[pos_] - '0');
        }
        ops_.push_back({Op::number, value});
    }

    std::string_view text_;
    std::size_t pos_;
    std::vector<Op> ops_;
};

/// Applies the binary step `kind` to `a` and `b`.
std::uint64_t binary(Op::Kind kind, std::uint64_t a, std::uint64_t b) {
    switch (kind) {
    case Op::add:
        return a + b;
    case Op::subtract:
        return a - b;
    case Op::multiply:
        return a * b;
    case Op::divide:
        return b == 0 ? 0 : a / b;
    case Op::modulo:
        return b == 0 ? 0 : a % b;
    case Op::less:
        return a < b;
    case Op::less_equal:
        return a <= b;
    case Op::greater:
        return a > b;
    case Op::greater_equal:
        return a >= b;
    case Op::equal:
        return a == b;
    case Op::not_equal:
        return a != b;
    case Op::logical_and:
        return a && b;
    case Op::logical_or:
        return a || b;
    default:
        return 0;
    }
}

/// Reads `name=` at `pos` (spaces allowed around), moving past it.
void expect_key(std::string_view value, std::size_t& pos, std::string_view name) {
    while (pos < value.size() && std::isspace(static_cast<unsigned char>(value[pos])))
        ++pos;
    if (value.substr(pos, name.size()) != name)
        fail(pos, "expected '" + std::string(name) + "=' (write 'nplurals=N; plural=EXPRESSION;')");
    pos += name.size();
    while (pos < value.size() && value[pos] == ' ')
        ++pos;
    if (pos >= value.size() || value[pos] != '=')
        fail(pos, "expected '=' after " + std::string(name));
    ++pos;
}

/// The nplurals number at `pos`, then its ';'.
int read_count(std::string_view value, std::size_t& pos) {
    expect_key(value, pos, "nplurals");
    while (pos < value.size() && value[pos] == ' ')
        ++pos;
    const std::size_t start = pos;
    int count = 0;
    while (pos < value.size() && std::isdigit(static_cast<unsigned char>(value[pos])) &&
           count < 100)
        count = count * 10 + (value[pos++] - '0');
    if (pos == start || count < 1 || count > kMaxPluralForms)
        fail(start, "nplurals must be a number from 1 to " + std::to_string(kMaxPluralForms));
    while (pos < value.size() && value[pos] == ' ')
        ++pos;
    if (pos >= value.size() || value[pos] != ';') fail(pos, "expected ';' after nplurals");
    return ++pos, count;
}

/// Reports the first n in 0..kCheckedNumbers whose form is count or more.
void check_range(const PluralRule& rule, std::size_t at) {
    for (std::uint64_t n = 0; n <= kCheckedNumbers; ++n)
        if (std::uint64_t form = rule.evaluate(n); form >= static_cast<std::uint64_t>(rule.count()))
            fail(at, "the plural expression gives form " + std::to_string(form) + " for n = " +
                         std::to_string(n) + ", but nplurals is " + std::to_string(rule.count()) +
                         " (forms 0 to " + std::to_string(rule.count() - 1) + ")");
}

} // namespace

PluralRule::PluralRule() : ops_{{Op::n}, {Op::number, 1}, {Op::not_equal}} {}

std::uint64_t PluralRule::evaluate(std::uint64_t n) const {
    std::vector<std::uint64_t> stack;
    stack.reserve(ops_.size());
    for (const Op& op : ops_) {
        const std::size_t needs = op.kind == Op::choose                       ? 3
                                  : op.kind == Op::number || op.kind == Op::n ? 0
                                  : op.kind == Op::logical_not                ? 1
                                                                              : 2;
        if (stack.size() < needs) return 0; // only parse_plural_forms's steps are well formed
        if (op.kind == Op::number || op.kind == Op::n) {
            stack.push_back(op.kind == Op::n ? n : op.value);
        } else if (op.kind == Op::logical_not) {
            stack.back() = !stack.back();
        } else if (op.kind == Op::choose) {
            const std::uint64_t otherwise = stack.back();
            stack.pop_back();
            const std::uint64_t then = stack.back();
            stack.pop_back();
            stack.back() = stack.back() ? then : otherwise;
        } else {
            const std::uint64_t b = stack.back();
            stack.pop_back();
            stack.back() = binary(op.kind, stack.back(), b);
        }
    }
    return stack.empty() ? 0 : stack.back();
}

int PluralRule::form(std::int64_t n) const {
    const std::uint64_t magnitude =
        n < 0 ? std::uint64_t(0) - static_cast<std::uint64_t>(n) : static_cast<std::uint64_t>(n);
    const std::uint64_t chosen = evaluate(magnitude);
    return chosen < static_cast<std::uint64_t>(count_) ? static_cast<int>(chosen) : 0;
}

std::variant<PluralRule, PluralFormsError> parse_plural_forms(std::string_view value) {
    try {
        if (value.size() > kMaxPluralFormsBytes)
            fail(0, "the Plural-Forms value is longer than " +
                        std::to_string(kMaxPluralFormsBytes) + " bytes");
        std::size_t pos = 0;
        const int count = read_count(value, pos);
        expect_key(value, pos, "plural");
        const std::size_t start = pos;
        ExpressionReader reader(value, start);
        std::vector<Op> ops = reader.read();
        std::size_t end = reader.end();
        if (end < value.size()) ++end; // the ';'
        while (end < value.size() && std::isspace(static_cast<unsigned char>(value[end])))
            ++end;
        if (end < value.size()) fail(end, "text after the plural expression's ';'");
        PluralRule rule(count, std::move(ops));
        check_range(rule, start);
        return rule;
    } catch (const Failure& f) {
        return f.error;
    }
}

} // namespace heartflow

// The expression language: a recursive-descent compiler that type-checks as it parses and
// emits a forward-only stack program, so evaluation takes at most one step per instruction.
//
// [SECTION] Lexer
// [SECTION] Compiler (depth counts parentheses, 'not' and unary '-'; precedence: or < and < not <
// comparison < + - < unary - < primary) [SECTION] Evaluator
#include "heartflow/expression.h"

#include <algorithm>
#include <bit>
#include <cassert>
#include <cstring>
#include <limits>

namespace heartflow {

namespace {

// [SECTION] Lexer

enum class Tok {
    end,
    integer,
    string,
    identifier,
    kw_true,
    kw_false,
    kw_and,
    kw_or,
    kw_not,
    lparen,
    rparen,
    comma,
    plus,
    minus,
    eq,
    ne,
    lt,
    le,
    gt,
    ge,
    invalid,
};

struct Token {
    Tok kind = Tok::end;
    std::uint32_t offset = 0;
    std::string text; // identifier name or decoded string literal
    std::int64_t integer = 0;
    std::string error; // for Tok::invalid
};

bool is_ident_start(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
bool is_ident_char(char c) {
    return is_ident_start(c) || is_digit(c);
}

Tok keyword(std::string_view word) {
    if (word == "true") return Tok::kw_true;
    if (word == "false") return Tok::kw_false;
    if (word == "and") return Tok::kw_and;
    if (word == "or") return Tok::kw_or;
    if (word == "not") return Tok::kw_not;
    return Tok::identifier;
}

class Lexer {
public:
    explicit Lexer(std::string_view src) : src_(src) {}

    Token next() {
        while (pos_ < src_.size() && (src_[pos_] == ' ' || src_[pos_] == '\t'))
            ++pos_;
        Token t;
        t.offset = static_cast<std::uint32_t>(pos_);
        if (pos_ >= src_.size()) return t;
        char c = src_[pos_];
        if (is_digit(c)) return lex_integer(t);
        if (is_ident_start(c)) {
            std::size_t start = pos_;
            while (pos_ < src_.size() && is_ident_char(src_[pos_]))
                ++pos_;
            t.text = std::string(src_.substr(start, pos_ - start));
            t.kind = keyword(t.text);
            return t;
        }
        if (c == '\'' || c == '"') return lex_string(t, c);
        ++pos_;
        auto two = [&](char second, Tok yes, Tok no) {
            if (pos_ < src_.size() && src_[pos_] == second) {
                ++pos_;
                return yes;
            }
            return no;
        };
        switch (c) {
        case '(':
            t.kind = Tok::lparen;
            return t;
        case ')':
            t.kind = Tok::rparen;
            return t;
        case ',':
            t.kind = Tok::comma;
            return t;
        case '+':
            t.kind = Tok::plus;
            return t;
        case '-':
            t.kind = Tok::minus;
            return t;
        case '<':
            t.kind = two('=', Tok::le, Tok::lt);
            return t;
        case '>':
            t.kind = two('=', Tok::ge, Tok::gt);
            return t;
        case '=':
            t.kind = two('=', Tok::eq, Tok::invalid);
            break;
        case '!':
            t.kind = two('=', Tok::ne, Tok::invalid);
            break;
        default:
            t.kind = Tok::invalid;
            break;
        }
        if (t.kind == Tok::invalid)
            t.error = c == '=' ? "'=' is not a comparison; write '==' to compare"
                               : "unexpected character in expression";
        return t;
    }

    /// Reads a step id (letters, digits, '-', '_') right after the current token, for
    /// `visits(step-id)`, whose ids may hold '-'; its text and offset.
    std::pair<std::string, std::uint32_t> step_id() {
        while (pos_ < src_.size() && (src_[pos_] == ' ' || src_[pos_] == '\t'))
            ++pos_;
        std::size_t start = pos_;
        while (pos_ < src_.size() && (is_ident_char(src_[pos_]) || src_[pos_] == '-'))
            ++pos_;
        return {std::string(src_.substr(start, pos_ - start)), static_cast<std::uint32_t>(start)};
    }

private:
    Token lex_integer(Token& t) {
        std::size_t start = pos_;
        std::int64_t value = 0;
        bool overflow = false;
        while (pos_ < src_.size() && is_digit(src_[pos_])) {
            overflow = overflow || __builtin_mul_overflow(value, 10, &value) ||
                       __builtin_add_overflow(value, src_[pos_] - '0', &value);
            ++pos_;
        }
        if (pos_ < src_.size() && is_ident_char(src_[pos_])) {
            t.kind = Tok::invalid;
            t.error = "a number must not run into letters";
            return t;
        }
        (void)start;
        if (overflow) {
            t.kind = Tok::invalid;
            t.error = "number too large (the limit is 9223372036854775807)";
            return t;
        }
        t.kind = Tok::integer;
        t.integer = value;
        return t;
    }

    Token lex_string(Token& t, char quote) {
        ++pos_;
        while (pos_ < src_.size() && src_[pos_] != quote) {
            char c = src_[pos_++];
            if (c == '\\' && pos_ < src_.size() && (src_[pos_] == quote || src_[pos_] == '\\')) {
                c = src_[pos_++];
            }
            t.text += c;
        }
        if (pos_ >= src_.size()) {
            t.kind = Tok::invalid;
            t.error = "a string in this expression is not closed";
            return t;
        }
        ++pos_;
        t.kind = Tok::string;
        return t;
    }

    std::string_view src_;
    std::size_t pos_ = 0;
};

// [SECTION] Compiler

struct CompileFailure {
    ExpressionError error;
};

class Compiler {
public:
    Compiler(std::string_view src, const VariableLookup& lookup, const VisitLookup& visits)
        : lexer_(src), lookup_(lookup), visits_(visits) {
        advance();
    }

    CompiledExpression compile() {
        ValueType type = parse_or(0);
        if (tok_.kind != Tok::end) fail_here("unexpected text after the end of the expression");
        out_.type = type;
        return std::move(out_);
    }

private:
    using Code = ExprOp::Code;

    [[noreturn]] void fail(std::uint32_t offset, std::string message,
                           ExpressionError::Kind kind = ExpressionError::Kind::syntax) {
        throw CompileFailure{ExpressionError{std::move(message), offset, kind}};
    }
    [[noreturn]] void fail_here(std::string message) {
        fail(tok_.offset, tok_.kind == Tok::invalid ? tok_.error : std::move(message));
    }
    void advance() { tok_ = lexer_.next(); }
    std::uint32_t emit(Code code, std::uint32_t operand = 0) {
        out_.ops.push_back({code, operand});
        return static_cast<std::uint32_t>(out_.ops.size() - 1);
    }
    void patch_to_here(std::uint32_t at) {
        out_.ops[at].operand = static_cast<std::uint32_t>(out_.ops.size());
    }
    void enter(int depth, std::uint32_t offset) {
        if (depth > kMaxExpressionDepth)
            fail(offset, "expression nested too deeply (the limit is 32 levels)",
                 ExpressionError::Kind::too_complex);
    }
    void require(ValueType got, ValueType want, std::uint32_t offset, const char* what) {
        if (got != want)
            fail(offset,
                 std::string(what) + " needs " + type_name(want) + " values, not " + type_name(got),
                 ExpressionError::Kind::type_mismatch);
    }

    // Short-circuit `and` / `or`: left; jump (keeping it) when decided; pop; right.
    ValueType parse_logical(int depth, Tok op, Code jump, ValueType (Compiler::*operand)(int)) {
        std::uint32_t offset = tok_.offset;
        ValueType left = (this->*operand)(depth);
        while (tok_.kind == op) {
            require(left, ValueType::boolean, offset, op == Tok::kw_and ? "'and'" : "'or'");
            advance();
            std::uint32_t right_offset = tok_.offset;
            std::uint32_t j = emit(jump);
            emit(Code::pop);
            ValueType right = (this->*operand)(depth);
            require(right, ValueType::boolean, right_offset, op == Tok::kw_and ? "'and'" : "'or'");
            patch_to_here(j);
        }
        return left;
    }
    ValueType parse_or(int depth) {
        return parse_logical(depth, Tok::kw_or, Code::jump_if_true_keep, &Compiler::parse_and);
    }
    ValueType parse_and(int depth) {
        return parse_logical(depth, Tok::kw_and, Code::jump_if_false_keep, &Compiler::parse_not);
    }
    ValueType parse_not(int depth) {
        if (tok_.kind != Tok::kw_not) return parse_comparison(depth);
        std::uint32_t offset = tok_.offset;
        enter(depth + 1, offset);
        advance();
        ValueType t = parse_not(depth + 1);
        require(t, ValueType::boolean, offset, "'not'");
        emit(Code::logical_not);
        return ValueType::boolean;
    }
    ValueType parse_comparison(int depth) {
        std::uint32_t offset = tok_.offset;
        ValueType left = parse_additive(depth);
        Code code;
        switch (tok_.kind) {
        case Tok::eq:
            code = Code::equal;
            break;
        case Tok::ne:
            code = Code::not_equal;
            break;
        case Tok::lt:
            code = Code::less;
            break;
        case Tok::le:
            code = Code::less_equal;
            break;
        case Tok::gt:
            code = Code::greater;
            break;
        case Tok::ge:
            code = Code::greater_equal;
            break;
        default:
            return left;
        }
        std::uint32_t op_offset = tok_.offset;
        advance();
        ValueType right = parse_additive(depth);
        if (code == Code::equal || code == Code::not_equal) {
            if (left != right)
                fail(op_offset,
                     std::string("cannot compare ") + type_name(left) + " with " + type_name(right),
                     ExpressionError::Kind::type_mismatch);
        } else {
            require(left, ValueType::integer, offset, "an ordering comparison");
            require(right, ValueType::integer, op_offset, "an ordering comparison");
        }
        emit(code);
        switch (tok_.kind) {
        case Tok::eq:
        case Tok::ne:
        case Tok::lt:
        case Tok::le:
        case Tok::gt:
        case Tok::ge:
            fail_here("comparisons do not chain; use 'and' between them");
        default:
            break;
        }
        return ValueType::boolean;
    }
    ValueType parse_additive(int depth) {
        std::uint32_t offset = tok_.offset;
        ValueType left = parse_unary(depth);
        while (tok_.kind == Tok::plus || tok_.kind == Tok::minus) {
            bool plus = tok_.kind == Tok::plus;
            std::uint32_t op_offset = tok_.offset;
            advance();
            ValueType right = parse_unary(depth);
            if (plus && left == ValueType::string && right == ValueType::string) {
                emit(Code::add);
                continue;
            }
            if (plus && (left == ValueType::string || right == ValueType::string))
                fail(op_offset, "'+' joins two strings or adds two integers; not a mix",
                     ExpressionError::Kind::type_mismatch);
            require(left, ValueType::integer, offset, plus ? "'+'" : "'-'");
            require(right, ValueType::integer, op_offset, plus ? "'+'" : "'-'");
            emit(plus ? Code::add : Code::subtract);
        }
        return left;
    }
    ValueType parse_unary(int depth) {
        if (tok_.kind != Tok::minus) return parse_primary(depth);
        std::uint32_t offset = tok_.offset;
        enter(depth + 1, offset);
        advance();
        ValueType t = parse_unary(depth + 1);
        require(t, ValueType::integer, offset, "'-'");
        emit(Code::negate);
        return t;
    }
    ValueType parse_primary(int depth) {
        Token t = tok_;
        switch (t.kind) {
        case Tok::integer:
            advance();
            return push(Value{t.integer});
        case Tok::string:
            advance();
            return push(Value{t.text});
        case Tok::kw_true:
            advance();
            return push(Value{true});
        case Tok::kw_false:
            advance();
            return push(Value{false});
        case Tok::identifier: {
            if (t.text == "visits" && lexer_peek_is_call()) return parse_visits(t.offset);
            if ((t.text == "count" || t.text == "picked") && lexer_peek_is_call())
                return parse_pick_call(t.text == "count");
            advance();
            auto ref = lookup_ ? lookup_(t.text) : std::nullopt;
            if (!ref)
                fail(t.offset, "unknown variable '" + t.text + "'",
                     ExpressionError::Kind::unknown_variable);
            if (ref->options)
                fail(t.offset,
                     "'" + t.text +
                         "' holds the options picked at a pick step: read it with count(" + t.text +
                         ") or picked(" + t.text + ", \"option\")",
                     ExpressionError::Kind::type_mismatch);
            emit(Code::load, ref->slot);
            return ref->type;
        }
        case Tok::lparen: {
            enter(depth + 1, t.offset);
            advance();
            ValueType inner = parse_or(depth + 1);
            if (tok_.kind != Tok::rparen) fail_here("expected ')'");
            advance();
            return inner;
        }
        case Tok::end:
            fail_here("expected a value, a variable or '(' here");
        default:
            fail_here("expected a value, a variable or '(' here");
        }
    }
    // `visits(` follows: the identifier is a call, not a variable (lexer position is after it).
    bool lexer_peek_is_call() {
        Lexer probe = lexer_;
        return probe.next().kind == Tok::lparen;
    }
    // `visits(step_id)`: how many times the step was entered, a whole number.
    ValueType parse_visits(std::uint32_t offset) {
        if (!visits_)
            fail(offset, "visits(...) needs format = 2 in [flow]",
                 ExpressionError::Kind::needs_format_2);
        advance(); // now at '('
        auto [id, id_offset] = lexer_.step_id();
        advance();
        if (id.empty()) fail(id_offset, "visits(...) needs a step id: visits(step_id)");
        if (tok_.kind != Tok::rparen) fail_here("expected ')' after the step id");
        advance();
        auto slot = visits_(id);
        if (!slot)
            fail(id_offset, "visits(" + id + ") names no step of this flow",
                 ExpressionError::Kind::unknown_step);
        emit(Code::load, *slot);
        return ValueType::integer;
    }
    // `count(felt)` (how many options were picked) or `picked(felt, "tired")` (whether that
    // one was), over the variable a pick step fills.
    ValueType parse_pick_call(bool count) {
        const char* name = count ? "count" : "picked";
        const std::uint32_t offset = tok_.offset;
        if (!visits_)
            fail(offset, std::string(name) + "(...) needs format = 2 in [flow]",
                 ExpressionError::Kind::needs_format_2);
        advance(); // now at '('
        advance();
        Token var = tok_;
        if (var.kind != Tok::identifier)
            fail_here(std::string(name) + "(...) needs the variable a pick step fills: " + name +
                      (count ? "(felt)" : "(felt, \"tired\")"));
        auto ref = lookup_ ? lookup_(var.text) : std::nullopt;
        if (!ref)
            fail(var.offset, "unknown variable '" + var.text + "'",
                 ExpressionError::Kind::unknown_variable);
        if (!ref->options)
            fail(var.offset,
                 "'" + var.text + "' is not filled by a pick step, so " + name +
                     "() cannot read it",
                 ExpressionError::Kind::unknown_item);
        advance();
        emit(Code::load, ref->slot);
        if (count) {
            emit(Code::count_picked);
        } else {
            if (tok_.kind != Tok::comma) fail_here("expected ',' and the option in quotes");
            advance();
            emit(Code::test_picked, option_index(*ref->options, var.text));
        }
        if (tok_.kind != Tok::rparen) fail_here("expected ')'");
        advance();
        return count ? ValueType::integer : ValueType::boolean;
    }
    // The index of the option the current string token names, among a pick step's options.
    std::uint32_t option_index(const std::vector<std::string>& options, const std::string& var) {
        if (tok_.kind != Tok::string) fail_here("expected the option in quotes");
        auto it = std::find(options.begin(), options.end(), tok_.text);
        if (it == options.end()) {
            std::string offered;
            for (const std::string& o : options)
                offered += (offered.empty() ? "\"" : ", \"") + o + "\"";
            fail(tok_.offset,
                 "'" + var + "' has no option \"" + tok_.text + "\"; its pick step offers " +
                     offered,
                 ExpressionError::Kind::unknown_item);
        }
        advance();
        return static_cast<std::uint32_t>(it - options.begin());
    }
    ValueType push(Value v) {
        ValueType t = type_of(v);
        out_.constants.push_back(std::move(v));
        emit(Code::push_constant, static_cast<std::uint32_t>(out_.constants.size() - 1));
        return t;
    }

    Lexer lexer_;
    const VariableLookup& lookup_;
    const VisitLookup& visits_;
    Token tok_;
    CompiledExpression out_;
};

// [SECTION] Evaluator

std::int64_t saturate_add(std::int64_t a, std::int64_t b) {
    std::int64_t r;
    if (!__builtin_add_overflow(a, b, &r)) return r;
    return b > 0 ? std::numeric_limits<std::int64_t>::max()
                 : std::numeric_limits<std::int64_t>::min();
}

std::int64_t saturate_sub(std::int64_t a, std::int64_t b) {
    std::int64_t r;
    if (!__builtin_sub_overflow(a, b, &r)) return r;
    return b < 0 ? std::numeric_limits<std::int64_t>::max()
                 : std::numeric_limits<std::int64_t>::min();
}

// Cuts a string to the limit without splitting a UTF-8 sequence.
void clamp_string(std::string& s) {
    if (s.size() <= kMaxStringValueLength) return;
    std::size_t cut = kMaxStringValueLength;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80)
        --cut;
    s.resize(cut);
}

bool truthy(const Value& v) {
    return std::holds_alternative<bool>(v) && std::get<bool>(v);
}

} // namespace

std::variant<CompiledExpression, ExpressionError> compile_expression(std::string_view source,
                                                                     const VariableLookup& lookup,
                                                                     const VisitLookup& visits) {
    if (source.size() > kMaxExpressionLength)
        return ExpressionError{"expression longer than 1024 bytes", 0,
                               ExpressionError::Kind::too_complex};
    try {
        return Compiler(source, lookup, visits).compile();
    } catch (const CompileFailure& f) {
        return f.error;
    }
}

Value evaluate(const CompiledExpression& expr, std::span<const Value> variables) {
    using Code = ExprOp::Code;
    std::vector<Value> stack;
    stack.reserve(8);
    auto pop = [&] {
        Value v = std::move(stack.back());
        stack.pop_back();
        return v;
    };
    std::size_t pc = 0;
    for (std::size_t steps = 0; pc < expr.ops.size(); ++steps) {
        if (steps == kMaxEvaluationSteps) return zero_value(expr.type);
        const ExprOp& op = expr.ops[pc++];
        switch (op.code) {
        case Code::push_constant:
            stack.push_back(expr.constants[op.operand]);
            break;
        case Code::load:
            stack.push_back(op.operand < variables.size() ? variables[op.operand] : Value{});
            break;
        case Code::negate: {
            auto v = std::get<std::int64_t>(pop());
            stack.push_back(saturate_sub(0, v));
            break;
        }
        case Code::logical_not:
            stack.push_back(!truthy(pop()));
            break;
        case Code::add: {
            Value b = pop(), a = pop();
            if (auto* s = std::get_if<std::string>(&a)) {
                *s += std::get<std::string>(b);
                clamp_string(*s);
                stack.push_back(std::move(a));
            } else {
                stack.push_back(saturate_add(std::get<std::int64_t>(a), std::get<std::int64_t>(b)));
            }
            break;
        }
        case Code::subtract: {
            auto b = std::get<std::int64_t>(pop()), a = std::get<std::int64_t>(pop());
            stack.push_back(saturate_sub(a, b));
            break;
        }
        case Code::equal: {
            Value b = pop(), a = pop();
            stack.push_back(a == b);
            break;
        }
        case Code::not_equal: {
            Value b = pop(), a = pop();
            stack.push_back(a != b);
            break;
        }
        case Code::less:
        case Code::less_equal:
        case Code::greater:
        case Code::greater_equal: {
            auto b = std::get<std::int64_t>(pop()), a = std::get<std::int64_t>(pop());
            bool r = op.code == Code::less         ? a < b
                     : op.code == Code::less_equal ? a <= b
                     : op.code == Code::greater    ? a > b
                                                   : a >= b;
            stack.push_back(r);
            break;
        }
        case Code::jump_if_false_keep:
            if (!truthy(stack.back())) pc = op.operand;
            break;
        case Code::jump_if_true_keep:
            if (truthy(stack.back())) pc = op.operand;
            break;
        case Code::pop:
            stack.pop_back();
            break;
        case Code::count_picked: {
            auto bits = static_cast<std::uint64_t>(std::get<std::int64_t>(pop()));
            stack.push_back(static_cast<std::int64_t>(std::popcount(bits)));
            break;
        }
        case Code::test_picked: {
            auto bits = static_cast<std::uint64_t>(std::get<std::int64_t>(pop()));
            stack.push_back(op.operand < 64 && ((bits >> op.operand) & 1u) != 0);
            break;
        }
        }
    }
    assert(stack.size() == 1 && "a type-checked expression leaves exactly one value");
    return stack.empty() ? Value{} : std::move(stack.back());
}

bool is_valid_variable_name(std::string_view name) {
    if (name.empty() || name.size() > 64 || !is_ident_start(name[0])) return false;
    for (char c : name)
        if (!is_ident_char(c)) return false;
    return keyword(name) == Tok::identifier;
}

} // namespace heartflow

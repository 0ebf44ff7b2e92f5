// Tests of the expression language: parsing, type checks, limits and evaluation.
#include <doctest/doctest.h>
#include <heartflow/expression.h>

#include <limits>

using namespace heartflow;

namespace {

std::vector<Value> g_values = {std::int64_t{3}, true, std::string("resentment")};

std::optional<VariableRef> lookup(std::string_view name) {
    if (name == "n") return VariableRef{0, ValueType::integer};
    if (name == "ok") return VariableRef{1, ValueType::boolean};
    if (name == "feeling") return VariableRef{2, ValueType::string};
    return std::nullopt;
}

Value eval(std::string_view source) {
    auto compiled = compile_expression(source, lookup);
    INFO(source);
    REQUIRE(std::holds_alternative<CompiledExpression>(compiled));
    return evaluate(std::get<CompiledExpression>(compiled), g_values);
}

ExpressionError error_of(std::string_view source) {
    auto compiled = compile_expression(source, lookup);
    INFO(source);
    REQUIRE(std::holds_alternative<ExpressionError>(compiled));
    return std::get<ExpressionError>(compiled);
}

} // namespace

TEST_CASE("literals and variables evaluate to their values") {
    CHECK(eval("42") == Value{std::int64_t{42}});
    CHECK(eval("true") == Value{true});
    CHECK(eval("'it\\'s'") == Value{std::string("it's")});
    CHECK(eval("\"say \\\"no\\\"\"") == Value{std::string("say \"no\"")});
    CHECK(eval("n") == Value{std::int64_t{3}});
    CHECK(eval("feeling") == Value{std::string("resentment")});
}

TEST_CASE("operators follow precedence: or < and < not < comparison < + - < unary minus") {
    CHECK(eval("1 + 2 - 4") == Value{std::int64_t{-1}});
    CHECK(eval("-n + 1") == Value{std::int64_t{-2}});
    CHECK(eval("n > 2 and not ok or false") == Value{false});
    CHECK(eval("not (n == 3) or ok") == Value{true});
    CHECK(eval("feeling == 'resentment' and n >= 3") == Value{true});
    CHECK(eval("feeling + '!'") == Value{std::string("resentment!")});
    CHECK(eval("n != 3") == Value{false});
    CHECK(eval("n <= 2") == Value{false});
    CHECK(eval("n < 4") == Value{true});
}

TEST_CASE("and / or short-circuit and still give booleans") {
    CHECK(eval("false and ok") == Value{false});
    CHECK(eval("true or false") == Value{true});
    CHECK(eval("ok and n == 3 and feeling != ''") == Value{true});
}

TEST_CASE("integer arithmetic saturates instead of overflowing") {
    CHECK(eval("9223372036854775807 + 1") == Value{std::numeric_limits<std::int64_t>::max()});
    CHECK(eval("-9223372036854775807 - 5") == Value{std::numeric_limits<std::int64_t>::min()});
    CHECK(eval("-(-9223372036854775807 - 1)") == Value{std::numeric_limits<std::int64_t>::max()});
}

TEST_CASE("syntax errors give the offset of the problem") {
    CHECK(error_of("n +").offset == 3);
    CHECK(error_of("(n").offset == 2);
    CHECK(error_of("n = 1").offset == 2);
    CHECK(error_of("n == 1 == 2").kind == ExpressionError::Kind::syntax);
    CHECK(error_of("'open").kind == ExpressionError::Kind::syntax);
    CHECK(error_of("12abc").kind == ExpressionError::Kind::syntax);
    CHECK(error_of("99999999999999999999").kind == ExpressionError::Kind::syntax);
    CHECK(error_of("n $ 1").offset == 2);
    CHECK(error_of("").offset == 0);
}

TEST_CASE("unknown variables and type errors are reported with their place") {
    auto unknown = error_of("ok and mood == 'x'");
    CHECK(unknown.kind == ExpressionError::Kind::unknown_variable);
    CHECK(unknown.offset == 7);
    CHECK(error_of("n + 'x'").kind == ExpressionError::Kind::type_mismatch);
    CHECK(error_of("not n").kind == ExpressionError::Kind::type_mismatch);
    CHECK(error_of("ok < true").kind == ExpressionError::Kind::type_mismatch);
    CHECK(error_of("n == 'three'").kind == ExpressionError::Kind::type_mismatch);
    CHECK(error_of("n and ok").kind == ExpressionError::Kind::type_mismatch);
    CHECK(error_of("-feeling").kind == ExpressionError::Kind::type_mismatch);
}

TEST_CASE("length and depth are bounded") {
    CHECK(error_of(std::string(1025, '1')).kind == ExpressionError::Kind::too_complex);
    CHECK(error_of(std::string(40, '(') + "1" + std::string(40, ')')).kind ==
          ExpressionError::Kind::too_complex);
    CHECK(error_of(std::string(40, '-') + "1").kind == ExpressionError::Kind::too_complex);
    CHECK(eval(std::string(8, '(') + "1" + std::string(8, ')')) == Value{std::int64_t{1}});
}

TEST_CASE("evaluation takes at most one step per instruction and strings stay bounded") {
    auto compiled = std::get<CompiledExpression>(compile_expression("feeling + feeling", lookup));
    std::vector<Value> big = {std::int64_t{0}, false, std::string(kMaxStringValueLength, 'x')};
    auto result = std::get<std::string>(evaluate(compiled, big));
    CHECK(result.size() == kMaxStringValueLength);
}

TEST_CASE("the longest expressions finish well within the step budget") {
    std::string sum = "1";
    while (sum.size() + 2 <= kMaxExpressionLength)
        sum += "+1";
    auto compiled = std::get<CompiledExpression>(compile_expression(sum, lookup));
    REQUIRE(compiled.ops.size() < kMaxEvaluationSteps);
    CHECK(evaluate(compiled, g_values) == Value{static_cast<std::int64_t>(sum.size() / 2 + 1)});
    std::string either = "ok";
    while (either.size() + 6 <= kMaxExpressionLength)
        either += " or ok";
    compiled = std::get<CompiledExpression>(compile_expression(either, lookup));
    CHECK(compiled.ops.size() < kMaxEvaluationSteps);
}

TEST_CASE("a program that would loop stops at the step budget with its type's zero value") {
    // The compiler only jumps forward; this hand-made program jumps back to its start forever.
    CompiledExpression loop;
    loop.type = ValueType::boolean;
    loop.constants = {Value{true}};
    loop.ops = {{ExprOp::Code::push_constant, 0}, {ExprOp::Code::jump_if_true_keep, 0}};
    CHECK(evaluate(loop, g_values) == Value{false});
    loop.type = ValueType::string;
    CHECK(evaluate(loop, g_values) == Value{std::string()});
}

TEST_CASE("variable names exclude keywords and odd characters") {
    CHECK(is_valid_variable_name("boundary"));
    CHECK(is_valid_variable_name("_x1"));
    CHECK_FALSE(is_valid_variable_name("1x"));
    CHECK_FALSE(is_valid_variable_name("and"));
    CHECK_FALSE(is_valid_variable_name("my-var"));
    CHECK_FALSE(is_valid_variable_name(""));
}

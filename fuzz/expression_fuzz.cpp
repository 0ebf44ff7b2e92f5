// Fuzz target: any expression source compiles or gives a located error; a compiled expression
// evaluates to its declared type, within the string cap, over extreme variable values.
#include "fuzz_check.h"

#include <heartflow/expression.h>

#include <array>
#include <cstdint>
#include <limits>
#include <string_view>

namespace {

using heartflow::Value;
using heartflow::ValueType;

// Three variables of each type: n, m, k (integers), b, c, d (booleans), s, t, u (strings).
std::optional<heartflow::VariableRef> lookup(std::string_view name) {
    static constexpr std::array<std::string_view, 9> kNames{"n", "m", "k", "b", "c",
                                                            "d", "s", "t", "u"};
    for (std::uint32_t i = 0; i < kNames.size(); ++i)
        if (kNames[i] == name)
            return heartflow::VariableRef{i, i < 3   ? ValueType::integer
                                             : i < 6 ? ValueType::boolean
                                                     : ValueType::string};
    return std::nullopt;
}

std::array<Value, 9> values(std::int64_t a, std::int64_t b, std::int64_t c, std::string s) {
    return {Value{a},
            Value{b},
            Value{c},
            Value{true},
            Value{false},
            Value{true},
            Value{s},
            Value{std::string()},
            Value{std::string(heartflow::kMaxStringValueLength, 'x')}};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view source(reinterpret_cast<const char*>(data), size);
    auto compiled = heartflow::compile_expression(source, lookup);
    if (auto* error = std::get_if<heartflow::ExpressionError>(&compiled)) {
        FUZZ_CHECK(error->offset <= source.size(), "an error offset lies within the source");
        FUZZ_CHECK(!error->message.empty(), "an error says something");
        return 0;
    }
    const auto& expr = std::get<heartflow::CompiledExpression>(compiled);
    FUZZ_CHECK(source.size() <= heartflow::kMaxExpressionLength, "overlong sources are refused");
    constexpr auto kMin = std::numeric_limits<std::int64_t>::min();
    constexpr auto kMax = std::numeric_limits<std::int64_t>::max();
    for (const auto& vars :
         {values(0, 1, -1, "a"), values(kMin, kMax, kMin, "é☕"), values(kMax, kMax, -7, "")}) {
        Value result = heartflow::evaluate(expr, vars);
        FUZZ_CHECK(heartflow::type_of(result) == expr.type, "the result has the compiled type");
        if (auto* s = std::get_if<std::string>(&result))
            FUZZ_CHECK(s->size() <= heartflow::kMaxStringValueLength,
                       "strings stay within the cap");
    }
    return 0;
}

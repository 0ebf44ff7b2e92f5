// Fuzz target: any expression source compiles or gives a located error; a compiled expression
// evaluates to its declared type, within the string cap, over extreme variable values.
#include "fuzz_check.h"

#include <heartflow/expression.h>

#include <array>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace {

using heartflow::Value;
using heartflow::ValueType;

// The options of the pick variable p (format 2's count(p) and picked(p, "tired")).
const std::vector<std::string> kOptions{"tired", "alone", "scared"};

// Three variables of each type: n, m, k (integers), b, c, d (booleans), s, t, u (strings), and
// p, filled by a pick step.
std::optional<heartflow::VariableRef> lookup(std::string_view name) {
    if (name == "p") return heartflow::VariableRef{9, ValueType::integer, &kOptions};
    static constexpr std::array<std::string_view, 9> kNames{"n", "m", "k", "b", "c",
                                                            "d", "s", "t", "u"};
    for (std::uint32_t i = 0; i < kNames.size(); ++i)
        if (kNames[i] == name)
            return heartflow::VariableRef{i, i < 3   ? ValueType::integer
                                             : i < 6 ? ValueType::boolean
                                                     : ValueType::string};
    return std::nullopt;
}

// visits(step) reads slot 10 (format 2); no other step exists.
std::optional<std::uint32_t> visits(std::string_view id) {
    if (id == "step") return 10u;
    return std::nullopt;
}

std::array<Value, 11> values(std::int64_t a, std::int64_t b, std::int64_t c, std::string s) {
    return {Value{a},
            Value{b},
            Value{c},
            Value{true},
            Value{false},
            Value{true},
            Value{s},
            Value{std::string()},
            Value{std::string(heartflow::kMaxStringValueLength, 'x')},
            Value{b},
            Value{c}};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view source(reinterpret_cast<const char*>(data), size);
    auto compiled = heartflow::compile_expression(source, lookup, visits);
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

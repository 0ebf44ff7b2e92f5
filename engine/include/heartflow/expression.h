// The expression language of `when` conditions, `set` effects and tests: small and safe by
// construction. No I/O, no loops, no calls; bounded length, depth and evaluation steps.
#pragma once

#include "heartflow/value.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace heartflow {

/// Longest expression source accepted, in bytes.
inline constexpr std::size_t kMaxExpressionLength = 1024;
/// Deepest nesting of parentheses and operators accepted.
inline constexpr int kMaxExpressionDepth = 32;
/// Longest string an expression may produce, in bytes; longer results are cut at a code point.
inline constexpr std::size_t kMaxStringValueLength = 64 * 1024;
/// Most instructions one evaluation runs. A compiled expression of kMaxExpressionLength bytes
/// needs fewer (its jumps only go forward); the budget guards against a malformed program.
inline constexpr std::size_t kMaxEvaluationSteps = 4 * kMaxExpressionLength;

/// A variable as the compiler sees it: its slot and its type, and for the variable a pick step
/// fills (flow format 2), that step's options. A pick variable holds a whole number whose bit k
/// is set when option k was picked; expressions read it only through count() and picked(), and
/// a text's `{name}` shows the options picked, joined in words.
struct VariableRef {
    std::uint32_t slot;                                ///< Index into the session's values.
    ValueType type;                                    ///< The declared type.
    const std::vector<std::string>* options = nullptr; ///< A pick variable's options, else null.
    const std::vector<std::string>* shown = nullptr;   ///< Their words as shown (translated),
                                                       ///< else null: the options themselves.
};

/// Finds a variable by name; nullopt when no such variable is declared.
using VariableLookup = std::function<std::optional<VariableRef>(std::string_view)>;

/// Finds the slot that counts a step's visits (`visits(step_id)`, flow format 2) by step id;
/// nullopt when the flow has no such step. An empty VisitLookup means flow format 1.
using VisitLookup = std::function<std::optional<std::uint32_t>(std::string_view)>;

/// One instruction of a compiled expression (a stack machine; see expression.cpp).
struct ExprOp {
    enum class Code : std::uint8_t {
        push_constant,
        load,
        negate,
        logical_not,
        add,
        subtract,
        equal,
        not_equal,
        less,
        less_equal,
        greater,
        greater_equal,
        jump_if_false_keep,
        jump_if_true_keep,
        pop,
        count_picked,
        test_picked,
    };
    Code code;             ///< What to do.
    std::uint32_t operand; ///< Constant index, variable slot, jump target or option, by code.
};

/// A type-checked expression, ready to evaluate. Evaluation takes at most ops.size() steps.
struct CompiledExpression {
    std::vector<ExprOp> ops;             ///< The program.
    std::vector<Value> constants;        ///< Literal values it pushes.
    ValueType type = ValueType::boolean; ///< The type of its result.
};

/// Why an expression did not compile: a message and the 0-based byte offset in its source.
struct ExpressionError {
    std::string message;      ///< Human sentence.
    std::uint32_t offset = 0; ///< 0-based byte offset into the expression source.
    /// What went wrong; each kind has its own diagnostic code.
    enum class Kind {
        syntax,
        unknown_variable,
        type_mismatch,
        too_complex,
        unknown_step,
        needs_format_2,
        unknown_item
    } kind = Kind::syntax;
};

/// Parses and type-checks `source` against the variables `lookup` knows; `visits(step_id)` reads
/// the slot `visits` gives (with no `visits`, it is a needs_format_2 error). `count(felt)` is how
/// many options of a pick variable were picked and `picked(felt, "tired")` whether that one was
/// (an option the pick step does not offer is an unknown_item error).
[[nodiscard]] std::variant<CompiledExpression, ExpressionError>
compile_expression(std::string_view source, const VariableLookup& lookup,
                   const VisitLookup& visits = {});

/// Evaluates a compiled expression over variable values indexed by slot. Never throws; integer
/// arithmetic saturates at the int64 bounds and strings are cut at kMaxStringValueLength. Stops
/// after kMaxEvaluationSteps instructions and then gives the zero value of `expr.type`.
[[nodiscard]] Value evaluate(const CompiledExpression& expr, std::span<const Value> variables);

/// True when `name` is a valid variable name: a letter or '_' then letters, digits, '_' (max 64),
/// and not a keyword (true, false, and, or, not).
[[nodiscard]] bool is_valid_variable_name(std::string_view name);

} // namespace heartflow

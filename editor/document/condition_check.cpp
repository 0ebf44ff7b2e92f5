// Compiles a condition with the engine's expression compiler over the flow's names.
#include "document/condition_check.h"

#include "heartflow/expression.h"

#include <variant>

namespace heartflow::editor {

namespace {

ValueType type_of(const Value& v) {
    if (std::holds_alternative<bool>(v)) return ValueType::boolean;
    if (std::holds_alternative<std::string>(v)) return ValueType::string;
    return ValueType::integer;
}

const char* type_words(ValueType t) {
    switch (t) {
    case ValueType::integer:
        return "a number";
    case ValueType::string:
        return "words";
    case ValueType::boolean:
        break;
    }
    return "true or false";
}

} // namespace

std::string condition_problem(const Flow& flow, std::string_view source) {
    if (source.find_first_not_of(" \t") == std::string_view::npos)
        return "Write a condition, e.g. visits(" + flow.info.start.value + ") > 1.";
    VariableLookup lookup = [&flow](std::string_view name) -> std::optional<VariableRef> {
        std::uint32_t slot = 0;
        for (const Variable& v : flow.variables) {
            if (v.name == name) return VariableRef{slot, type_of(v.initial)};
            ++slot;
        }
        for (const Node& n : flow.nodes)
            if (n.save_as == name) return VariableRef{slot, ValueType::string};
        return std::nullopt;
    };
    VisitLookup visits = [&flow](std::string_view id) -> std::optional<std::uint32_t> {
        for (std::uint32_t i = 0; i < flow.nodes.size(); ++i)
            if (flow.nodes[i].id.value == id) return i;
        return std::nullopt;
    };
    auto compiled = compile_expression(source, lookup, visits);
    if (auto* error = std::get_if<ExpressionError>(&compiled)) return error->message;
    const ValueType type = std::get<CompiledExpression>(compiled).type;
    if (type != ValueType::boolean)
        return std::string("This gives ") + type_words(type) + ", not true or false.";
    return "";
}

} // namespace heartflow::editor

// Values of flow variables: integers, booleans and strings.
#pragma once

#include <cstdint>
#include <string>
#include <variant>

namespace heartflow {

/// The type of a variable or expression.
enum class ValueType { integer, boolean, string };

/// A variable's value. Default-constructed: integer 0.
using Value = std::variant<std::int64_t, bool, std::string>;

/// The type held by a value.
[[nodiscard]] ValueType type_of(const Value& v);

/// The name of a type as authors see it: "integer", "boolean" or "string".
[[nodiscard]] const char* type_name(ValueType t);

/// The value as text for interpolation: integers in decimal, booleans as true/false, strings as is.
[[nodiscard]] std::string to_display_string(const Value& v);

/// The value as an expression literal: 42, true, or "text" with quotes and backslashes escaped.
[[nodiscard]] std::string to_literal(const Value& v);

/// The zero value of a type: 0, false or "".
[[nodiscard]] Value zero_value(ValueType t);

} // namespace heartflow

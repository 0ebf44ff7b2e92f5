// Values of flow variables.
#include "heartflow/value.h"

namespace heartflow {

ValueType type_of(const Value& v) {
    switch (v.index()) {
    case 0:
        return ValueType::integer;
    case 1:
        return ValueType::boolean;
    default:
        return ValueType::string;
    }
}

const char* type_name(ValueType t) {
    switch (t) {
    case ValueType::integer:
        return "integer";
    case ValueType::boolean:
        return "boolean";
    case ValueType::string:
        return "string";
    }
    return "?";
}

std::string to_display_string(const Value& v) {
    if (auto i = std::get_if<std::int64_t>(&v)) return std::to_string(*i);
    if (auto b = std::get_if<bool>(&v)) return *b ? "true" : "false";
    return std::get<std::string>(v);
}

std::string to_literal(const Value& v) {
    if (!std::holds_alternative<std::string>(v)) return to_display_string(v);
    std::string out = "\"";
    for (char c : std::get<std::string>(v)) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + '"';
}

Value zero_value(ValueType t) {
    switch (t) {
    case ValueType::integer:
        return std::int64_t{0};
    case ValueType::boolean:
        return false;
    case ValueType::string:
        return std::string{};
    }
    return std::int64_t{0};
}

} // namespace heartflow

// A small JSON reader that remembers where each value starts, for importers' located errors.
// Bounded: nesting deeper than 128 levels is refused instead of overflowing the stack.
#pragma once

#include "heartflow/source_range.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace heartflow::interop {

struct JsonMember;

/// A parsed JSON value and where it starts.
struct JsonValue {
    enum class Type { null, boolean, number, string, array, object };
    Type type = Type::null;          ///< What it is.
    bool boolean = false;            ///< For booleans.
    double number = 0;               ///< For numbers.
    std::string string;              ///< For strings (decoded UTF-8).
    std::vector<JsonValue> items;    ///< For arrays, in order.
    std::vector<JsonMember> members; ///< For objects, in file order.
    SourcePos pos;                   ///< 1-based line and column where the value starts.

    /// The member named `key` of an object (the last one if repeated), or nullptr.
    [[nodiscard]] const JsonValue* find(std::string_view key) const;
    /// The member `key` when it is a string, or nullptr.
    [[nodiscard]] const std::string* find_string(std::string_view key) const;
};

/// One member of a JSON object. (Not a std::pair: a pair may not hold the still-incomplete
/// JsonValue, which clang's libstdc++ checks refuse.)
struct JsonMember {
    std::string name; ///< The member's key.
    JsonValue value;  ///< Its value.
};

/// A parse: the value, or a message and where the text stopped making sense.
struct JsonParse {
    std::optional<JsonValue> value; ///< Present on success.
    std::string error;              ///< Why it failed.
    SourcePos error_pos;            ///< Where it failed.
};

/// Parses `text` as one JSON value (RFC 8259). Positions count from `origin` (the place of the
/// text's first character in its file); columns count code points.
[[nodiscard]] JsonParse parse_json(std::string_view text, SourcePos origin = {1, 1});

} // namespace heartflow::interop

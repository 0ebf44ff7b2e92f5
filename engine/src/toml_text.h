// Writing TOML values as text: strings that always load back exactly, keys, numbers.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace heartflow {

/// A single-line basic string with every special character escaped: "a\"b\n".
[[nodiscard]] std::string toml_string(std::string_view s);

/// A multi-line basic string when `s` has a newline (kept exactly, leading newline included),
/// otherwise the same as toml_string.
[[nodiscard]] std::string toml_text(std::string_view s);

/// A multi-line basic string, whatever `s` holds (kept exactly, leading newline included).
[[nodiscard]] std::string toml_multiline(std::string_view s);

/// `s` written in the style of `written`, a string value as it stands in a file: a multi-line
/// string stays multi-line (basic or literal), a literal string stays literal where `s` allows;
/// otherwise as toml_text.
[[nodiscard]] std::string toml_string_like(std::string_view written, std::string_view s);

/// A key: bare when it is only letters, digits, '-' and '_', else a quoted string.
[[nodiscard]] std::string toml_key(std::string_view key);

/// The elements of an array value without comments as written (`[1, "a, b"]` gives 1 and
/// "a, b"), or the items of an inline table (`{ a = 1 }` gives a = 1).
[[nodiscard]] std::vector<std::string_view> array_elements(std::string_view array);

/// `value` (one line) as a multi-line array, one element per line starting with
/// `element_indent`, the closing bracket on a line starting with `closing_indent`.
[[nodiscard]] std::string array_over_lines(std::string_view value, std::string_view element_indent,
                                           std::string_view closing_indent);

/// A number: integral values without a fraction ("4"), others in the shortest exact form.
[[nodiscard]] std::string toml_number(double value);

} // namespace heartflow

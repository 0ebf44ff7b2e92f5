// Where an error inside an expression or a text lands in the file, and its diagnostic code.
#pragma once

#include "heartflow/diagnostic.h"
#include "heartflow/expression.h"

#include <cstdint>
#include <string_view>

namespace heartflow {

/// Where byte `offset` of a string value lies, given where the TOML value starts. Single-line
/// strings sit after their quote; multi-line ones are taken to start on the line after `"""`.
[[nodiscard]] SourceRange locate_in_string(const SourceRange& value, std::string_view text,
                                           std::uint32_t offset);

/// The diagnostic code of an expression error.
[[nodiscard]] DiagCode code_of(ExpressionError::Kind kind);

} // namespace heartflow

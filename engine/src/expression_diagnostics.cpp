// Locating errors inside string values, and the codes of expression errors.
#include "expression_diagnostics.h"

#include <algorithm>

namespace heartflow {

SourceRange locate_in_string(const SourceRange& value, std::string_view text,
                             std::uint32_t offset) {
    std::string_view before = text.substr(0, std::min<std::size_t>(offset, text.size()));
    auto newlines = static_cast<std::uint32_t>(std::count(before.begin(), before.end(), '\n'));
    SourcePos p = value.begin;
    if (!p.known()) return value;
    if (text.find('\n') == std::string_view::npos) {
        p.column += 1 + offset;
    } else {
        p.line += 1 + newlines;
        std::size_t last = before.rfind('\n');
        p.column =
            static_cast<std::uint32_t>(last == std::string_view::npos ? offset + 1 : offset - last);
    }
    return {p, p};
}

DiagCode code_of(ExpressionError::Kind kind) {
    switch (kind) {
    case ExpressionError::Kind::syntax:
        return DiagCode::expr_syntax;
    case ExpressionError::Kind::unknown_variable:
        return DiagCode::unknown_variable;
    case ExpressionError::Kind::type_mismatch:
        return DiagCode::type_mismatch;
    case ExpressionError::Kind::too_complex:
        return DiagCode::expr_too_complex;
    case ExpressionError::Kind::unknown_step:
        return DiagCode::unknown_step;
    case ExpressionError::Kind::needs_format_2:
        return DiagCode::needs_format_2;
    case ExpressionError::Kind::unknown_item:
        return DiagCode::unknown_item;
    }
    return DiagCode::expr_syntax;
}

} // namespace heartflow

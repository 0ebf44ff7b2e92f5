// Text with {variable} placeholders, as node text and choice labels may carry.
#pragma once

#include "heartflow/expression.h"

#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace heartflow {

/// A placeholder: the variable to show, and what to show instead when its value reads as "".
struct TextSlot {
    std::uint32_t slot = 0; ///< The variable's slot (see Program::variables).
    std::string fallback;   ///< `{name|fallback}`: shown when the value is empty ("" if none).
};

/// A parsed text: literal pieces and placeholders. `{{` and `}}` stand for literal braces.
struct TextTemplate {
    /// A literal run of text, or a placeholder to fill.
    using Piece = std::variant<std::string, TextSlot>;
    std::vector<Piece> pieces; ///< In reading order.

    /// The text with each variable replaced by its display string; an empty value shows its
    /// placeholder's fallback, or `unfilled` when the placeholder has none.
    [[nodiscard]] std::string render(std::span<const Value> variables,
                                     std::string_view unfilled = {}) const;
};

/// Parses `text` (`{name}` or `{name|fallback text}` placeholders); on error returns an
/// ExpressionError whose offset is the 0-based byte offset of the problem in `text` (unknown
/// variable, a brace inside a fallback, or an unmatched brace).
[[nodiscard]] std::variant<TextTemplate, ExpressionError>
parse_text_template(std::string_view text, const VariableLookup& lookup);

} // namespace heartflow

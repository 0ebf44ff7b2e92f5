// Text with {variable} placeholders, as node text and choice labels may carry.
#pragma once

#include "heartflow/expression.h"

#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace heartflow {

/// A parsed text: literal pieces and variable slots. `{{` and `}}` stand for literal braces.
struct TextTemplate {
    /// A literal run of text, or a variable slot to show.
    using Piece = std::variant<std::string, std::uint32_t>;
    std::vector<Piece> pieces; ///< In reading order.

    /// The text with each variable replaced by its display string.
    [[nodiscard]] std::string render(std::span<const Value> variables) const;
};

/// Parses `text`; on error returns an ExpressionError whose offset is the 0-based byte offset of
/// the problem in `text` (unknown variable, or an unmatched brace).
[[nodiscard]] std::variant<TextTemplate, ExpressionError>
parse_text_template(std::string_view text, const VariableLookup& lookup);

} // namespace heartflow

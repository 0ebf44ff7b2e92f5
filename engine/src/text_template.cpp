// Text with {variable} placeholders.
#include "heartflow/text_template.h"

namespace heartflow {

std::string TextTemplate::render(std::span<const Value> variables, std::string_view unfilled) const {
    std::string out;
    for (const Piece& p : pieces) {
        if (auto* s = std::get_if<std::string>(&p)) {
            out += *s;
            continue;
        }
        const TextSlot& slot = std::get<TextSlot>(p);
        std::string shown = slot.slot < variables.size() ? to_display_string(variables[slot.slot]) : "";
        if (!shown.empty()) out += shown;
        else if (!slot.fallback.empty()) out += slot.fallback;
        else out += unfilled;
    }
    return out;
}

std::variant<TextTemplate, ExpressionError>
parse_text_template(std::string_view text, const VariableLookup& lookup) {
    TextTemplate result;
    std::string literal;
    for (std::size_t i = 0; i < text.size(); ++i) {
        std::size_t brace = i; // plain text up to the next brace is copied at once
        while (brace < text.size() && text[brace] != '{' && text[brace] != '}') ++brace;
        literal.append(text.substr(i, brace - i));
        if (brace == text.size()) break;
        i = brace;
        char c = text[i];
        bool doubled = i + 1 < text.size() && text[i + 1] == c;
        if (c == '}') {
            if (!doubled)
                return ExpressionError{"a lone '}' in text; write '}}' for a literal brace",
                                       static_cast<std::uint32_t>(i)};
            literal += '}';
            ++i;
            continue;
        }
        if (doubled) {
            literal += '{';
            ++i;
            continue;
        }
        std::size_t close = text.find('}', i + 1);
        if (close == std::string_view::npos)
            return ExpressionError{"'{' is not closed; write '{{' for a literal brace",
                                   static_cast<std::uint32_t>(i)};
        std::string_view inside = text.substr(i + 1, close - i - 1);
        std::size_t bar = inside.find('|');
        std::string_view name = inside.substr(0, bar);
        std::string_view fallback = bar == std::string_view::npos ? std::string_view{} : inside.substr(bar + 1);
        if (auto brace = fallback.find('{'); brace != std::string_view::npos)
            return ExpressionError{"a fallback cannot hold '{': write '{name|words}' with plain words",
                                   static_cast<std::uint32_t>(i + 1 + bar + 1 + brace)};
        while (!name.empty() && name.front() == ' ') name.remove_prefix(1);
        while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
        if (!is_valid_variable_name(name))
            return ExpressionError{"'{" + std::string(name) +
                                       "}' is not a variable name; a placeholder names one "
                                       "variable (write '{{' for a literal brace)",
                                   static_cast<std::uint32_t>(i)};
        auto ref = lookup ? lookup(name) : std::nullopt;
        if (!ref)
            return ExpressionError{"unknown variable '" + std::string(name) + "' in text",
                                   static_cast<std::uint32_t>(i + 1),
                                   ExpressionError::Kind::unknown_variable};
        if (!literal.empty()) result.pieces.emplace_back(std::move(literal));
        literal.clear();
        result.pieces.emplace_back(TextSlot{ref->slot, std::string(fallback)});
        i = close;
    }
    if (!literal.empty()) result.pieces.emplace_back(std::move(literal));
    return result;
}

} // namespace heartflow

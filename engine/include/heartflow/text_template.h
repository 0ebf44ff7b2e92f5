// Text with {variable} placeholders, as node text and choice labels may carry, and (flow format
// 2) parts chosen as the text is shown: `{if cond: then|else}` and `{plural n: one|other}`.
#pragma once

#include "heartflow/expression.h"
#include "heartflow/plural_forms.h"

#include <memory>
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
    std::vector<std::string> options = {}; ///< A pick variable's options as shown: the value
                                           ///< shows the picked ones joined in words.
};

/// The options whose bits are set in `picked`, joined in plain words: "tired", "tired and
/// alone", "tired, alone and scared"; "" when none.
[[nodiscard]] std::string join_picked(std::int64_t picked, std::span<const std::string> options);

/// The number a `{plural n: ...}` form is about, written `#` in the form.
struct TextCount {};

struct TextTemplate;

/// `{if cond: then|else}` (a true/false condition) or `{plural n: one|other}` (a whole number:
/// the first form when it is 1, else the second). The second form may be left out. In a
/// translation with a Plural-Forms rule, a plural has up to the language's number of forms, in
/// the rule's order, and the rule chooses one (the last one given stands for any left out).
struct TextBranch {
    CompiledExpression condition; ///< Boolean for `if`, whole number for `plural`.
    bool plural = false;          ///< True for `plural`.
    std::vector<TextTemplate>
        forms; ///< The forms: two for `if` (the second maybe empty), two or more for `plural`.
    std::shared_ptr<const PluralRule> rule; ///< The language's rule (null: one, then other).
};

/// A parsed text: literal pieces, placeholders and branches. `{{` and `}}` are literal braces.
struct TextTemplate {
    /// A literal run of text, a placeholder, a branch, or a plural form's number.
    using Piece = std::variant<std::string, TextSlot, TextBranch, TextCount>;
    std::vector<Piece> pieces; ///< In reading order.

    /// The text with each variable replaced by its display string and each branch by its chosen
    /// form; an empty value shows its placeholder's fallback, or `unfilled` when it has none.
    /// `values` are the session's, by slot (variables, then visit counts).
    [[nodiscard]] std::string render(std::span<const Value> values,
                                     std::string_view unfilled = {}) const;
};

/// Parses `text`: `{name}` or `{name|fallback text}` placeholders, and with a `visits` lookup
/// (flow format 2) `{if cond: then|else}`, `{plural n: one|other}` and `visits(step)` in their
/// expressions; forms may hold placeholders and branches. With a `plural_rule` (a translation's
/// Plural-Forms) a plural may have as many forms as the rule counts. On error returns an
/// ExpressionError whose offset is the 0-based byte offset of the problem in `text`.
[[nodiscard]] std::variant<TextTemplate, ExpressionError>
parse_text_template(std::string_view text, const VariableLookup& lookup,
                    const VisitLookup& visits = {},
                    std::shared_ptr<const PluralRule> plural_rule = {});

} // namespace heartflow

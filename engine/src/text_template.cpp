// Text with {variable} placeholders and, in flow format 2, {if ...} and {plural ...} branches:
// a small recursive parser (a branch's forms are texts of their own) and its renderer.
#include "heartflow/text_template.h"

#include <algorithm>

namespace heartflow {

namespace {

struct TemplateFailure {
    ExpressionError error;
};

std::uint32_t offset_of(std::size_t at) {
    return static_cast<std::uint32_t>(at);
}

[[noreturn]] void fail(std::size_t at, std::string message,
                       ExpressionError::Kind kind = ExpressionError::Kind::syntax) {
    throw TemplateFailure{ExpressionError{std::move(message), offset_of(at), kind}};
}

void flush(std::string& literal, TextTemplate& out) {
    if (!literal.empty()) out.pieces.emplace_back(std::move(literal));
    literal.clear();
}

class TemplateParser {
public:
    TemplateParser(std::string_view text, const VariableLookup& lookup, const VisitLookup& visits,
                   std::shared_ptr<const PluralRule> rule)
        : text_(text), lookup_(lookup), visits_(visits), rule_(std::move(rule)) {}

    TextTemplate parse() { return run(false, false, 0); }

private:
    // Pieces up to the end of the text or, inside a branch's form (`in_form`), up to the '|' or
    // '}' that ends the form at this level. With `counted`, '#' is the plural's number.
    TextTemplate run(bool in_form, bool counted, int depth) {
        const char* stops = !in_form ? "{}" : counted ? "{}|#" : "{}|";
        TextTemplate out;
        std::string literal;
        while (pos_ < text_.size()) {
            std::size_t stop = std::min(text_.find_first_of(stops, pos_), text_.size());
            literal.append(text_.substr(pos_, stop - pos_));
            pos_ = stop;
            if (pos_ == text_.size()) break;
            const char c = text_[pos_];
            if (c != '#' && c != '|' && pos_ + 1 < text_.size() && text_[pos_ + 1] == c) {
                literal += c; // `{{` or `}}`
                pos_ += 2;
                continue;
            }
            if (in_form && (c == '|' || c == '}')) break;
            flush(literal, out);
            if (c == '#') {
                out.pieces.emplace_back(TextCount{});
                ++pos_;
            } else if (c == '}') {
                fail(pos_, "a lone '}' in text; write '}}' for a literal brace");
            } else {
                out.pieces.push_back(brace(counted, depth));
            }
        }
        flush(literal, out);
        return out;
    }

    // The keyword (`if` or `plural`) that opens a branch at `at`, followed by a space; "" if none.
    std::string_view keyword_at(std::size_t at) const {
        while (at < text_.size() && text_[at] == ' ')
            ++at;
        for (std::string_view word : {std::string_view("if"), std::string_view("plural")})
            if (text_.substr(at, word.size()) == word && at + word.size() < text_.size() &&
                (text_[at + word.size()] == ' ' || text_[at + word.size()] == '\t'))
                return word;
        return {};
    }

    TextTemplate::Piece brace(bool counted, int depth) {
        const std::size_t open = pos_;
        std::string_view word = keyword_at(open + 1);
        if (word.empty()) return placeholder(open);
        if (!visits_)
            fail(open, "'{" + std::string(word) + " ...}' needs format = 2 in [flow]",
                 ExpressionError::Kind::needs_format_2);
        if (depth >= kMaxExpressionDepth)
            fail(open, "branches nested too deeply (the limit is 32 levels)",
                 ExpressionError::Kind::too_complex);
        const bool plural = word == "plural";
        TextBranch branch;
        branch.plural = plural;
        branch.condition = condition(text_.find(word, open) + word.size(), plural, open);
        if (pos_ < text_.size() && text_[pos_] == ' ') ++pos_; // one space after ':' is not text
        if (plural) branch.rule = rule_;
        const std::size_t most = plural && rule_ ? static_cast<std::size_t>(rule_->count()) : 2;
        for (;;) {
            if (branch.forms.size() == most)
                fail(pos_ - 1, most == 2
                                   ? "a branch has at most two forms: {if condition: "
                                     "this|otherwise}"
                                   : "this language's Plural-Forms has " + std::to_string(most) +
                                         " forms; this plural gives more");
            branch.forms.push_back(run(true, counted || plural, depth + 1));
            if (pos_ == text_.size())
                fail(open, "'{' is not closed; write '{{' for a literal brace");
            if (text_[pos_++] == '}') break;
        }
        if (branch.forms.size() == 1) branch.forms.emplace_back();
        return branch;
    }

    // The condition from `begin` to the ':' that ends it (quotes respected), compiled; pos_ is
    // then after the ':'.
    CompiledExpression condition(std::size_t begin, bool plural, std::size_t open) {
        while (begin < text_.size() && text_[begin] == ' ')
            ++begin;
        std::size_t at = begin;
        for (char quote = 0; at < text_.size(); ++at) {
            const char c = text_[at];
            if (quote) {
                if (c == '\\')
                    ++at;
                else if (c == quote)
                    quote = 0;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == ':' || c == '}' || c == '{') {
                break;
            }
        }
        if (at >= text_.size() || text_[at] != ':')
            fail(open, plural ? "write '{plural number: one form|other form}'"
                              : "write '{if condition: words|other words}'");
        auto compiled = compile_expression(text_.substr(begin, at - begin), lookup_, visits_);
        if (auto* e = std::get_if<ExpressionError>(&compiled)) {
            e->offset += offset_of(begin);
            throw TemplateFailure{*e};
        }
        auto& expr = std::get<CompiledExpression>(compiled);
        const ValueType want = plural ? ValueType::integer : ValueType::boolean;
        if (expr.type != want)
            fail(begin,
                 std::string(plural ? "'plural' needs a whole number" : "'if' needs true/false") +
                     ", not " + type_name(expr.type),
                 ExpressionError::Kind::type_mismatch);
        pos_ = at + 1;
        return std::move(expr);
    }

    // `{name}` or `{name|fallback}` at `open`.
    TextSlot placeholder(std::size_t open) {
        std::size_t close = text_.find('}', open + 1);
        if (close == std::string_view::npos)
            fail(open, "'{' is not closed; write '{{' for a literal brace");
        std::string_view inside = text_.substr(open + 1, close - open - 1);
        std::size_t bar = inside.find('|');
        std::string_view name = inside.substr(0, bar);
        std::string_view fallback =
            bar == std::string_view::npos ? std::string_view{} : inside.substr(bar + 1);
        if (auto brace = fallback.find('{'); brace != std::string_view::npos)
            fail(open + 1 + bar + 1 + brace,
                 "a fallback cannot hold '{': write '{name|words}' with plain words");
        while (!name.empty() && name.front() == ' ')
            name.remove_prefix(1);
        while (!name.empty() && name.back() == ' ')
            name.remove_suffix(1);
        if (!is_valid_variable_name(name))
            fail(open, "'{" + std::string(name) +
                           "}' is not a variable name; a placeholder names one variable (write "
                           "'{{' for a literal brace)");
        auto ref = lookup_ ? lookup_(name) : std::nullopt;
        if (!ref)
            fail(open + 1, "unknown variable '" + std::string(name) + "' in text",
                 ExpressionError::Kind::unknown_variable);
        pos_ = close + 1;
        TextSlot slot{ref->slot, std::string(fallback)};
        if (ref->options) slot.options = ref->shown ? *ref->shown : *ref->options;
        return slot;
    }

    std::string_view text_;
    const VariableLookup& lookup_;
    const VisitLookup& visits_;
    std::shared_ptr<const PluralRule> rule_;
    std::size_t pos_ = 0;
};

void append(std::string& out, const TextTemplate& t, std::span<const Value> values,
            std::string_view unfilled, const std::int64_t* count) {
    for (const TextTemplate::Piece& p : t.pieces) {
        if (auto* s = std::get_if<std::string>(&p)) {
            out += *s;
        } else if (auto* slot = std::get_if<TextSlot>(&p)) {
            std::string shown =
                slot->slot >= values.size() ? std::string()
                : slot->options.empty()
                    ? to_display_string(values[slot->slot])
                    : join_picked(std::get<std::int64_t>(values[slot->slot]), slot->options);
            out += !shown.empty() ? shown : !slot->fallback.empty() ? slot->fallback : unfilled;
        } else if (auto* branch = std::get_if<TextBranch>(&p)) {
            Value v = evaluate(branch->condition, values);
            if (branch->plural) {
                const std::int64_t n = std::get<std::int64_t>(v);
                const std::size_t form = branch->rule
                                             ? static_cast<std::size_t>(branch->rule->form(n))
                                         : n == 1 ? 0
                                                  : 1;
                append(out, branch->forms[std::min(form, branch->forms.size() - 1)], values,
                       unfilled, &n);
            } else {
                append(out, branch->forms[std::get<bool>(v) ? 0 : 1], values, unfilled, count);
            }
        } else {
            out += count ? std::to_string(*count) : "#";
        }
    }
}

} // namespace

std::string join_picked(std::int64_t picked, std::span<const std::string> options) {
    std::vector<const std::string*> chosen;
    for (std::size_t k = 0; k < options.size() && k < 64; ++k)
        if ((static_cast<std::uint64_t>(picked) >> k) & 1u) chosen.push_back(&options[k]);
    std::string out;
    for (std::size_t i = 0; i < chosen.size(); ++i) {
        if (i > 0) out += i + 1 == chosen.size() ? " and " : ", ";
        out += *chosen[i];
    }
    return out;
}

std::string TextTemplate::render(std::span<const Value> values, std::string_view unfilled) const {
    std::string out;
    append(out, *this, values, unfilled, nullptr);
    return out;
}

std::variant<TextTemplate, ExpressionError>
parse_text_template(std::string_view text, const VariableLookup& lookup, const VisitLookup& visits,
                    std::shared_ptr<const PluralRule> plural_rule) {
    try {
        return TemplateParser(text, lookup, visits, std::move(plural_rule)).parse();
    } catch (const TemplateFailure& f) {
        return f.error;
    }
}

} // namespace heartflow

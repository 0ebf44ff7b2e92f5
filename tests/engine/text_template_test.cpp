// Tests of {variable} interpolation in texts and labels.
#include <doctest/doctest.h>
#include <heartflow/text_template.h>

using namespace heartflow;

namespace {
std::optional<VariableRef> template_lookup(std::string_view name) {
    if (name == "boundary") return VariableRef{0, ValueType::string};
    if (name == "n") return VariableRef{1, ValueType::integer};
    return std::nullopt;
}
const std::vector<Value> kValues = {std::string("Sundays are mine"), std::int64_t{2}};

std::string render(std::string_view text) {
    auto t = parse_text_template(text, template_lookup);
    INFO(text);
    REQUIRE(std::holds_alternative<TextTemplate>(t));
    return std::get<TextTemplate>(t).render(kValues);
}
} // namespace

TEST_CASE("placeholders show variable values and doubled braces are literal") {
    CHECK(render("You wrote: {boundary}") == "You wrote: Sundays are mine");
    CHECK(render("{n} steps, {{literal}}") == "2 steps, {literal}");
    CHECK(render("{ boundary }") == "Sundays are mine");
    CHECK(render("no placeholders") == "no placeholders");
    CHECK(render("") == "");
}

TEST_CASE("bad placeholders are errors at their offset") {
    auto unknown = std::get<ExpressionError>(parse_text_template("Hi {mood}", template_lookup));
    CHECK(unknown.kind == ExpressionError::Kind::unknown_variable);
    CHECK(unknown.offset == 4);
    CHECK(std::get<ExpressionError>(parse_text_template("a { b", template_lookup)).offset == 2);
    CHECK(std::get<ExpressionError>(parse_text_template("a } b", template_lookup)).offset == 2);
    CHECK(std::get<ExpressionError>(parse_text_template("{n + 1}", template_lookup)).kind ==
          ExpressionError::Kind::syntax);
}

TEST_CASE("a fallback is shown when the variable's value is empty") {
    auto parsed =
        parse_text_template("You wrote: {boundary|nothing yet, and that is okay}", template_lookup);
    REQUIRE(std::holds_alternative<TextTemplate>(parsed));
    const TextTemplate& t = std::get<TextTemplate>(parsed);
    CHECK(t.render(kValues) == "You wrote: Sundays are mine");
    const std::vector<Value> empty = {std::string(), std::int64_t{0}};
    CHECK(t.render(empty) == "You wrote: nothing yet, and that is okay");
    CHECK(render("{boundary|}") == "Sundays are mine");
    CHECK(render("{ boundary |a|b}") == "Sundays are mine");
}

TEST_CASE("a fallback holding a brace is an error at the brace") {
    auto error =
        std::get<ExpressionError>(parse_text_template("Hi {boundary|a{b}", template_lookup));
    CHECK(error.offset == 14);
    CHECK(std::get<ExpressionError>(parse_text_template("{mood|calm}", template_lookup)).kind ==
          ExpressionError::Kind::unknown_variable);
}

TEST_CASE("an empty value without a fallback shows what the caller asks for") {
    auto parsed =
        parse_text_template("What is this {boundary} saying? {boundary|x}", template_lookup);
    REQUIRE(std::holds_alternative<TextTemplate>(parsed));
    const std::vector<Value> empty = {std::string(), std::int64_t{0}};
    CHECK(std::get<TextTemplate>(parsed).render(empty, "...") == "What is this ... saying? x");
    CHECK(std::get<TextTemplate>(parsed).render(empty) == "What is this  saying? x");
}

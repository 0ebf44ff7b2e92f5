// The ink functions an exported story's text calls where ink has no words of its own: the form a
// translation's Plural-Forms rule gives a number, and a pick's options picked, joined in words.
// Each is written once, after the knots.
#pragma once

#include "heartflow/plural_forms.h"
#include "interop_text.h"

#include <set>
#include <string>
#include <vector>

namespace heartflow::ink {

/// The names the functions use for themselves, their helpers and their parameters: no variable
/// or knot of the story may take them.
[[nodiscard]] std::set<std::string> function_names();

/// The functions a story's text calls, named as they are first asked for.
class Functions {
public:
    /// `names` gives the functions' names, clear of every name the story already took.
    explicit Functions(interop::NameAllocator names) : names_(std::move(names)) {}

    /// The function `name(n)` giving the form (0-based) `rule` takes for n, as
    /// PluralRule::form does; one function per distinct rule.
    [[nodiscard]] const std::string& plural_form(const PluralRule& rule);
    /// The function `name(bits)` giving the options of `variable` whose bits are set, joined as
    /// join_picked joins them ("" when none). `literals`: each option as an ink string literal.
    [[nodiscard]] const std::string& picked_words(const std::string& variable,
                                                  const std::vector<std::string>& literals);
    /// Every function asked for, with the helpers they call; "" when none was.
    [[nodiscard]] std::string definitions() const;

private:
    struct PluralFunction {
        PluralRule rule;
        std::string name;
    };
    struct WordsFunction {
        std::string variable;
        std::vector<std::string> literals;
        std::string name;
    };

    interop::NameAllocator names_;
    std::vector<PluralFunction> plurals_;
    std::vector<WordsFunction> words_;
};

} // namespace heartflow::ink

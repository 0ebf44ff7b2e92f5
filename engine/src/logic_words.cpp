// Conditions and effects in plain words: a small tokenizer over the expression text (it has
// already been checked when the flow loaded) and a few readings of the common shapes.
#include "logic_words.h"

#include <cctype>
#include <string_view>
#include <vector>

namespace heartflow::interop {

namespace {

// One token of an expression: a name, a number, a quoted string's text, or an operator.
struct Token {
    enum class Kind { name, number, text, op } kind;
    std::string value;
};

std::vector<Token> tokenize(std::string_view s) {
    std::vector<Token> tokens;
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::size_t j = i + 1;
        if (std::isspace(c)) {
            ++i;
            continue;
        }
        if (c == '\'' || c == '"') {
            j = s.find(static_cast<char>(c), i + 1);
            if (j == std::string_view::npos) j = s.size();
            tokens.push_back({Token::Kind::text, std::string(s.substr(i + 1, j - i - 1))});
            i = j + 1;
            continue;
        }
        const bool word = std::isalnum(c) || c == '_' || c >= 0x80;
        while (word && j < s.size() &&
               (std::isalnum(static_cast<unsigned char>(s[j])) || s[j] == '_' ||
                static_cast<unsigned char>(s[j]) >= 0x80))
            ++j;
        if (!word && j < s.size() && s[j] == '=' &&
            std::string_view("<>=!").find(static_cast<char>(c)) != std::string_view::npos)
            ++j;
        const auto kind = !word             ? Token::Kind::op
                          : std::isdigit(c) ? Token::Kind::number
                                            : Token::Kind::name;
        tokens.push_back({kind, std::string(s.substr(i, j - i))});
        i = j;
    }
    return tokens;
}

// A variable's name as words: "word_checks" reads "word checks".
std::string words_of(std::string name) {
    for (char& c : name)
        if (c == '_') c = ' ';
    return name;
}

// An operator or keyword as a reader would say it.
std::string spoken(const Token& t) {
    if (t.kind == Token::Kind::name) {
        if (t.value == "true") return "yes";
        if (t.value == "false") return "no";
        if (t.value == "and" || t.value == "or" || t.value == "not") return t.value;
        return words_of(t.value);
    }
    if (t.kind != Token::Kind::op) return t.value;
    static constexpr std::pair<std::string_view, std::string_view> kSaid[] = {
        {"==", "is"},         {"!=", "is not"}, {">=", "is at least"},
        {"<=", "is at most"}, {">", "is over"}, {"<", "is under"}};
    for (auto [op, words] : kSaid)
        if (t.value == op) return std::string(words);
    return t.value;
}

// "only after 2 checks" for a count reached; otherwise "only when" and the condition spoken.
std::string condition_in_words(std::string_view source) {
    const std::vector<Token> t = tokenize(source);
    if (t.size() == 3 && t[0].kind == Token::Kind::name && t[1].value == ">=" &&
        t[2].kind == Token::Kind::number && t[0].value.back() == 's')
        return "only after " + t[2].value + " " + words_of(t[0].value);
    std::string out = "only when";
    for (std::size_t i = 0; i < t.size(); ++i) {
        const bool glued = t[i].value == ")" || (i > 0 && t[i - 1].value == "(");
        out += (glued ? "" : " ") + spoken(t[i]);
    }
    return out;
}

// True when `value` is "name + n" or "n + name" (a count going up).
bool counts_up(const std::string& name, std::string_view value) {
    const std::vector<Token> t = tokenize(value);
    if (t.size() != 3 || t[1].value != "+") return false;
    return (t[0].value == name && t[2].kind == Token::Kind::number) ||
           (t[2].value == name && t[0].kind == Token::Kind::number);
}

// Appends `name`, as words, to a comma-separated list.
void add_to(std::string& list, const std::string& name) {
    list += (list.empty() ? "" : ", ") + words_of(name);
}

} // namespace

std::string logic_in_words(const Choice& choice) {
    std::vector<std::string> parts;
    if (choice.when) parts.push_back(condition_in_words(choice.when->source));
    std::string counted, remembered;
    for (const Assignment& a : choice.effects)
        add_to(counts_up(a.variable, a.value.source) ? counted : remembered, a.variable);
    if (!counted.empty()) parts.push_back("counts: " + counted);
    if (!remembered.empty()) parts.push_back("remembers: " + remembered);
    std::string out;
    for (const std::string& part : parts)
        out += (out.empty() ? "" : " \u00b7 ") + part;
    return out;
}

} // namespace heartflow::interop

// The hostile-input pre-scan. One pass over the bytes, tracking just enough TOML lexical state
// (strings, comments, brackets) to know where a byte stands.
#include "input_guard.h"

#include "heartflow/loader.h"

#include <array>
#include <cstdint>
#include <cstdio>
#include <vector>

namespace heartflow {

namespace {

enum class Mode { normal, comment, basic, literal, ml_basic, ml_literal };

bool digit(char c) {
    return c >= '0' && c <= '9';
}

bool digits(std::string_view s, std::size_t at, std::size_t n) {
    if (at + n > s.size()) return false;
    for (std::size_t i = 0; i < n; ++i)
        if (!digit(s[at + i])) return false;
    return true;
}

// Length of a valid UTF-8 sequence starting at s[i], or 0 when it is invalid.
std::size_t utf8_length(std::string_view s, std::size_t i) {
    auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
    unsigned char c = b(0);
    std::size_t n = c < 0x80           ? 1
                    : (c >> 5) == 0x6  ? 2
                    : (c >> 4) == 0xE  ? 3
                    : (c >> 3) == 0x1E ? 4
                                       : 0;
    if (n == 0 || i + n > s.size()) return 0;
    for (std::size_t k = 1; k < n; ++k)
        if ((b(k) & 0xC0) != 0x80) return 0;
    if (n == 2 && c < 0xC2) return 0; // overlong
    if (n == 3) {
        unsigned cp = ((c & 0x0Fu) << 12) | ((b(1) & 0x3Fu) << 6) | (b(2) & 0x3Fu);
        if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)) return 0; // overlong, surrogate
    }
    if (n == 4) {
        unsigned cp =
            ((c & 0x07u) << 18) | ((b(1) & 0x3Fu) << 12) | ((b(2) & 0x3Fu) << 6) | (b(3) & 0x3Fu);
        if (cp < 0x10000 || cp > 0x10FFFF) return 0;
    }
    return n;
}

// Byte classes for the scanner's runs, one table lookup a byte.
enum : std::uint8_t {
    kPlain = 1,   // ASCII but NUL, newline, quotes and backslash: plain in strings and comments
    kBlank = 2,   // space and tab
    kBareKey = 4, // letters, '_' and '-'
};

constexpr std::array<std::uint8_t, 256> kByteClasses = [] {
    std::array<std::uint8_t, 256> classes{};
    for (int c = 1; c < 0x80; ++c)
        if (c != '\n' && c != '"' && c != '\'' && c != '\\') classes[c] |= kPlain;
    classes['\t'] |= kBlank;
    classes[' '] |= kBlank;
    for (int c = 'a'; c <= 'z'; ++c)
        classes[c] |= kBareKey;
    for (int c = 'A'; c <= 'Z'; ++c)
        classes[c] |= kBareKey;
    classes['_'] |= kBareKey;
    classes['-'] |= kBareKey;
    return classes;
}();

std::uint8_t byte_class(char c) {
    return kByteClasses[static_cast<unsigned char>(c)];
}

class Scanner {
public:
    explicit Scanner(std::string_view text) : s_(text) {}

    GuardResult run() {
        if (s_.size() >= 3 && s_.substr(0, 3) == "\xEF\xBB\xBF") advance(3); // byte-order mark
        while (i_ < s_.size() && !result_.problem)
            step();
        if (!result_.problem && !escape_at_.empty()) result_.escaped = escaped_text();
        return std::move(result_);
    }

private:
    void refuse(DiagCode code, std::string message) {
        if (!result_.problem)
            result_.problem =
                make_diagnostic(code, std::move(message), {{line_, col_}, {line_, col_}});
    }
    void advance(std::size_t n) {
        if (n == 1 && i_ < s_.size() && s_[i_] != '\n' && // most steps: one ASCII byte
            static_cast<unsigned char>(s_[i_]) < 0x80) {
            ++i_;
            ++col_;
            return;
        }
        for (std::size_t k = 0; k < n && i_ < s_.size(); ++k) {
            char c = s_[i_++];
            if (c == '\n') {
                ++line_;
                col_ = 1;
            } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
                ++col_;
        }
    }
    bool at(std::string_view token) const { return s_.substr(i_, token.size()) == token; }

    void step() {
        // Runs that need no decision go at once: plain ASCII inside a string or comment, and
        // letters, '_', '-' and blanks outside (bare keys and the space around them).
        const std::size_t run = mode_ == Mode::normal ? bare_run() : plain_run();
        i_ += run;
        col_ += static_cast<std::uint32_t>(run);
        if (i_ == s_.size()) return;
        unsigned char c = static_cast<unsigned char>(s_[i_]);
        if (c == 0)
            return refuse(DiagCode::invalid_encoding, "NUL byte in the file (a flow file is text)");
        if (c >= 0x80) {
            if (utf8_length(s_, i_) == 0)
                return refuse(DiagCode::invalid_encoding, "invalid UTF-8 byte sequence");
            if (mode_ == Mode::normal)
                return refuse(DiagCode::toml_syntax,
                              "non-ASCII character outside a string or comment; keys with "
                              "accents or other scripts must be quoted, e.g. \"café\" = 1");
            return advance(utf8_length(s_, i_));
        }
        switch (mode_) {
        case Mode::normal:
            return step_normal();
        case Mode::comment:
            if (c != '\n') return advance(1);
            mode_ = Mode::normal;
            return step_normal();
        case Mode::basic:
        case Mode::literal:
            return step_string(mode_ == Mode::basic ? '"' : '\'');
        case Mode::ml_basic:
            return step_ml_string("\"\"\"", true);
        case Mode::ml_literal:
            return step_ml_string("'''", false);
        }
    }

    // Bytes from i_ that no string or comment mode treats specially: ASCII other than NUL,
    // newlines, quotes and backslashes (every mode just steps over them one by one).
    std::size_t plain_run() const {
        const char* p = s_.data() + i_;
        const char* end = s_.data() + s_.size();
        while (p != end && (byte_class(*p) & kPlain))
            ++p;
        return static_cast<std::size_t>(p - (s_.data() + i_));
    }

    // Bytes from i_ that step_normal() would only step over: blanks, and letters, '_' and '-'
    // (which also end the line's start).
    std::size_t bare_run() {
        const char* p = s_.data() + i_;
        const char* end = s_.data() + s_.size();
        std::uint8_t seen = 0;
        for (std::uint8_t c = 0; p != end && ((c = byte_class(*p)) & (kBlank | kBareKey)); ++p)
            seen |= c;
        if (seen & kBareKey) line_start_ = false;
        return static_cast<std::size_t>(p - (s_.data() + i_));
    }

    void step_string(char quote) {
        char c = s_[i_];
        if (c == '\\' && quote == '"') return advance(2);
        if (c == quote || c == '\n') mode_ = Mode::normal;
        advance(1);
    }

    void step_ml_string(std::string_view close, bool escapes) {
        if (escapes && s_[i_] == '\\') return ml_backslash();
        if (at(close)) {
            advance(3);
            while (i_ < s_.size() && s_[i_] == close[0])
                advance(1); // up to two quotes may close
            mode_ = Mode::normal;
            return;
        }
        advance(1);
    }

    // toml++ 3.3.0 asks whether the character after a backslash in a multi-line basic string,
    // after the spaces that may end its line, and after the whitespace a line-ending backslash
    // skips, is whitespace; for many non-ASCII characters (é, Ж, 、) that question reaches
    // __builtin_unreachable. The first two are invalid TOML; the third is escaped.
    void ml_backslash() {
        std::size_t p = i_ + 1;
        while (p < s_.size() && (s_[p] == ' ' || s_[p] == '\t'))
            ++p;
        if (p < s_.size() && static_cast<unsigned char>(s_[p]) >= 0x80)
            return refuse(
                DiagCode::toml_syntax,
                "a backslash in a multi-line string must start an escape or end its line");
        bool line_end =
            p < s_.size() &&
            (s_[p] == '\n' || (s_[p] == '\r' && p + 1 < s_.size() && s_[p + 1] == '\n'));
        if (!line_end) return advance(2);
        while (p < s_.size() && (s_[p] == ' ' || s_[p] == '\t' || s_[p] == '\n' || s_[p] == '\r'))
            ++p;
        if (p < s_.size() && static_cast<unsigned char>(s_[p]) >= 0x80 && utf8_length(s_, p) > 0)
            escape_at_.push_back(p);
        advance(p - i_);
    }

    // The text with each character at escape_at_ written as \uXXXX or \UXXXXXXXX.
    std::string escaped_text() const {
        std::string out;
        out.reserve(s_.size() + 10 * escape_at_.size());
        std::size_t from = 0;
        for (std::size_t at : escape_at_) {
            out.append(s_.substr(from, at - from));
            std::size_t n = utf8_length(s_, at);
            auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s_[at + k]); };
            unsigned cp = n == 2   ? (byte(0) & 0x1Fu)
                          : n == 3 ? (byte(0) & 0x0Fu)
                                   : (byte(0) & 0x07u);
            for (std::size_t k = 1; k < n; ++k)
                cp = (cp << 6) | (byte(k) & 0x3Fu);
            char buffer[16];
            std::snprintf(buffer, sizeof buffer, cp > 0xFFFF ? "\\U%08X" : "\\u%04X", cp);
            out += buffer;
            from = at + n;
        }
        out.append(s_.substr(from));
        return out;
    }

    void step_normal() {
        char c = s_[i_];
        if (c == '\n') {
            line_start_ = true;
            dots_ = 0;
            line_begin_ = i_ + 1;
            if (stack_.empty()) in_value_ = false;
            return advance(1);
        }
        if (c == ' ' || c == '\t' || c == '\r') return advance(1);
        bool was_line_start = line_start_;
        line_start_ = false;
        // Inside a value that is not a string, array or table, toml++ 3.3.0 reads every character
        // up to a space, ']', '}', ',' or '#' as part of it (and reaches undefined behaviour on
        // non-ASCII ones), so a quote, bracket or '=' there starts nothing: refuse it ('=' too,
        // since a string after it would otherwise pass as one: "1=\"§").
        if ((c == '"' || c == '\'' || c == '[' || c == '{' || c == '=') && in_value_ &&
            !after_value_separator())
            return refuse(DiagCode::toml_syntax,
                          std::string("unexpected '") + c + "' inside a value");
        switch (c) {
        case '#':
            mode_ = Mode::comment;
            return advance(1);
        case '"':
            mode_ = at("\"\"\"") ? Mode::ml_basic : Mode::basic;
            return advance(mode_ == Mode::ml_basic ? 3 : 1);
        case '\'':
            mode_ = at("'''") ? Mode::ml_literal : Mode::literal;
            return advance(mode_ == Mode::ml_literal ? 3 : 1);
        case '[':
            return open_bracket(was_line_start);
        case '{':
            in_value_ = false;
            return open('{');
        case ']':
        case '}':
            in_value_ = true;
            return close(c);
        case '.':
            if (++dots_ >= kMaxTomlNesting)
                return refuse(DiagCode::nesting_too_deep, "dotted key with more than 128 parts");
            return advance(1);
        case '=':
            dots_ = 0;
            in_value_ = true;
            return advance(1);
        case ',':
            dots_ = 0;
            in_value_ = !stack_.empty() && stack_.back() == '[';
            return advance(1);
        default:
            break;
        }
        if (digit(c) && !token_continues()) {
            check_date_time();
            if (in_value_) check_date_before_space();
        }
        advance(1);
    }

    // True when the character before i_ may precede a value: a space, '=', '[', '{' or ','.
    bool after_value_separator() const {
        if (i_ == 0) return true;
        char p = s_[i_ - 1];
        return p == ' ' || p == '\t' || p == '\r' || p == '\n' || p == '=' || p == '[' ||
               p == '{' || p == ',';
    }

    bool token_continues() const {
        if (i_ == 0) return false;
        char p = s_[i_ - 1];
        return digit(p) || (p >= 'a' && p <= 'z') || (p >= 'A' && p <= 'Z') || p == '_' ||
               p == '-' || p == '.' || p == ':' || p == '+';
    }

    // toml++ 3.3.0 asserts on a date followed by a broken time ("1979-05-27T:", "1979-05-27 1").
    void check_date_time() {
        std::size_t p = i_;
        if (digits(s_, p, 4) && p + 4 < s_.size() && s_[p + 4] == '-') {
            if (!(digits(s_, p + 5, 2) && p + 7 < s_.size() && s_[p + 7] == '-' &&
                  digits(s_, p + 8, 2)))
                return;
            p += 10;
            if (p >= s_.size()) return;
            char sep = s_[p];
            bool t = sep == 'T' || sep == 't';
            bool space_time = sep == ' ' && p + 1 < s_.size() && digit(s_[p + 1]);
            if (!t && !space_time) return;
            if (!valid_time(p + 1))
                refuse(DiagCode::toml_syntax, "malformed date-time: expected HH:MM after the date");
            return;
        }
        if (digits(s_, p, 2) && p + 2 < s_.size() && s_[p + 2] == ':' && !valid_time(p))
            refuse(DiagCode::toml_syntax, "malformed time: expected HH:MM:SS");
    }

    // toml++ 3.3.0 reads a value of 10 characters (not counting '_') with '-' 5th and 8th and a
    // space after it as a date and time, and asserts when it is no date ("1979-05-(7 1").
    void check_date_before_space() {
        std::size_t p = i_, count = 0;
        char shape[10] = {};
        for (; p < s_.size() && !value_ends(s_[p]); ++p) {
            if (s_[p] == '_') continue;
            if (count < 10) shape[count] = s_[p];
            ++count;
        }
        if (count != 10 || shape[4] != '-' || shape[7] != '-' || p == s_.size() || s_[p] != ' ')
            return;
        if (p - i_ != 10 || !digits(s_, i_, 4) || !digits(s_, i_ + 5, 2) || !digits(s_, i_ + 8, 2))
            refuse(DiagCode::toml_syntax, "malformed date: expected YYYY-MM-DD");
    }

    // True for the characters that end a value that is not a string, array or table.
    static bool value_ends(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' ||
               c == ']' || c == '}' || c == ',' || c == '#';
    }

    bool valid_time(std::size_t p) const {
        if (!(digits(s_, p, 2) && p + 2 < s_.size() && s_[p + 2] == ':' && digits(s_, p + 3, 2)))
            return false;
        p += 5;
        if (p < s_.size() && s_[p] == ':') return digits(s_, p + 1, 2);
        return true;
    }

    void open_bracket(bool line_start) {
        if (line_start && stack_.empty() && !in_value_) {
            result_.headers.push_back({line_begin_, line_});
            if (at("[[["))
                return refuse(DiagCode::toml_syntax, "a table header opens with at most two '['");
            if (!header_starts_with_key())
                return refuse(DiagCode::toml_syntax,
                              "a table header must name its table, e.g. [[node]]");
            if (is_node_header() && ++node_headers_ > kMaxFlowNodes)
                return refuse(DiagCode::too_many_nodes, "more than 200,000 [[node]] tables");
        }
        open('[');
    }

    // toml++ 3.3.0 asserts (undefined behaviour where assertions are off and it assumes them)
    // when what follows '[' or '[[' and spaces is not a key, a quote or ']' ("[.]", "[!]", "[").
    bool header_starts_with_key() const {
        std::size_t p = i_ + (at("[[") ? 2 : 1);
        while (p < s_.size() && (s_[p] == ' ' || s_[p] == '\t'))
            ++p;
        if (p == s_.size()) return false;
        char c = s_[p];
        return digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
               c == '-' || c == '"' || c == '\'' || c == ']';
    }

    bool is_node_header() const {
        std::size_t p = i_ + 2;
        if (!at("[[")) return false;
        while (p < s_.size() && (s_[p] == ' ' || s_[p] == '\t'))
            ++p;
        if (s_.substr(p, 4) != "node") return false;
        p += 4;
        while (p < s_.size() && (s_[p] == ' ' || s_[p] == '\t'))
            ++p;
        return s_.substr(p, 2) == "]]";
    }

    void open(char c) {
        dots_ = 0;
        if (stack_.size() >= static_cast<std::size_t>(kMaxTomlNesting))
            return refuse(DiagCode::nesting_too_deep,
                          "arrays or inline tables nested more than 128 deep");
        stack_.push_back(c);
        advance(1);
    }

    void close(char c) {
        dots_ = 0;
        char want = c == ']' ? '[' : '{';
        if (stack_.empty() || stack_.back() != want)
            return refuse(DiagCode::toml_syntax, std::string("unmatched '") + c + "'");
        stack_.pop_back();
        advance(1);
    }

    std::string_view s_;
    std::size_t i_ = 0;
    std::uint32_t line_ = 1, col_ = 1;
    Mode mode_ = Mode::normal;
    std::vector<char> stack_;
    int dots_ = 0;
    bool in_value_ = false; // after '=' or in an array: where toml++ reads values, not keys
    bool line_start_ = true;
    std::size_t line_begin_ = 0;
    std::size_t node_headers_ = 0;
    std::vector<std::size_t> escape_at_; // byte offsets of characters to write as \u escapes
    GuardResult result_;
};

} // namespace

GuardResult guard_toml_input(std::string_view text) {
    if (text.size() > kMaxFlowFileBytes) {
        GuardResult r;
        r.problem = make_diagnostic(DiagCode::input_too_large,
                                    "file is " + std::to_string(text.size() / (1024 * 1024)) +
                                        " MiB; a flow file may be at most 64 MiB",
                                    {{1, 1}, {1, 1}});
        return r;
    }
    return Scanner(text).run();
}

GuardResult guard_for_parser(std::string_view& text, std::string& storage) {
    GuardResult guard = guard_toml_input(text);
    if (!guard.escaped) return guard;
    storage = std::move(*guard.escaped);
    text = storage;
    return guard_toml_input(text);
}

} // namespace heartflow

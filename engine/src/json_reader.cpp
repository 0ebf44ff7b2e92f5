// The JSON reader: recursive descent with positions.
#include "json_reader.h"

#include "interop_text.h"

#include <cstdlib>

namespace heartflow::interop {

const JsonValue* JsonValue::find(std::string_view key) const {
    const JsonValue* found = nullptr;
    for (const auto& [name, value] : members)
        if (name == key) found = &value;
    return found;
}

const std::string* JsonValue::find_string(std::string_view key) const {
    const JsonValue* v = find(key);
    return v && v->type == Type::string ? &v->string : nullptr;
}

namespace {

constexpr int kMaxDepth = 128;

struct Failure {
    std::string message;
    SourcePos pos;
};

class Reader {
public:
    Reader(std::string_view text, SourcePos origin)
        : text_(text), line_(origin.line), column_(origin.column) {}

    JsonValue document() {
        JsonValue v = value(0);
        skip_space();
        if (at_ < text_.size()) fail("unexpected text after the JSON value");
        return v;
    }

private:
    [[noreturn]] void fail(std::string message) {
        throw Failure{std::move(message), {line_, column_}};
    }
    SourcePos here() const { return {line_, column_}; }
    char peek() const { return at_ < text_.size() ? text_[at_] : '\0'; }
    void advance() {
        if (text_[at_] == '\n') {
            ++line_;
            column_ = 1;
        } else if ((static_cast<unsigned char>(text_[at_]) & 0xC0) != 0x80) {
            ++column_;
        }
        ++at_;
    }
    void skip_space() {
        while (at_ < text_.size() &&
               (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            advance();
    }
    void expect_word(std::string_view word) {
        if (text_.substr(at_, word.size()) != word) fail("expected a JSON value here");
        for (std::size_t i = 0; i < word.size(); ++i)
            advance();
    }

    JsonValue value(int depth) {
        if (depth > kMaxDepth) fail("JSON nested deeper than 128 levels");
        skip_space();
        JsonValue v;
        v.pos = here();
        char c = peek();
        if (c == '{')
            object(v, depth);
        else if (c == '[')
            array(v, depth);
        else if (c == '"') {
            v.type = JsonValue::Type::string;
            v.string = string();
        } else if (c == 't' || c == 'f') {
            v.type = JsonValue::Type::boolean;
            v.boolean = c == 't';
            expect_word(c == 't' ? "true" : "false");
        } else if (c == 'n') {
            expect_word("null");
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            v.type = JsonValue::Type::number;
            v.number = number();
        } else {
            fail(at_ >= text_.size() ? "the JSON ends too early" : "expected a JSON value here");
        }
        return v;
    }

    void object(JsonValue& v, int depth) {
        v.type = JsonValue::Type::object;
        advance();
        skip_space();
        if (peek() == '}') return advance();
        while (true) {
            skip_space();
            if (peek() != '"') fail("expected a quoted member name");
            std::string name = string();
            skip_space();
            if (peek() != ':') fail("expected ':' after a member name");
            advance();
            v.members.push_back(JsonMember{std::move(name), value(depth + 1)});
            skip_space();
            if (peek() == ',') {
                advance();
                continue;
            }
            if (peek() == '}') return advance();
            fail("expected ',' or '}' in an object");
        }
    }

    void array(JsonValue& v, int depth) {
        v.type = JsonValue::Type::array;
        advance();
        skip_space();
        if (peek() == ']') return advance();
        while (true) {
            v.items.push_back(value(depth + 1));
            skip_space();
            if (peek() == ',') {
                advance();
                continue;
            }
            if (peek() == ']') return advance();
            fail("expected ',' or ']' in an array");
        }
    }

    double number() {
        std::size_t start = at_;
        while (at_ < text_.size() &&
               std::string_view("+-0123456789.eE").find(peek()) != std::string_view::npos)
            advance();
        std::string digits(text_.substr(start, at_ - start));
        char* end = nullptr;
        double d = std::strtod(digits.c_str(), &end);
        if (end != digits.c_str() + digits.size()) fail("malformed number");
        return d;
    }

    unsigned hex4() {
        unsigned code = 0;
        for (int i = 0; i < 4; ++i) {
            char h = peek();
            int d = h >= '0' && h <= '9'   ? h - '0'
                    : h >= 'a' && h <= 'f' ? h - 'a' + 10
                    : h >= 'A' && h <= 'F' ? h - 'A' + 10
                                           : -1;
            if (d < 0) fail("malformed \\u escape");
            code = code * 16 + static_cast<unsigned>(d);
            advance();
        }
        return code;
    }

    std::string string() {
        advance(); // the opening quote
        std::string out;
        while (true) {
            if (at_ >= text_.size()) fail("a JSON string is not closed");
            char c = peek();
            if (c == '"') {
                advance();
                return out;
            }
            if (static_cast<unsigned char>(c) < 0x20)
                fail("a control character inside a JSON string");
            if (c != '\\') {
                out += c;
                advance();
                continue;
            }
            advance();
            char e = peek();
            advance();
            switch (e) {
            case '"':
                out += '"';
                break;
            case '\\':
                out += '\\';
                break;
            case '/':
                out += '/';
                break;
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case 'n':
                out += '\n';
                break;
            case 'r':
                out += '\r';
                break;
            case 't':
                out += '\t';
                break;
            case 'u': {
                unsigned cp = hex4();
                if (cp >= 0xD800 && cp < 0xDC00 && text_.substr(at_, 2) == "\\u") {
                    advance();
                    advance();
                    unsigned low = hex4();
                    if (low >= 0xDC00 && low < 0xE000)
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    else
                        cp = 0xFFFD;
                }
                append_utf8(out, cp);
                break;
            }
            default:
                fail("unknown escape in a JSON string");
            }
        }
    }

    std::string_view text_;
    std::size_t at_ = 0;
    std::uint32_t line_;
    std::uint32_t column_;
};

} // namespace

JsonParse parse_json(std::string_view text, SourcePos origin) {
    JsonParse out;
    try {
        out.value = Reader(text, origin).document();
    } catch (const Failure& f) {
        out.error = f.message;
        out.error_pos = f.pos;
    }
    return out;
}

} // namespace heartflow::interop

// Writing TOML values as text. toml++'s own formatter is not used: it drops a leading newline
// and writes ''' in a form its parser rejects (see tests/data/hostile/README.md).
#include "toml_text.h"

#include "heartflow/flow.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace heartflow {

namespace {

void append_escaped(std::string& out, char c, bool multiline) {
    auto u = static_cast<unsigned char>(c);
    switch (c) {
    case '\\':
        out += "\\\\";
        return;
    case '\b':
        out += "\\b";
        return;
    case '\f':
        out += "\\f";
        return;
    case '\r':
        out += "\\r";
        return;
    case '\t':
        out += multiline ? "\t" : "\\t";
        return;
    case '\n':
        out += multiline ? "\n" : "\\n";
        return;
    default:
        break;
    }
    if (u < 0x20 || u == 0x7F) {
        char buffer[8];
        std::snprintf(buffer, sizeof buffer, "\\u%04X", u);
        out += buffer;
        return;
    }
    out += c;
}

bool literal_allows(std::string_view s, bool multiline) {
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '\'' && !multiline) return false;
        if ((u < 0x20 && c != '\t' && !(multiline && c == '\n')) || u == 0x7F) return false;
    }
    return !multiline ||
           (s.find("\'\'\'") == std::string_view::npos && (s.empty() || s.back() != '\''));
}

} // namespace

std::string toml_string(std::string_view s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"')
            out += "\\\"";
        else
            append_escaped(out, c, false);
    }
    return out + '"';
}

std::string toml_string_like(std::string_view written, std::string_view s) {
    const bool multiline = written.size() >= 6 &&
                           (written.substr(0, 3) == "\"\"\"" || written.substr(0, 3) == "\'\'\'");
    if (written.substr(0, 1) == "'" && literal_allows(s, multiline))
        return multiline ? "\'\'\'\n" + std::string(s) + "\'\'\'" : "'" + std::string(s) + "'";
    return multiline ? toml_multiline(s) : toml_text(s);
}

std::string toml_text(std::string_view s) {
    return s.find('\n') == std::string_view::npos ? toml_string(s) : toml_multiline(s);
}

std::string toml_multiline(std::string_view s) {
    // The newline right after the opening """ is dropped by parsers, so the text starts after
    // it and a leading newline of its own survives. A quote is escaped whenever it could join
    // others into a closing """ (followed by a quote, or last).
    std::string out = "\"\"\"\n";
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '"')
            out += (i + 1 == s.size() || s[i + 1] == '"') ? "\\\"" : "\"";
        else
            append_escaped(out, s[i], true);
    }
    return out + "\"\"\"";
}

std::vector<std::string_view> array_elements(std::string_view array) {
    std::vector<std::string_view> out;
    if (array.size() < 2 || (array.front() != '[' && array.front() != '{')) return out;
    int depth = 0;
    char quote = 0;
    std::size_t begin = 1;
    auto element = [&](std::size_t end) {
        std::string_view e = array.substr(begin, end - begin);
        auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
        while (!e.empty() && space(e.front()))
            e.remove_prefix(1);
        while (!e.empty() && space(e.back()))
            e.remove_suffix(1);
        if (!e.empty()) out.push_back(e);
        begin = end + 1;
    };
    for (std::size_t i = 1; i + 1 < array.size(); ++i) {
        const char c = array[i];
        if (quote) {
            if (c == '\\' && quote == '"')
                ++i;
            else if (c == quote)
                quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '[' || c == '{') {
            ++depth;
        } else if (c == ']' || c == '}') {
            --depth;
        } else if (c == ',' && depth == 0) {
            element(i);
        }
    }
    element(array.size() - 1);
    return out;
}

std::string array_over_lines(std::string_view value, std::string_view element_indent,
                             std::string_view closing_indent) {
    std::string out = "[\n";
    for (std::string_view e : array_elements(value))
        out.append(element_indent).append(e) += ",\n";
    return out.append(closing_indent) += ']';
}

std::string toml_key(std::string_view key) {
    return !key.empty() && is_valid_id(key) ? std::string(key) : toml_string(key);
}

std::string toml_number(double value) {
    if (std::isfinite(value) && value == std::floor(value) && std::abs(value) < 1e15)
        return std::to_string(static_cast<long long>(value));
    char buffer[64];
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    std::string out(buffer, ec == std::errc{} ? end : buffer);
    if (out.find_first_of(".eE") == std::string::npos &&
        out.find_first_of("0123456789") != std::string::npos)
        out += ".0";
    return out;
}

} // namespace heartflow

// The lossless TOML scanner: one pass with a cursor, following TOML's grammar only as far as
// needed to know where every header, key, value and comment starts and ends.
#include "toml_scan.h"

#include "interop_text.h"

#include <cctype>
#include <cstdint>

namespace heartflow {

namespace {

class Scanner {
public:
    explicit Scanner(std::string_view text) : t_(text) {}

    std::optional<ScannedToml> run() {
        ScannedToml doc;
        doc.tables.emplace_back();
        if (auto nl = t_.find('\n'); nl != std::string_view::npos && nl > 0 && t_[nl - 1] == '\r')
            doc.newline = "\r\n";
        if (starts("\xEF\xBB\xBF")) at_ = 3; // a byte order mark
        while (ok_ && at_ < t_.size()) {
            const std::size_t line_begin = at_;
            skip_spaces();
            if (at_ >= t_.size()) break;
            if (newline()) continue;
            if (t_[at_] == '#') {
                comment(doc);
                ok_ = ok_ && (at_ >= t_.size() || newline());
            } else if (t_[at_] == '[') {
                header(doc, line_begin);
            } else {
                entry(doc, line_begin);
            }
        }
        if (!ok_) return std::nullopt;
        return doc;
    }

private:
    bool more() const { return at_ < t_.size(); }
    char peek(std::size_t ahead = 0) const {
        return at_ + ahead < t_.size() ? t_[at_ + ahead] : '\0';
    }
    bool starts(std::string_view s) const { return t_.substr(at_, s.size()) == s; }
    void skip_spaces() {
        while (more() && (t_[at_] == ' ' || t_[at_] == '\t'))
            ++at_;
    }
    bool newline() {
        if (peek() == '\n') return ++at_, true;
        if (peek() == '\r' && peek(1) == '\n') return at_ += 2, true;
        return false;
    }
    void comment(ScannedToml& doc) {
        const std::size_t begin = at_;
        while (more() && t_[at_] != '\n' && !(t_[at_] == '\r' && peek(1) == '\n'))
            ++at_;
        doc.comments.push_back({begin, at_});
        last_comment_ = Span{begin, at_};
    }
    // Spaces, then an optional comment, then the end of the line (or of the text).
    std::optional<Span> line_end(ScannedToml& doc) {
        skip_spaces();
        std::optional<Span> c;
        if (peek() == '#') {
            comment(doc);
            c = last_comment_;
        }
        if (more() && !newline()) ok_ = false;
        return c;
    }

    // A basic string's body after the opening quote, decoded; the cursor ends after the closing
    // quote.
    std::string basic_key() {
        std::string out;
        while (ok_ && more() && t_[at_] != '"') {
            if (t_[at_] != '\\') {
                out += t_[at_++];
                continue;
            }
            const char e = peek(1);
            at_ += 2;
            switch (e) {
            case 'b':
                out += '\b';
                break;
            case 't':
                out += '\t';
                break;
            case 'n':
                out += '\n';
                break;
            case 'f':
                out += '\f';
                break;
            case 'r':
                out += '\r';
                break;
            case '"':
                out += '"';
                break;
            case '\\':
                out += '\\';
                break;
            case 'u':
            case 'U': {
                const std::size_t digits = e == 'u' ? 4 : 8;
                std::uint32_t cp = 0;
                for (std::size_t i = 0; i < digits && ok_; ++i, ++at_) {
                    const char h = peek();
                    const int v = h >= '0' && h <= '9'   ? h - '0'
                                  : h >= 'a' && h <= 'f' ? h - 'a' + 10
                                  : h >= 'A' && h <= 'F' ? h - 'A' + 10
                                                         : -1;
                    ok_ = v >= 0;
                    cp = cp * 16 + static_cast<std::uint32_t>(v);
                }
                interop::append_utf8(out, cp);
                break;
            }
            default:
                ok_ = false;
            }
        }
        ok_ = ok_ && more();
        ++at_;
        return out;
    }

    std::vector<std::string> key() {
        std::vector<std::string> parts;
        while (ok_) {
            skip_spaces();
            if (peek() == '"') {
                ++at_;
                parts.push_back(basic_key());
            } else if (peek() == '\'') {
                const std::size_t close = t_.find('\'', at_ + 1);
                if (close == std::string_view::npos) return ok_ = false, parts;
                parts.emplace_back(t_.substr(at_ + 1, close - at_ - 1));
                at_ = close + 1;
            } else {
                const std::size_t begin = at_;
                while (more() && (std::isalnum(static_cast<unsigned char>(t_[at_])) ||
                                  t_[at_] == '-' || t_[at_] == '_'))
                    ++at_;
                if (at_ == begin) return ok_ = false, parts;
                parts.emplace_back(t_.substr(begin, at_ - begin));
            }
            skip_spaces();
            if (peek() != '.') break;
            ++at_;
        }
        return parts;
    }

    void header(ScannedToml& doc, std::size_t line_begin) {
        ScannedTable table;
        table.array = peek(1) == '[';
        at_ += table.array ? 2 : 1;
        table.name = key();
        if (!ok_ || !starts(table.array ? "]]" : "]")) return void(ok_ = false);
        at_ += table.array ? 2 : 1;
        table.comment = line_end(doc);
        table.header = {line_begin, at_};
        table.content_end = at_;
        doc.tables.push_back(std::move(table));
    }

    void entry(ScannedToml& doc, std::size_t line_begin) {
        ScannedEntry e;
        e.key = key();
        if (!ok_ || peek() != '=') return void(ok_ = false);
        ++at_;
        skip_spaces();
        e.value.begin = at_;
        const std::size_t comments_before = doc.comments.size();
        value(doc, &e.items, &e.elements);
        e.value.end = at_;
        e.value_has_comment = doc.comments.size() > comments_before;
        e.comment = line_end(doc);
        e.line = {line_begin, at_};
        doc.tables.back().entries.push_back(std::move(e));
        doc.tables.back().content_end = at_;
    }

    // Whitespace, newlines and comments inside an array or inline table.
    void skip_gaps(ScannedToml& doc) {
        while (ok_ && more()) {
            skip_spaces();
            if (peek() == '#')
                comment(doc);
            else if (!newline())
                return;
        }
    }

    void string_value() {
        const char q = t_[at_];
        const std::string_view triple = q == '"' ? "\"\"\"" : "'''";
        if (starts(triple)) {
            at_ += 3;
            while (more() && !starts(triple))
                at_ += (q == '"' && t_[at_] == '\\') ? 2 : 1;
            if (!more()) return void(ok_ = false);
            std::size_t quotes = 0; // a closing run of 4 or 5 quotes ends with content quotes
            while (peek(quotes) == q && quotes < 5)
                ++quotes;
            at_ += quotes;
            return;
        }
        ++at_;
        while (more() && t_[at_] != q && t_[at_] != '\n')
            at_ += (q == '"' && t_[at_] == '\\') ? 2 : 1;
        if (peek() != q) return void(ok_ = false);
        ++at_;
    }

    // A value; with `items`, an inline table's items or an array's inline-table elements go
    // there; with `elements`, the spans of its own elements or items.
    void value(ScannedToml& doc, std::vector<ScannedEntry>* items, std::vector<Span>* elements) {
        if (++depth_ > 200) return void(ok_ = false);
        const char c = peek();
        if (c == '"' || c == '\'') {
            string_value();
        } else if (c == '[') {
            ++at_;
            for (skip_gaps(doc); ok_ && peek() != ']'; skip_gaps(doc)) {
                ScannedEntry element;
                element.value.begin = element.line.begin = at_;
                const bool table = items && peek() == '{';
                value(doc, table ? &element.items : nullptr, table ? &element.elements : nullptr);
                element.value.end = element.line.end = at_;
                if (elements) elements->push_back(element.value);
                if (items && t_[element.value.begin] == '{') items->push_back(std::move(element));
                skip_gaps(doc);
                if (peek() == ',')
                    ++at_;
                else if (peek() != ']')
                    ok_ = false;
            }
            ok_ = ok_ && more();
            ++at_;
        } else if (c == '{') {
            ++at_;
            for (skip_gaps(doc); ok_ && peek() != '}'; skip_gaps(doc)) {
                ScannedEntry item;
                item.line.begin = at_;
                item.key = key();
                if (peek() != '=') return void(ok_ = false);
                ++at_;
                skip_spaces();
                item.value.begin = at_;
                value(doc, items ? &item.items : nullptr, items ? &item.elements : nullptr);
                item.value.end = item.line.end = at_;
                if (elements) elements->push_back(item.line);
                if (items) items->push_back(std::move(item));
                skip_gaps(doc);
                if (peek() == ',')
                    ++at_;
                else if (peek() != '}')
                    ok_ = false;
            }
            ok_ = ok_ && more();
            ++at_;
        } else {
            bare_value();
        }
        --depth_;
    }

    // A number, boolean or date-time; a date and a time may be joined by one space.
    void bare_value() {
        const std::size_t begin = at_;
        auto token_char = [this] {
            const char c = peek();
            return std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '-' ||
                   c == '.' || c == ':' || c == '_';
        };
        while (more() && token_char())
            ++at_;
        const std::string_view token = t_.substr(begin, at_ - begin);
        const bool date = token.size() == 10 && token[4] == '-' && token[7] == '-';
        if (date && peek() == ' ' && std::isdigit(static_cast<unsigned char>(peek(1)))) {
            ++at_;
            while (more() && token_char())
                ++at_;
        }
        ok_ = ok_ && at_ > begin;
    }

    std::string_view t_;
    std::size_t at_ = 0;
    int depth_ = 0;
    bool ok_ = true;
    Span last_comment_;
};

std::size_t line_begin_of(std::string_view text, std::size_t at) {
    const std::size_t nl = at == 0 ? std::string_view::npos : text.rfind('\n', at - 1);
    return nl == std::string_view::npos ? 0 : nl + 1;
}

} // namespace

std::optional<ScannedToml> scan_toml(std::string_view text) {
    return Scanner(text).run();
}

std::vector<TriviaLine> trivia_lines(std::string_view text, std::size_t begin, std::size_t end) {
    std::vector<TriviaLine> lines;
    while (begin < end) {
        std::size_t nl = text.find('\n', begin);
        const std::size_t line_end = nl == std::string_view::npos || nl >= end ? end : nl;
        std::size_t i = begin;
        while (i < line_end && (text[i] == ' ' || text[i] == '\t'))
            ++i;
        TriviaLine line;
        if (i < line_end && text[i] == '#') {
            std::size_t last = line_end;
            while (last > i &&
                   (text[last - 1] == ' ' || text[last - 1] == '\t' || text[last - 1] == '\r'))
                --last;
            line = {false, {i, last}};
        }
        lines.push_back(line);
        begin = line_end + 1;
    }
    return lines;
}

std::size_t attached_comments_begin(std::string_view text, std::size_t limit,
                                    std::size_t line_begin) {
    std::size_t begin = line_begin;
    while (begin > limit) {
        const std::size_t prev = line_begin_of(text, begin - 1);
        if (prev < limit) break;
        std::size_t i = prev;
        while (i < begin && (text[i] == ' ' || text[i] == '\t'))
            ++i;
        if (i >= begin || text[i] != '#') break;
        begin = prev;
    }
    return begin;
}

std::string_view indentation_at(std::string_view text, std::size_t at) {
    const std::size_t begin = line_begin_of(text, at);
    std::size_t i = begin;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t'))
        ++i;
    return text.substr(begin, i - begin);
}

} // namespace heartflow

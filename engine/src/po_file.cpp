// Reading and writing gettext PO text. The grammar is gettext's (manual, "The Format of PO
// Files"): comments, then msgctxt?, msgid, msgid_plural?, msgstr or msgstr[n], each followed by
// continuation strings; the reader keeps line:column of every keyword for located reports.
#include "heartflow/po_file.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <tuple>

namespace heartflow {

namespace {

/// Most problems one PO text reports before the reader stops listing them.
constexpr std::size_t kMaxPoDiagnostics = 50;

/// Lines are wrapped so that none is wider than this, as gettext's tools do.
constexpr std::size_t kPoLineWidth = 79;

/// 1-based column of byte `offset` in `line`, counted in code points.
std::uint32_t column_of(std::string_view line, std::size_t offset) {
    std::uint32_t column = 1;
    for (std::size_t i = 0; i < offset && i < line.size(); ++i)
        if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++column;
    return column;
}

/// Byte offset of the first invalid UTF-8 sequence in `text`, or npos.
std::size_t invalid_utf8_at(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        auto c = static_cast<unsigned char>(text[i]);
        std::size_t length = c < 0x80         ? 1
                             : (c >> 5) == 6  ? 2
                             : (c >> 4) == 14 ? 3
                             : (c >> 3) == 30 ? 4
                                              : 0;
        if (length == 0 || (length == 2 && c < 0xC2) || i + length > text.size()) return i;
        for (std::size_t k = 1; k < length; ++k)
            if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return i;
        i += length;
    }
    return std::string_view::npos;
}

/// The value of an escape letter after a backslash, or -1 for one C does not know.
int simple_escape(char c) {
    switch (c) {
    case 'n':
        return '\n';
    case 't':
        return '\t';
    case 'r':
        return '\r';
    case 'a':
        return '\a';
    case 'b':
        return '\b';
    case 'f':
        return '\f';
    case 'v':
        return '\v';
    case '\\':
        return '\\';
    case '"':
        return '"';
    case '\'':
        return '\'';
    case '?':
        return '?';
    default:
        return -1;
    }
}

/// The value of a hexadecimal digit (precondition: std::isxdigit(c)).
unsigned hex_value(char c) {
    return std::isdigit(static_cast<unsigned char>(c))
               ? static_cast<unsigned>(c - '0')
               : static_cast<unsigned>((c | 0x20) - 'a' + 10);
}

/// Reads the numeric escape (octal `\ooo` or hex `\xhh`) at `line[i]`, moving `i` past it.
char numeric_escape(std::string_view line, std::size_t& i) {
    unsigned value = 0;
    if (line[i] == 'x') {
        for (++i; i < line.size() && std::isxdigit(static_cast<unsigned char>(line[i])); ++i)
            value = value * 16 + hex_value(line[i]);
        return static_cast<char>(value & 0xFF);
    }
    for (int k = 0; k < 3 && i < line.size() && line[i] >= '0' && line[i] <= '7'; ++k, ++i)
        value = value * 8 + static_cast<unsigned>(line[i] - '0');
    return static_cast<char>(value & 0xFF);
}

/// Reads a PO entry's parts line by line, keeping the entry being built and the problems found.
class PoReader {
public:
    explicit PoReader(PoParse& out) : out_(out) {}

    void read_line(std::string_view line, std::uint32_t number) {
        line_ = line;
        number_ = number;
        std::size_t start = line.find_first_not_of(" \t");
        if (start == std::string_view::npos) return;
        if (line[start] == '#') return read_comment(line.substr(start));
        if (line[start] == '"') return continue_string(start);
        read_keyword(start);
    }

    void finish() {
        finish_entry();
        if (out_.diagnostics.empty()) out_.file = std::move(file_);
    }

private:
    enum class Part { none, context, id, plural, translation };

    void report(std::size_t offset, std::string message) {
        if (out_.diagnostics.size() >= kMaxPoDiagnostics) return;
        SourcePos at{number_, column_of(line_, offset)};
        out_.diagnostics.push_back(
            make_diagnostic(DiagCode::po_syntax, std::move(message), {at, at}));
    }
    [[nodiscard]] SourcePos here(std::size_t offset) const {
        return {number_, column_of(line_, offset)};
    }

    void read_comment(std::string_view comment) {
        if (comment.starts_with("#~") || comment.starts_with("#|")) return; // obsolete, previous
        if (part_ == Part::translation) finish_entry();
        auto text = [&](std::size_t skip) {
            std::string_view rest = comment.substr(std::min(skip, comment.size()));
            if (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
            return std::string(rest);
        };
        if (comment.starts_with("#.")) {
            entry_.extracted_comments.push_back(text(2));
        } else if (comment.starts_with("#:")) {
            entry_.references.push_back(text(2));
        } else if (comment.starts_with("#,")) {
            std::string flags = text(2);
            std::size_t at = 0;
            while (at < flags.size()) {
                std::size_t comma = std::min(flags.find(',', at), flags.size());
                std::string flag = flags.substr(at, comma - at);
                flag.erase(0, flag.find_first_not_of(' '));
                flag.erase(flag.find_last_not_of(' ') + 1);
                if (!flag.empty()) entry_.flags.push_back(flag);
                at = comma + 1;
            }
        } else {
            entry_.translator_comments.push_back(text(1));
        }
    }

    void read_keyword(std::size_t start) {
        std::size_t end = start;
        while (end < line_.size() && (std::isalnum(static_cast<unsigned char>(line_[end])) ||
                                      line_[end] == '_' || line_[end] == '[' || line_[end] == ']'))
            ++end;
        std::string_view word = line_.substr(start, end - start);
        std::size_t quote = line_.find_first_not_of(" \t", end);
        if (quote == std::string_view::npos || line_[quote] != '"' || end == start ||
            end == quote) {
            report(start, word.empty() || !word.starts_with("msg")
                              ? "expected msgctxt, msgid, msgstr, a comment or a quoted string"
                              : "'" + std::string(word) + "' must be followed by a quoted string");
            return;
        }
        if (!begin_part(word, start)) return;
        continue_string(quote);
    }

    // Starts the part a keyword names; false (after a report) when it is out of place.
    bool begin_part(std::string_view word, std::size_t start) {
        if (word == "msgctxt" || word == "msgid") {
            if (part_ == Part::translation) finish_entry();
            if (part_ != Part::none && !(word == "msgid" && part_ == Part::context)) {
                report(start, "'" + std::string(word) + "' before the entry above has its msgstr");
                part_ = Part::none;
                entry_ = {};
            }
            if (word == "msgctxt") {
                entry_.context.emplace();
                entry_.position = here(start);
                target_ = &*entry_.context;
                part_ = Part::context;
            } else {
                if (part_ != Part::context) entry_.position = here(start);
                target_ = &entry_.id;
                part_ = Part::id;
            }
            return true;
        }
        if (word == "msgid_plural") {
            if (part_ != Part::id) return report(start, "msgid_plural must follow a msgid"), false;
            entry_.id_plural.emplace();
            target_ = &*entry_.id_plural;
            part_ = Part::plural;
            return true;
        }
        if (word.starts_with("msgstr")) return begin_translation(word, start);
        report(start, "unknown keyword '" + std::string(word) +
                          "'; a PO entry has msgctxt, msgid, msgid_plural and msgstr");
        return false;
    }

    bool begin_translation(std::string_view word, std::size_t start) {
        const bool indexed = word.size() > 6;
        const std::string wanted =
            entry_.id_plural ? "msgstr[" + std::to_string(entry_.translations.size()) + "]"
                             : std::string("msgstr");
        bool in_order = part_ == Part::id || part_ == Part::plural ||
                        (part_ == Part::translation && entry_.id_plural);
        if (!in_order || word != wanted) {
            report(start, part_ == Part::none || part_ == Part::context
                              ? "msgstr without a msgid before it"
                              : "expected " + wanted + " here" +
                                    (indexed && !entry_.id_plural
                                         ? " (msgstr[n] is only for an entry with msgid_plural)"
                                         : ""));
            return false;
        }
        if (entry_.translations.empty()) entry_.msgstr_position = here(start);
        entry_.translations.emplace_back();
        target_ = &entry_.translations.back();
        part_ = Part::translation;
        return true;
    }

    // Reads the quoted string at line_[quote] and appends it to the current part.
    void continue_string(std::size_t quote) {
        if (part_ == Part::none || !target_) {
            report(quote, "a quoted string with no msgid or msgstr before it");
            return;
        }
        std::string value;
        std::size_t i = quote + 1;
        for (; i < line_.size() && line_[i] != '"'; ++i) {
            if (line_[i] != '\\') {
                value += line_[i];
                continue;
            }
            if (++i == line_.size()) break;
            if (int simple = simple_escape(line_[i]); simple >= 0) {
                value += static_cast<char>(simple);
            } else if (line_[i] == 'x' || (line_[i] >= '0' && line_[i] <= '7')) {
                value += numeric_escape(line_, i);
                --i;
            } else {
                return report(i - 1, std::string("unknown escape '\\") + line_[i] + "'");
            }
        }
        if (i >= line_.size()) return report(quote, "this string has no closing quote");
        std::size_t after = line_.find_first_not_of(" \t", i + 1);
        if (after != std::string_view::npos)
            return report(after, "text after the closing quote; start a new line with '\"'");
        *target_ += value;
    }

    void finish_entry() {
        if (part_ == Part::id || part_ == Part::plural || part_ == Part::context) {
            SourcePos at = entry_.position;
            if (out_.diagnostics.size() < kMaxPoDiagnostics)
                out_.diagnostics.push_back(
                    make_diagnostic(DiagCode::po_syntax, "this entry has no msgstr", {at, at}));
        } else if (part_ == Part::translation) {
            if (entry_.id_plural && entry_.translations.size() < 2) {
                SourcePos at = entry_.msgstr_position;
                out_.diagnostics.push_back(make_diagnostic(
                    DiagCode::po_syntax, "an entry with msgid_plural needs msgstr[0] and msgstr[1]",
                    {at, at}));
            }
            check_decoded_utf8();
            auto key =
                std::tuple(entry_.context.has_value(), entry_.context.value_or(""), entry_.id);
            if (!seen_.insert(key).second) {
                SourcePos at = entry_.position;
                out_.diagnostics.push_back(make_diagnostic(
                    DiagCode::po_syntax,
                    "a second entry for the same msgctxt and msgid; keep one of them", {at, at}));
            }
            file_.entries.push_back(std::move(entry_));
        }
        entry_ = {};
        part_ = Part::none;
        target_ = nullptr;
    }

    // An escape (\xhh, \ooo) can make bytes that are not UTF-8; a person could not read them.
    void check_decoded_utf8() {
        bool valid = invalid_utf8_at(entry_.context.value_or("")) == std::string_view::npos &&
                     invalid_utf8_at(entry_.id) == std::string_view::npos &&
                     invalid_utf8_at(entry_.id_plural.value_or("")) == std::string_view::npos;
        for (const std::string& t : entry_.translations)
            valid = valid && invalid_utf8_at(t) == std::string_view::npos;
        if (!valid)
            out_.diagnostics.push_back(make_diagnostic(
                DiagCode::po_syntax, "an escape in this entry makes bytes that are not UTF-8",
                {entry_.position, entry_.position}));
    }

    PoParse& out_;
    PoFile file_;
    PoEntry entry_;
    Part part_ = Part::none;
    std::string* target_ = nullptr;
    std::string_view line_;
    std::uint32_t number_ = 0;
    std::set<std::tuple<bool, std::string, std::string>> seen_;
};

/// Reports a header charset other than UTF-8 (a template's placeholder "CHARSET" is accepted).
void check_charset(PoParse& out) {
    if (!out.file || out.file->entries.empty() || !out.file->entries.front().is_header()) return;
    std::string type = out.file->header_field("Content-Type");
    std::transform(type.begin(), type.end(), type.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    std::size_t at = type.find("charset=");
    if (at == std::string::npos) return;
    std::string charset = type.substr(at + 8);
    charset.erase(charset.find_last_not_of(" ;") + 1);
    if (charset == "utf-8" || charset == "utf8" || charset == "charset") return;
    SourcePos pos = out.file->entries.front().msgstr_position;
    out.diagnostics.push_back(make_diagnostic(DiagCode::po_syntax,
                                              "the header says charset=" + charset +
                                                  "; heartflow reads UTF-8 PO files only (save it "
                                                  "as UTF-8, or msgconv --to-code=UTF-8)",
                                              {pos, pos}));
    out.file.reset();
}

/// The header's Plural-Forms value, "" when absent or still a template's placeholder.
std::string plural_forms_value(const PoFile& file) {
    std::string value = file.header_field("Plural-Forms");
    if (value.find("INTEGER") != std::string::npos || value.find("EXPRESSION") != std::string::npos)
        return {};
    return value;
}

/// Reports a Plural-Forms header that does not parse, at the line of `text` that writes it.
void check_plural_forms(PoParse& out, std::string_view text) {
    if (!out.file) return;
    const std::string value = plural_forms_value(*out.file);
    if (value.empty()) return;
    auto parsed = parse_plural_forms(value);
    const auto* error = std::get_if<PluralFormsError>(&parsed);
    if (!error) return;
    SourcePos at = out.file->entries.front().msgstr_position;
    if (std::size_t found = text.find("Plural-Forms:"); found != std::string_view::npos) {
        const std::size_t line_start = text.rfind('\n', found) + 1; // npos + 1 is 0
        std::string_view line = text.substr(line_start);
        line = line.substr(0, line.find('\n'));
        std::size_t value_at = found - line_start + 13;
        while (value_at < line.size() && line[value_at] == ' ')
            ++value_at;
        at = {static_cast<std::uint32_t>(std::count(text.begin(), text.begin() + found, '\n') + 1),
              column_of(line, std::min(value_at + error->offset, line.size()))};
    }
    out.diagnostics.push_back(
        make_diagnostic(DiagCode::po_syntax,
                        "the header's Plural-Forms cannot be read: " + error->message, {at, at}));
    out.file.reset();
}

/// Splits escaped text into the pieces gettext puts on their own lines: after each "\n", then
/// at spaces so that `"piece"` fits kPoLineWidth.
std::vector<std::string> wrap_escaped(const std::string& escaped) {
    std::vector<std::string> pieces;
    std::size_t start = 0;
    while (start < escaped.size()) {
        std::size_t newline = escaped.find("\\n", start);
        std::size_t end = newline == std::string::npos ? escaped.size() : newline + 2;
        while (end - start + 2 > kPoLineWidth) {
            std::size_t space = escaped.rfind(' ', start + kPoLineWidth - 3);
            if (space == std::string::npos || space < start) break;
            pieces.push_back(escaped.substr(start, space + 1 - start));
            start = space + 1;
        }
        pieces.push_back(escaped.substr(start, end - start));
        start = end;
    }
    return pieces;
}

void write_string(std::string& out, const std::string& keyword, const std::string& value) {
    std::string escaped = po_escape(value);
    std::vector<std::string> pieces = wrap_escaped(escaped);
    if (pieces.size() <= 1 && keyword.size() + escaped.size() + 3 <= kPoLineWidth) {
        out += keyword + " \"" + escaped + "\"\n";
        return;
    }
    out += keyword + " \"\"\n";
    for (const std::string& piece : pieces)
        out += "\"" + piece + "\"\n";
}

void write_comments(std::string& out, const char* marker, const std::vector<std::string>& lines) {
    for (const std::string& line : lines)
        out += std::string(marker) + (line.empty() ? "" : " " + line) + "\n";
}

} // namespace

bool PoEntry::fuzzy() const {
    return std::find(flags.begin(), flags.end(), "fuzzy") != flags.end();
}

std::string PoFile::header_field(std::string_view name) const {
    if (entries.empty() || !entries.front().is_header() || entries.front().translations.empty())
        return {};
    const std::string& header = entries.front().translations.front();
    std::size_t start = 0;
    while (start < header.size()) {
        std::size_t end = std::min(header.find('\n', start), header.size());
        std::string_view line(header.data() + start, end - start);
        if (line.size() > name.size() && line.starts_with(name) && line[name.size()] == ':') {
            std::string_view value = line.substr(name.size() + 1);
            value.remove_prefix(std::min(value.find_first_not_of(' '), value.size()));
            return std::string(value);
        }
        start = end + 1;
    }
    return {};
}

PoParse parse_po(std::string_view text) {
    PoParse out;
    if (std::size_t bad = invalid_utf8_at(text); bad != std::string_view::npos) {
        auto line =
            static_cast<std::uint32_t>(std::count(text.begin(), text.begin() + bad, '\n') + 1);
        std::size_t line_start = text.rfind('\n', bad == 0 ? 0 : bad - 1);
        line_start = line_start == std::string_view::npos || bad == 0 ? 0 : line_start + 1;
        SourcePos at{line, column_of(text.substr(line_start), bad - line_start)};
        out.diagnostics.push_back(make_diagnostic(
            DiagCode::po_syntax, "this byte is not UTF-8; save the file as UTF-8", {at, at}));
        return out;
    }
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    PoReader reader(out);
    std::uint32_t number = 0;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = std::min(text.find('\n', start), text.size());
        std::string_view line = text.substr(start, end - start);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        reader.read_line(line, ++number);
        if (end == text.size()) break;
        start = end + 1;
    }
    reader.finish();
    check_charset(out);
    check_plural_forms(out, text);
    return out;
}

std::shared_ptr<const PluralRule> po_plural_rule(const PoFile& file) {
    const std::string value = plural_forms_value(file);
    if (value.empty()) return nullptr;
    auto parsed = parse_plural_forms(value);
    if (auto* rule = std::get_if<PluralRule>(&parsed))
        return std::make_shared<const PluralRule>(std::move(*rule));
    return nullptr;
}

std::string po_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '"':
            out += "\\\"";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
                const char octal[] = {'\\', static_cast<char>('0' + ((c >> 6) & 3)),
                                      static_cast<char>('0' + ((c >> 3) & 7)),
                                      static_cast<char>('0' + (c & 7)), 0};
                out += octal;
            } else {
                out += c;
            }
        }
    }
    return out;
}

std::string write_po(const PoFile& file) {
    std::string out;
    for (const PoEntry& entry : file.entries) {
        if (!out.empty()) out += "\n";
        write_comments(out, "#", entry.translator_comments);
        write_comments(out, "#.", entry.extracted_comments);
        write_comments(out, "#:", entry.references);
        if (!entry.flags.empty()) {
            out += "#, ";
            for (std::size_t i = 0; i < entry.flags.size(); ++i)
                out += (i ? ", " : "") + entry.flags[i];
            out += "\n";
        }
        if (entry.context) write_string(out, "msgctxt", *entry.context);
        write_string(out, "msgid", entry.id);
        if (entry.id_plural) {
            write_string(out, "msgid_plural", *entry.id_plural);
            for (std::size_t i = 0; i < std::max<std::size_t>(entry.translations.size(), 2); ++i)
                write_string(out, "msgstr[" + std::to_string(i) + "]",
                             i < entry.translations.size() ? entry.translations[i] : "");
        } else {
            write_string(out, "msgstr", entry.translations.empty() ? "" : entry.translations[0]);
        }
    }
    return out;
}

} // namespace heartflow

// A lossless scan of TOML text: where each table header, key, value and comment is, as byte
// spans into the text, so edits can splice new values into the original bytes and leave every
// other byte (comments, blank lines, spacing, quoting, number spelling, unknown keys) as it was.
// It does not check TOML's rules (the loader does, with toml++); it only has to find the spans of
// any valid file, multi-line strings, arrays over lines, inline tables, dotted keys and CRLF
// included. Private to the engine.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace heartflow {

/// A byte range [begin, end) of the scanned text.
struct Span {
    std::size_t begin = 0; ///< First byte.
    std::size_t end = 0;   ///< One past the last byte.
};

/// One `key = value` of a table, which may span lines (a multi-line string or array).
struct ScannedEntry {
    std::vector<std::string> key;   ///< The key's parts, unquoted (`a."b c"` gives a, b c).
    Span line;                      ///< From the start of its first line to after its last newline.
    Span value;                     ///< The value as written.
    std::optional<Span> comment;    ///< The comment after the value on its last line, '#' included.
    bool value_has_comment = false; ///< A comment sits inside the value (an array over lines).
    /// An inline table's items (`line` the item from its key to its value), or the inline
    /// tables among an array's elements (no key), each with its own items.
    std::vector<ScannedEntry> items;
    /// The value's own elements when it is an array (each element as written) or an inline
    /// table (each item from its key to the end of its value); empty for other values.
    std::vector<Span> elements;
};

/// A table header (or the root, before any header) and the entries under it.
struct ScannedTable {
    std::vector<std::string> name;     ///< The header's key parts; empty for the root.
    bool array = false;                ///< `[[name]]`.
    Span header;                       ///< The header line, newline included (empty for the root).
    std::optional<Span> comment;       ///< The comment after the header on its line.
    std::vector<ScannedEntry> entries; ///< In file order.
    std::size_t content_end = 0;       ///< After the newline of the header or of its last entry.
    /// Not a table of the text but a flow table written another way (made by flow_layout.h):
    /// keys dotted under `key_prefix` in another table, or an inline table's items.
    bool inline_items = false;
    std::string key_prefix; ///< For dotted keys: what each key starts with ("flow.").
};

/// A scanned document: its tables in file order (the root first) and every comment.
struct ScannedToml {
    std::vector<ScannedTable> tables; ///< The root, then one per header.
    std::vector<Span> comments;       ///< Every comment, '#' included, newline excluded.
    std::string newline = "\n";       ///< The file's line ending ("\r\n" when its first is).
};

/// Scans `text`; nullopt when it is not TOML this scanner can follow (never for a valid file).
[[nodiscard]] std::optional<ScannedToml> scan_toml(std::string_view text);

/// One line of the trivia between two items: blank, or a comment line.
struct TriviaLine {
    bool blank = true; ///< True for a blank line.
    Span comment;      ///< The comment ('#' to the end of the line, trailing spaces dropped).
};

/// The lines of `text` in [begin, end), which must hold only blank and comment lines.
[[nodiscard]] std::vector<TriviaLine> trivia_lines(std::string_view text, std::size_t begin,
                                                   std::size_t end);

/// Where the comment lines directly above `line_begin` start (no blank line between them and
/// it), looking no further back than `limit`.
[[nodiscard]] std::size_t attached_comments_begin(std::string_view text, std::size_t limit,
                                                  std::size_t line_begin);

/// The spaces and tabs that start the line holding `at`.
[[nodiscard]] std::string_view indentation_at(std::string_view text, std::size_t at);

} // namespace heartflow

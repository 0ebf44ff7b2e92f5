// gettext PO files, as translators' tools (Poedit, Weblate, msgfmt, msgmerge) read and write
// them: entries of comments (`# ` translator, `#.` extracted, `#:` references, `#,` flags),
// `msgctxt`, `msgid`, `msgid_plural` and `msgstr`/`msgstr[n]`, each a run of C-escaped quoted
// strings. Obsolete entries (`#~`) and previous strings (`#|`) are read past. Pure text in and
// out: the caller reads and writes the files.
#pragma once

#include "heartflow/diagnostic.h"
#include "heartflow/plural_forms.h"
#include "heartflow/source_range.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace heartflow {

/// One PO entry: a source string, its context and its translation(s), with the comments around.
struct PoEntry {
    std::vector<std::string> translator_comments; ///< `# ` lines, without the marker.
    std::vector<std::string> extracted_comments;  ///< `#.` lines: notes for the translator.
    std::vector<std::string> references;          ///< `#:` lines: where the string is written.
    std::vector<std::string> flags;               ///< `#,` flags ("fuzzy", "c-format", ...).
    std::optional<std::string> context;           ///< `msgctxt`; absent differs from "".
    std::string id;                               ///< `msgid`: the source words.
    std::optional<std::string> id_plural;         ///< `msgid_plural`, for an entry with plurals.
    std::vector<std::string> translations;        ///< `msgstr`, or `msgstr[0]`, `msgstr[1]`, ...
    SourcePos position;        ///< Where the entry's first keyword (msgctxt or msgid) is.
    SourcePos msgstr_position; ///< Where its (first) msgstr is.

    /// True when the `#,` flags hold "fuzzy": a guess that waits for review, never used.
    [[nodiscard]] bool fuzzy() const;
    /// True for the header entry: msgid "" and no msgctxt.
    [[nodiscard]] bool is_header() const { return !context && id.empty(); }
};

/// A whole PO file: the entries in file order, the header first when there is one.
struct PoFile {
    std::vector<PoEntry> entries; ///< In file order.

    /// The value of a header field ("Language", "Content-Type"...), or "" when absent.
    [[nodiscard]] std::string header_field(std::string_view name) const;
};

/// What reading a PO text gave: the file when it parsed, and each problem found (HF0801).
struct PoParse {
    std::optional<PoFile> file;          ///< Absent when the text has an error.
    std::vector<Diagnostic> diagnostics; ///< Located at line:column of the PO text.
};

/// Reads PO text (UTF-8). Reports, located: a line that is not a comment, keyword or string; an
/// unterminated string or unknown escape; a keyword out of order; an entry without msgstr; two
/// entries with the same msgctxt and msgid; a charset other than UTF-8; invalid UTF-8; a
/// Plural-Forms header that parse_plural_forms refuses (at its line and character).
[[nodiscard]] PoParse parse_po(std::string_view text);

/// The language's plural rule from the header's Plural-Forms; null when the header has none or
/// it does not parse (parse_po has reported it then).
[[nodiscard]] std::shared_ptr<const PluralRule> po_plural_rule(const PoFile& file);

/// Writes PO text as gettext's tools do: a blank line between entries, comments in the order
/// `# `, `#.`, `#:`, `#,`, strings escaped and wrapped after each "\n" and at 79 columns.
[[nodiscard]] std::string write_po(const PoFile& file);

/// `text` as a PO quoted string's contents: `\\`, `\"`, `\n`, `\t` and other controls escaped.
[[nodiscard]] std::string po_escape(std::string_view text);

} // namespace heartflow

// Typed, located reads from toml++ tables, reporting wrong types and unknown keys. Private to
// the engine: only the loader and the session codec use it.
#pragma once

#include "heartflow/diagnostic.h"

#include <toml++/toml.h>

#include <array>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace heartflow {

/// The range of a toml++ source region.
[[nodiscard]] SourceRange range_of(const toml::source_region& region);

/// Where diagnostics go while reading a document, and how many lines precede the text that was
/// parsed (a big flow is parsed in pieces; positions are shifted back to the whole file's lines).
struct ReadContext {
    std::vector<Diagnostic>& out;  ///< Diagnostics, appended in reading order.
    std::uint32_t line_offset = 0; ///< Lines of the file before the parsed text.

    /// The file range of a region of the parsed text.
    [[nodiscard]] SourceRange range(const toml::source_region& region) const;
    /// Appends a diagnostic with the code's default severity.
    void report(DiagCode code, std::string message, SourceRange where) const;
};

/// Reads keys of one table, each read reporting into a shared diagnostics list. The table is
/// walked once, when the reader is made: a read then finds its key among the table's few keys
/// without a lookup in toml++'s map (a flow reads about 25 keys a node, most of them twice).
class TomlReader {
public:
    /// Reads `table`, called `where` in messages (e.g. "[flow]"), reporting into `context`.
    TomlReader(const toml::table& table, std::string where, const ReadContext& context);

    /// Warns about keys not in `known`, with a "did you mean" when one is close.
    void warn_unknown_keys(std::initializer_list<std::string_view> known);
    /// A string value; reports missing_key when `required` and absent, wrong_type when not a
    /// string.
    std::optional<std::string> string(std::string_view key, bool required = false);
    /// An integer value; wrong_type when present but not an integer.
    std::optional<std::int64_t> integer(std::string_view key);
    /// A float or integer value as double; wrong_type otherwise.
    std::optional<double> number(std::string_view key);
    /// A sub-table; wrong_type when present but not a table.
    const toml::table* table(std::string_view key);
    /// An array; wrong_type when present but not an array.
    const toml::array* array(std::string_view key);
    /// An array of tables; wrong_type when present but not one.
    const toml::array* array_of_tables(std::string_view key);
    /// Where a key's value is written (the table's start when absent).
    [[nodiscard]] SourceRange value_range(std::string_view key) const;
    /// Where the table starts.
    [[nodiscard]] SourceRange table_range() const { return context_.range(table_.source()); }
    /// Reports a diagnostic of `code` at the value of `key`.
    void report(DiagCode code, std::string_view key, std::string message);

private:
    /// A key of the table and its value.
    struct Entry {
        std::string_view key;
        const toml::node* value = nullptr;
    };
    /// Tables with more keys than this are read through toml++'s own lookup.
    static constexpr std::size_t kEntriesKept = 16;

    const toml::node* get(std::string_view key) const;
    void wrong_type(std::string_view key, const char* expected);

    const toml::table& table_;
    std::array<Entry, kEntriesKept> entries_{};
    std::size_t entry_count_ = 0;
    bool entries_complete_ = false; // false: the table has more keys than kEntriesKept
    std::string where_;
    const ReadContext& context_;
};

/// A table's keys and values in the order they were written (toml++ iterates in key order).
[[nodiscard]] std::vector<std::pair<const toml::key*, const toml::node*>>
entries_in_file_order(const toml::table& table);

/// The name of a TOML value's type as an author would say it ("a string", "an integer", ...).
[[nodiscard]] const char* toml_type_phrase(const toml::node& node);

/// The closest of `candidates` to `word` within a small edit distance, or "".
[[nodiscard]] std::string_view closest_match(std::string_view word,
                                             std::initializer_list<std::string_view> candidates);

} // namespace heartflow

// A linear pre-scan that refuses input Debian's toml++ 3.3.0 would crash, hang or misbehave on
// (see tests/data/hostile/README.md), before the parser ever sees it.
#pragma once

#include "heartflow/diagnostic.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace heartflow {

/// Deepest nesting of arrays and inline tables, and most segments in one dotted key, accepted.
inline constexpr int kMaxTomlNesting = 128;

/// A table header at the top level of the document (at a line start, outside any value).
struct TopLevelHeader {
    std::size_t line_start = 0; ///< Byte offset of the start of its line.
    std::uint32_t line = 0;     ///< 1-based line number.
};

/// What the pre-scan found.
struct GuardResult {
    std::optional<Diagnostic> problem;   ///< The first reason to refuse the input, if any.
    std::vector<TopLevelHeader> headers; ///< Every top-level table header, in file order.
    /// When set, the text the parser must read instead: the same TOML with each non-ASCII
    /// character that follows a line-ending backslash written as a \u escape (toml++ 3.3.0
    /// reaches undefined behaviour on them). Its line numbers are the original's.
    std::optional<std::string> escaped;
};

/// Scans TOML text for encoding errors, excessive nesting, non-ASCII outside strings and
/// comments, malformed date-time prefixes, too many [[node]] tables and the size cap.
[[nodiscard]] GuardResult guard_toml_input(std::string_view text);

/// The guard, then the text to hand to toml++: `text` itself, or `storage` holding the escaped
/// form (and the returned result is the guard's verdict on that form).
[[nodiscard]] GuardResult guard_for_parser(std::string_view& text, std::string& storage);

} // namespace heartflow

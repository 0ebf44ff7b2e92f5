// Editing an array or inline table of a file element by element, so an element added goes in
// with the value's own separators and indentation, a removed element takes its own comment with
// it, and a moved or edited element keeps its comment. Private to the engine (the lossless
// editor uses it).
#pragma once

#include "toml_scan.h"

#include <optional>
#include <string>
#include <string_view>

namespace heartflow {

/// How new text is written into a value over lines.
struct ElementStyle {
    std::string_view newline = "\n"; ///< The file's line ending.
    std::string_view indent = "  ";  ///< A new element's indentation when none shows the file's.
};

/// The text of `entry`'s value (an array or inline table of `text`, which holds what `before`,
/// its canonical spelling, holds) changed to hold what `after` (canonical) holds: kept elements
/// as written, each with the comments directly above it and after it on its line. nullopt when
/// the value is laid out in a way it cannot follow (elements sharing a line with others in an
/// array over lines, or an element list that does not match `before`).
[[nodiscard]] std::optional<std::string>
splice_elements(std::string_view text, const ScannedEntry& entry, std::string_view before,
                std::string_view after, const ElementStyle& style);

} // namespace heartflow

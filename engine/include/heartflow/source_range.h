// Where something sits in a source file: 1-based line and column, as compilers print them.
#pragma once

#include <cstdint>

namespace heartflow {

/// A position in a source file. Line and column are 1-based; 0 means "unknown".
struct SourcePos {
    std::uint32_t line = 0;   ///< 1-based line number, 0 when unknown.
    std::uint32_t column = 0; ///< 1-based column (in code points), 0 when unknown.

    /// True when the position names a real place in the file.
    [[nodiscard]] bool known() const { return line > 0; }
    friend bool operator==(const SourcePos&, const SourcePos&) = default;
};

/// A range in a source file; `end` is exclusive and may equal `begin`.
struct SourceRange {
    SourcePos begin; ///< First character of the range.
    SourcePos end;   ///< One past the last character (or equal to begin when unknown).
    friend bool operator==(const SourceRange&, const SourceRange&) = default;
};

} // namespace heartflow

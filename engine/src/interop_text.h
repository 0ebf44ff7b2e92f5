// Text helpers the exporters and importers share: escaping for XML, JSON and HTML, names that a
// target language accepts, and the colours and names of the node kinds on charts.
#pragma once

#include "heartflow/flow.h"

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace heartflow::interop {

/// `text` with & < > " ' replaced by XML entities (safe in element text and attributes), less the
/// characters XML 1.0 forbids (control characters other than tab and line breaks, U+FFFE, U+FFFF).
[[nodiscard]] std::string xml_escape(std::string_view text);

/// `text` as a quoted JSON string. Control characters, quotes and backslashes are escaped, and
/// so are < > & U+2028 U+2029, so the result is also safe inside an HTML <script> element.
[[nodiscard]] std::string json_string(std::string_view text);

/// Appends the UTF-8 encoding of a code point (U+FFFD for surrogates and values past U+10FFFF).
void append_utf8(std::string& out, std::uint32_t code_point);

/// The lines of `text` split at '\n' (a trailing '\r' is dropped from each); "" gives one line.
[[nodiscard]] std::vector<std::string> split_lines(std::string_view text);

/// `text` without leading and trailing spaces, tabs and line breaks.
[[nodiscard]] std::string trim(std::string_view text);

/// Breaks `text` into lines of at most `width` code points at spaces (longer words are cut).
/// At most `max_lines` lines; when text is left over the last line ends with an ellipsis.
[[nodiscard]] std::vector<std::string> wrap_words(std::string_view text, std::size_t width,
                                                  std::size_t max_lines);

/// The number of code points in UTF-8 `text`.
[[nodiscard]] std::size_t code_points(std::string_view text);

/// Hands out names that are unique and made only of [A-Za-z0-9_] (other characters become '_'),
/// never starting with a digit and never one of the reserved words given at construction.
class NameAllocator {
public:
    /// `reserved`: words the target language keeps for itself (compared case-sensitively).
    explicit NameAllocator(std::set<std::string> reserved = {});
    /// A fresh name close to `prefix` + `wanted`; the same wanted text twice gives two names.
    [[nodiscard]] std::string take(std::string_view wanted, std::string_view prefix = {});

private:
    std::set<std::string> reserved_;
    std::set<std::string> taken_;
};

/// How charts show a kind of node: its colours and a short name for legends.
struct KindStyle {
    const char* fill;         ///< Background colour, "#rrggbb".
    const char* stroke;       ///< Outline colour, "#rrggbb".
    const char* label;        ///< Short name for legends ("question", "body check"...).
    const char* canvas_color; ///< JSON Canvas preset colour, "1" to "6".
};

/// The chart style of a kind; every kind has its own fill and canvas colour.
[[nodiscard]] const KindStyle& kind_style(NodeKind kind);

/// A node's kind in a chart's words; a detour or handover names the flow it opens.
[[nodiscard]] std::string kind_words(const Node& node);

/// The kind whose JSON Canvas preset colour is `color` ("1" to "6"), if any.
[[nodiscard]] std::optional<NodeKind> kind_of_canvas_color(std::string_view color);

/// Every kind, in the order of the format's documentation.
inline constexpr NodeKind kAllKinds[] = {NodeKind::question,   NodeKind::prompt,
                                         NodeKind::reflection, NodeKind::body_check,
                                         NodeKind::breathing,  NodeKind::ending};

} // namespace heartflow::interop

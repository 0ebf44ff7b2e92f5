// Find (Ctrl+F): every node whose id, title, text or a choice label holds the query.
#pragma once

#include "heartflow/flow.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace heartflow::editor {

/// Where a query was found.
struct FindMatch {
    std::size_t node;    ///< 0-based node index.
    std::string field;   ///< "id", "title", "text" or "choice 2".
    std::string excerpt; ///< The text around the match, on one line.
};

/// The matches of `query` (case-insensitive, ASCII folding) in node order; at most one per
/// field. An empty query matches nothing.
[[nodiscard]] std::vector<FindMatch> find_matches(const Flow& flow, std::string_view query);

} // namespace heartflow::editor

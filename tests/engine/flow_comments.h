// The comments of a flow file's text as the lossless layer's tests and its fuzz target compare
// them (tests/engine/flow_text_test.cpp, fuzz/flow_edit_fuzz.cpp). Needs engine/src on the
// include path.
#pragma once

#include "flow_layout.h"

#include <heartflow/flow.h>

#include <set>
#include <string>
#include <string_view>

namespace heartflow::testing {

/// Every comment of `text` (scanned as `layout`, so '#' inside a string is none), trailing
/// blanks dropped, but those inside the block of a node of `flow` whose id is in `deleted`.
inline std::multiset<std::string> comment_texts(std::string_view text, const FlowLayout& layout,
                                                const Flow& flow = {},
                                                const std::set<std::string>& deleted = {}) {
    std::multiset<std::string> out;
    for (const Span& c : layout.scan.comments) {
        bool in_deleted = false;
        for (std::size_t i = 0; i < flow.nodes.size() && i < layout.nodes.size(); ++i)
            in_deleted = in_deleted || (deleted.count(flow.nodes[i].id.value) &&
                                        c.begin >= layout.nodes[i].block.begin &&
                                        c.end <= layout.nodes[i].block.end);
        std::string_view comment = text.substr(c.begin, c.end - c.begin);
        while (!comment.empty() &&
               (comment.back() == ' ' || comment.back() == '\t' || comment.back() == '\r'))
            comment.remove_suffix(1);
        if (!in_deleted) out.emplace(comment);
    }
    return out;
}

} // namespace heartflow::testing

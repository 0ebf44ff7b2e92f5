// Saving an edit through the lossless text layer in a test: the flow a text loads to, edited,
// saved with update_flow_text and checked to load as edited (flow_text_*_test.cpp).
#pragma once

#include "test_support.h"

#include <heartflow/flow_text.h>

#include <string>
#include <string_view>

namespace heartflow::testing {

/// The flow `text` loads to; the test stops with the diagnostics when it does not load.
inline Flow loaded_flow(std::string_view text) {
    ParseResult r = parse_flow(text);
    REQUIRE_MESSAGE(r.flow, describe_all(r.diagnostics));
    return *r.flow;
}

/// `text` saved after `edit` (called with the flow it loads to), checked to load as edited.
template <class Edit> std::string saved_after(const std::string& text, Edit edit) {
    const Flow base = loaded_flow(text);
    Flow edited = base;
    edit(edited);
    const std::string out = update_flow_text(text, base, edited);
    INFO(out);
    CHECK(loads_as_edited(loaded_flow(out), base, edited));
    return out;
}

} // namespace heartflow::testing

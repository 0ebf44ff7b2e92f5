// Mermaid export: a `flowchart TD` for wikis, GitHub and show notes that render Mermaid. Kinds are
// shapes plus a classDef per kind (which `heartflow import` reads back); choice labels sit on the
// edges, conditional choices are dotted. Pure.
#pragma once

#include "heartflow/flow.h"

#include <string>

namespace heartflow {

/// The flow as Mermaid flowchart text (UTF-8), start node first. Node ids are kept when Mermaid
/// accepts them (letters, digits, '_', not a Mermaid keyword such as `end`), otherwise renamed.
[[nodiscard]] std::string export_mermaid(const Flow& flow);

/// `text` made safe inside a quoted Mermaid label: quotes, '#', '<', '>', '&', '*' and '`' as
/// Mermaid entity codes (e.g. `#quot;`), line breaks as spaces.
[[nodiscard]] std::string mermaid_label(std::string_view text);

} // namespace heartflow

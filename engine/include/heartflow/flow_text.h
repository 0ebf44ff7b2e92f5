// Lossless flow text: edits and formatting that start from a file's own text and change only
// what they are about, so every comment, blank line, key order, quoting, number spelling and
// unknown key elsewhere survives. With the loader, the only code that sees TOML text.
#pragma once

#include "heartflow/flow.h"

#include <optional>
#include <string>
#include <string_view>

namespace heartflow {

/// The text of `edited`, made from `text` (which loads to `base`, give or take positions the
/// editor placed that `text` lacks) by splicing in only what differs between `base` and
/// `edited`: changed values keep their string style, a moved node gets a whole-number `pos`, a
/// new node or choice is a block after the one before it, a deleted node takes its block and
/// the comments directly above it. An unchanged flow gives `text` itself. A file in a shape the
/// splices cannot follow (nodes as inline tables, root keys) is written in canonical form.
[[nodiscard]] std::string update_flow_text(std::string_view text, const Flow& base,
                                           const Flow& edited);

/// True when `written` (the flow `update_flow_text` produced text for, loaded back) is `edited`:
/// equal in everything, positions as whole numbers, and a position `base` had that the text
/// never held (the editor's provisional layout) still unwritten.
[[nodiscard]] bool loads_as_edited(const Flow& written, const Flow& base, const Flow& edited);

/// `text` in canonical form (see docs/flow-format.md), every comment kept with what it
/// describes; `flow` is what `text` loads to. nullopt when `text` has comments in a shape the
/// formatter cannot follow (it then changes nothing).
[[nodiscard]] std::optional<std::string> format_flow_text(std::string_view text, const Flow& flow);

} // namespace heartflow

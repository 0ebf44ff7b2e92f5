// A choice's condition and effects in plain words for charts, where a reader wants the
// person's words and a small note, not the expression language ("only after 2 checks",
// "remembers: feeling" rather than "if checks >= 2; set feeling = 'fear'").
#pragma once

#include "heartflow/flow.h"

#include <string>

namespace heartflow::interop {

/// The choice's condition and effects as a short plain note, e.g. "only after 2 checks ·
/// counts: tries · remembers: feeling"; "" when the choice has neither.
[[nodiscard]] std::string logic_in_words(const Choice& choice);

} // namespace heartflow::interop

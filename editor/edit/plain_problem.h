// A problem the checker found, in plain words for the Problems panel: what is wrong and what to
// do, as a person who has never seen the file would say it. The code (HF0304) stays beside it,
// small, for the docs.
#pragma once

#include "heartflow/diagnostic.h"

#include <string>

namespace heartflow::editor {

/// What `d` means and what to do about it, in a sentence or two; the checker's own message for
/// the codes with no plainer wording.
[[nodiscard]] std::string plain_problem(const Diagnostic& d);

} // namespace heartflow::editor

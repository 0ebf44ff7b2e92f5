// A condition checked as it is typed (a route's or a choice's `when`), against the flow's
// variables and steps, so the inspector can say what is wrong before the flow is validated.
#pragma once

#include "heartflow/flow.h"

#include <string>
#include <string_view>

namespace heartflow::editor {

/// Why `source` is not a true-or-false condition of `flow`, in words ("" when it is one).
/// Variables are the declared ones and each reflection's `save_as`; `visits(step)` names a
/// step of the flow.
[[nodiscard]] std::string condition_problem(const Flow& flow, std::string_view source);

} // namespace heartflow::editor

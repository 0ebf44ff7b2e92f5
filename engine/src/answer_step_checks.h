// The validator's checks of the fields of scale and pick steps (flow format 2) that need no
// other step: which kinds carry them, the scale's range, the pick's options, the check-in
// place. Private to the engine.
#pragma once

#include "heartflow/diagnostic.h"
#include "heartflow/flow.h"

#include <functional>
#include <string>

namespace heartflow {

/// Reports a located problem.
using ReportFn = std::function<void(DiagCode, std::string, SourceRange)>;

/// Checks `n`'s scale and pick fields for a flow of format `format`, reporting each problem.
void check_answer_step(const Node& n, int format, const ReportFn& report);

} // namespace heartflow

// The validator: semantic checks of a flow, and linking into a runnable Program.
#pragma once

#include "heartflow/diagnostic.h"
#include "heartflow/flow.h"
#include "heartflow/program.h"

#include <memory>
#include <vector>

namespace heartflow {

/// What validating a flow gave.
struct ValidationResult {
    std::vector<Diagnostic> diagnostics;    ///< Errors and warnings, sorted by position.
    std::shared_ptr<const Program> program; ///< Present only when there are no errors.
};

/// Checks a flow (ids, targets, reachability, traps, fields, expressions, tests) and links it.
[[nodiscard]] ValidationResult validate(std::shared_ptr<const Flow> flow);

} // namespace heartflow

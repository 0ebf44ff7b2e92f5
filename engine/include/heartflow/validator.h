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

struct OpenedFlows;

/// Checks a flow (ids, targets, reachability, traps, fields, expressions, tests) and links it,
/// together with the flows it opens when `opened` holds them (read by read_opened_flows).
/// Without `opened`, a detour or handover cannot be linked and is reported as a missing flow.
[[nodiscard]] ValidationResult validate(std::shared_ptr<const Flow> flow,
                                        const OpenedFlows* opened = nullptr);

} // namespace heartflow

// Live validation for the editor: the engine's validator run on the edited flow, with each
// diagnostic tied to the node it is about (source lines are meaningless once a flow is edited).
#pragma once

#include "heartflow/diagnostic.h"
#include "heartflow/flow.h"
#include "heartflow/program.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <vector>

namespace heartflow::editor {

/// A diagnostic and the node it concerns.
struct NodeDiagnostic {
    Diagnostic diagnostic;           ///< What the validator said (its range is synthetic).
    std::optional<std::size_t> node; ///< 0-based node index; empty for flow-wide problems.
};

/// The validator's findings for one state of a flow.
struct Validation {
    std::vector<NodeDiagnostic> diagnostics;    ///< In node order; flow-wide ones first.
    std::vector<std::optional<Severity>> worst; ///< Per node: its most serious diagnostic.
    std::shared_ptr<const Program> program;     ///< Runnable program; null when there are errors.
    std::size_t errors = 0;                     ///< How many diagnostics are errors.
    std::size_t warnings = 0;                   ///< How many diagnostics are warnings.
};

/// Gives every element of `flow` a synthetic source range: line 1 for the [flow], [vars] and
/// [[test]] tables, line 2 + i for everything inside node i. Ranges are not part of a flow's
/// meaning (equality and the writer ignore them), so this changes nothing a file would hold.
void stamp_ranges(Flow& flow);

/// Validates a flow already stamped with stamp_ranges and ties each diagnostic to its node. The
/// program (when there are no errors) shares `stamped`. The flows it opens (detours) are read
/// beside `file`, when given; their problems concern no node. Safe to run on any thread.
[[nodiscard]] Validation validate_stamped(std::shared_ptr<const Flow> stamped,
                                          const std::filesystem::path& file = {});

/// Validates a copy of `flow` (stamped) and ties each diagnostic to its node.
[[nodiscard]] Validation validate_for_editor(const Flow& flow);

} // namespace heartflow::editor

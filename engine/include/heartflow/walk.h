// Non-interactive walks and the runner for a flow's [[test]] tables.
#pragma once

#include "heartflow/program.h"
#include "heartflow/session.h"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace heartflow {

/// What a scripted walk did: the nodes entered (start included) and, if it stopped early, why.
struct WalkOutcome {
    std::vector<NodeIndex> entered;   ///< Every node entered, in order, routes passed included.
    std::optional<std::string> error; ///< Why the walk stopped early, if it did.
    std::size_t failed_step = 0;      ///< 1-based step that failed (0 when none did).
};

/// What a scripted walk answers on its way, by step: text at reflections, ratings at scales,
/// picks at pick steps (a step named in none goes on unanswered).
struct WalkAnswers {
    std::span<const TestAnswer> text;    ///< Journal text typed at reflection steps.
    std::span<const TestRating> ratings; ///< Ratings given at scale steps.
    std::span<const TestPicks> picks;    ///< Options picked at pick steps.
};

/// Walks from the start taking `steps` in turn, typing `answers` at reflection nodes.
[[nodiscard]] WalkOutcome walk(Session& session, std::span<const TestStep> steps,
                               std::span<const TestAnswer> answers = {});

/// Walks from the start taking `steps` in turn, answering each step `answers` names.
[[nodiscard]] WalkOutcome walk(Session& session, std::span<const TestStep> steps,
                               const WalkAnswers& answers);

/// One failed [[test]].
struct TestFailure {
    std::string test_name; ///< The test's name.
    SourceRange range;     ///< Where the test (or its failing part) is written.
    std::string message;   ///< What went wrong.
};

/// The result of running a flow's tests.
struct TestReport {
    std::size_t passed = 0;                  ///< Tests that passed.
    std::vector<TestFailure> failures;       ///< Tests that failed, in file order.
    std::vector<NodeIndex> untested_endings; ///< Endings no passing test reaches, in flow order.
};

/// Runs every [[test]] of the program's flow.
[[nodiscard]] TestReport run_flow_tests(const std::shared_ptr<const Program>& program);

} // namespace heartflow

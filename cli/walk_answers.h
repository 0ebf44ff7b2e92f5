// What `heartflow walk` answers on its way: `--rate STEP=N,...` at scale steps and
// `--pick STEP=N+N,...` (1-based option numbers; `STEP=` for none) at pick steps.
#pragma once

#include <heartflow/program.h>

#include <string>
#include <variant>
#include <vector>

namespace heartflow::cli {

/// The ratings and picks a walk gives, by step.
struct WalkAnswerLists {
    std::vector<TestRating> ratings; ///< One rating per scale step named.
    std::vector<TestPicks> picks;    ///< The options (by their words) per pick step named.
};

/// Reads `--rate` and `--pick` lists against `program`'s steps; an error sentence when a step is
/// unknown, of the wrong kind, named twice, or a number is out of its range.
[[nodiscard]] std::variant<WalkAnswerLists, std::string>
parse_walk_answers(const Program& program, const std::string& rate, const std::string& pick);

} // namespace heartflow::cli

// Reading the keys of the steps that take an answer (scale, pick) and of the tests that give
// one (ratings, picks). Private to the engine: the loader calls it.
#pragma once

#include "heartflow/flow.h"
#include "toml_reader.h"

namespace heartflow {

/// Reads `into`, `min`, `max`, `low`, `high`, `check_in` and `options` into `n`, wrong types
/// reported; which kinds may carry them is the validator's to say.
void read_answer_fields(TomlReader& r, Node& n);

/// Reads a test's `ratings = { step = 7 }` and `picks = { step = ["item", ...] }`.
void read_answer_tests(TomlReader& r, const ReadContext& ctx, FlowTest& test);

} // namespace heartflow

// The terminal player's questions at scale and pick steps: a rating in range, or the numbers of
// the options that fit, with forgiving input and a plain-words re-prompt.
#pragma once

#include "tty_io.h"

#include <heartflow/session.h>

#include <functional>
#include <optional>
#include <string>

namespace heartflow::cli {

/// True when a typed line is one of the player's commands (b, r, q, t, h).
using IsCommand = std::function<bool(const std::string&)>;

/// Asks for a rating at the current scale step and gives it to the session; Enter skips (a
/// rating given before is kept). Returns the line when the person typed a command instead, or
/// nullopt (also at the end of input: see io.ended()).
[[nodiscard]] std::optional<std::string> ask_rating(TtyIo& io, Session& session,
                                                    const IsCommand& is_command);

/// Shows the current pick step's options numbered and takes "1 3 4", "none", or the options'
/// words; Enter keeps the picks made before (none at first). Returns like ask_rating.
[[nodiscard]] std::optional<std::string> ask_picks(TtyIo& io, Session& session,
                                                   const IsCommand& is_command);

} // namespace heartflow::cli

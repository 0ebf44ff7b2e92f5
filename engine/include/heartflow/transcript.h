// A session as a Markdown transcript a person can keep or bring to therapy. Pure: no I/O.
#pragma once

#include "heartflow/flow.h"
#include "heartflow/session_snapshot.h"

#include <cstdint>
#include <string>

namespace heartflow {

/// Local date and time of a Unix time in ms, as "2026-03-14 09:05" (the TZ environment applies).
[[nodiscard]] std::string format_local_time(std::int64_t unix_ms);

/// The session as Markdown: title, date, before/after ratings, the path with the choices taken,
/// and the person's own words under each question. `flow` gives titles, questions and choice
/// labels; when it is null (or a node is gone) node ids stand in for them.
[[nodiscard]] std::string session_transcript(const SessionSnapshot& snapshot, const Flow* flow);

} // namespace heartflow

// A session as a Markdown transcript a person can keep or bring to therapy. Pure: no I/O.
#pragma once

#include "heartflow/flow.h"
#include "heartflow/program.h"
#include "heartflow/session_snapshot.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace heartflow {

/// Local date and time of a Unix time in ms, as "2026-03-14 09:05" (the TZ environment applies).
[[nodiscard]] std::string format_local_time(std::int64_t unix_ms);

/// What joins a step's title to the answer given there: ": " after a plain title, " " after one
/// that ends in a mark of its own ("What would help now?"), so no punctuation is doubled.
[[nodiscard]] std::string_view answer_joiner(std::string_view title);

/// A step of the way taken as a person reads it: the title, then the answer chosen there in
/// quotes (`Name the feeling: "Resentment"`, `What would help now? "Rest"`); nothing follows the
/// closing quote, so a label ending in a period or an ellipsis reads with it once. The title alone
/// when `answer` is empty.
[[nodiscard]] std::string step_with_answer(std::string_view title, std::string_view answer);

/// The answer given at scale or pick step `node` (`ref`: its id, or `file.toml:id` in a flow a
/// detour opened) in plain words: "7 (0 calm to 10 overwhelmed)", "tired and scared", "none of
/// these"; "" when the step is of another kind or was left unanswered.
[[nodiscard]] std::string answer_words(const Node& node, const std::string& ref,
                                       const SessionSnapshot& snapshot);

/// `text` closed as a sentence: a period is added unless it already ends in . ? ! or an
/// ellipsis (closing quotes or brackets after the mark count).
[[nodiscard]] std::string as_sentence(std::string text);

/// The session as Markdown: title, date, before/after ratings, the path with the choices taken,
/// and the person's own words under each question. `flow` gives titles, questions and choice
/// labels; when it is null (or a node is gone) node ids stand in for them.
[[nodiscard]] std::string session_transcript(const SessionSnapshot& snapshot, const Flow* flow);

/// The same, with the flows a detour or hand-over opened: each step is found in its own flow
/// (titles, questions, labels and answers), and the path says "(in OTHER TITLE)" where the walk
/// goes into another flow and "(back in TITLE)" where it comes back.
[[nodiscard]] std::string session_transcript(const SessionSnapshot& snapshot,
                                             const Program& program);

} // namespace heartflow

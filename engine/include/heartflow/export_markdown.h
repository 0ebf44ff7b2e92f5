// Markdown export: a printable handout. Each step is a numbered section with its words, and its
// choices are links to the sections they lead to, for paper or a website. Pure.
#pragma once

#include "heartflow/flow.h"

#include <string>

namespace heartflow {

/// What the handout includes.
struct MarkdownOptions {
    bool include_notes =
        false; ///< Add each step's author/host notes (show notes); off for handouts.
};

/// The flow as CommonMark: sections numbered in walking order from the start (steps no walk
/// reaches come last), `{variable}` placeholders shown as blanks to fill in, reflections with
/// lines to write on, and every piece of flow text escaped so it reads as written.
[[nodiscard]] std::string export_markdown(const Flow& flow, const MarkdownOptions& options = {});

} // namespace heartflow

// Translating a flow's words with gettext PO files. Every person-facing string of a flow has a
// stable id, its PO msgctxt: "[flow].title", "[flow].help_lines.2", "welcome.text",
// "welcome.title", "boundary.placeholder", and for a choice "welcome.choice.breathe" (the step
// it leads to; the second choice to the same step is "welcome.choice.breathe.2"), so reordering
// choices or steps keeps every translation. A translation is used only when its msgid is still
// the flow's words and it is not fuzzy; its placeholders must name the source's variables.
#pragma once

#include "heartflow/diagnostic.h"
#include "heartflow/flow.h"
#include "heartflow/po_file.h"
#include "heartflow/program.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace heartflow {

/// One string of a flow that a person reads.
struct FlowString {
    std::string context;      ///< Its stable id (the PO msgctxt): "step_id.field".
    std::string text;         ///< The words as the flow says them.
    SourceRange range;        ///< Where they are written in the flow file.
    std::string note;         ///< The step's `notes`, for the translator ("" for none).
    bool is_template = false; ///< True for text and labels, which may hold {placeholders}.
};

/// Every person-facing string of a flow, in file order: [flow] title, description, summary,
/// suits and help lines; then per step (routes, which no one reads, left out) its title, text,
/// placeholder, a scale's end words (`step.low`, `step.high`), a pick's options (`step.option.N`)
/// and choice labels. Empty strings are left out.
[[nodiscard]] std::vector<FlowString> flow_strings(const Flow& flow);

/// The PO template (POT) of a flow: a header, then one entry per flow string with its
/// msgctxt, the step's notes as `#.` comments, a `#.` reminder to keep {placeholders} where the
/// string has them, and a `#: flow_path:line` reference.
[[nodiscard]] PoFile translation_template(const Flow& flow, std::string_view flow_path);

/// A flow with a translation applied, and what the translation lacks or gets wrong.
struct TranslationResult {
    std::shared_ptr<const Flow> flow;         ///< The flow with each usable translation in place.
    std::size_t strings = 0;                  ///< How many strings the flow has.
    std::size_t translated = 0;               ///< How many of them were translated.
    std::vector<Diagnostic> po_diagnostics;   ///< Located in the PO file: placeholders (HF0802),
                                              ///< stale (HF0804) and fuzzy (HF0803) entries.
    std::vector<Diagnostic> flow_diagnostics; ///< Located in the flow file: strings with no
                                              ///< translation (HF0803).
};

/// Applies `po` to the program's flow. An entry is used when its msgctxt names a flow string,
/// its msgid is that string's current words, it is not fuzzy, its msgstr is not empty and (for
/// text and labels) its placeholders parse and name the same variables as the source; every
/// other string keeps the flow's own words. `po_name` names the file in messages.
[[nodiscard]] TranslationResult translate_flow(const Program& program, const PoFile& po,
                                               std::string_view po_name);

} // namespace heartflow

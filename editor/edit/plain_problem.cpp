// Plain words for the problems an author meets while building (docs/editor.md lists them too).
#include "edit/plain_problem.h"

#include <string_view>

namespace heartflow::editor {

namespace {

struct Plain {
    DiagCode code;
    std::string_view words;
};

constexpr Plain kPlain[] = {
    {DiagCode::missing_start,
     "The flow has no first step: select a step and choose \"Set as start\"."},
    {DiagCode::unknown_target,
     "A choice or Continue leads to a step that is not there (perhaps one you deleted): "
     "drag its dot onto a step, or pick one in \"Goes to\"."},
    {DiagCode::duplicate_id, "Two steps have the same id: rename one in its Id field."},
    {DiagCode::no_way_out, "This step has no way forward: add a choice or a Continue."},
    {DiagCode::next_and_choices, "This step has both a Continue and choices: keep one of them."},
    {DiagCode::ending_with_exits,
     "An ending cannot lead on: remove its choices and Continue, or change its kind."},
    {DiagCode::trap,
     "From this step no ending can be reached, every way loops back: give the loop a way out."},
    {DiagCode::unreachable,
     "No walk from the start reaches this step: connect a choice to it, or delete it."},
    {DiagCode::duplicate_label,
     "Two choices of this step have the same words: rename one so they can be told apart."},
    {DiagCode::unknown_help,
     "The \"Get help now\" step is not there: pick another in the flow's settings."},
    {DiagCode::all_choices_conditional,
     "Every choice here has a \"Shown when\", so sometimes none may show: "
     "leave one choice without it."},
    {DiagCode::misplaced_field,
     "This step has a field its kind does not use: clear it, or change the kind back."},
};

} // namespace

std::string plain_problem(const Diagnostic& d) {
    for (const Plain& p : kPlain)
        if (p.code == d.code) return std::string(p.words);
    return d.message;
}

} // namespace heartflow::editor

// Checks of scale and pick steps' own fields.
#include "answer_step_checks.h"

#include "heartflow/expression.h"

#include <algorithm>
#include <cstdlib>
#include <set>

namespace heartflow {

namespace {

void check_misplaced(const Node& n, const ReportFn& report) {
    const bool scale = n.kind == NodeKind::scale, pick = n.kind == NodeKind::pick;
    auto misplaced = [&](bool present, const char* field, const char* kinds, SourceRange where) {
        if (present)
            report(DiagCode::misplaced_field,
                   std::string("'") + field + "' belongs on " + kinds + " nodes; this node is a " +
                       kind_name(n.kind),
                   where);
    };
    misplaced(!scale && !pick && !n.into.empty(), "into", "scale and pick", n.into_range);
    misplaced(!scale && n.scale_min.has_value(), "min", "scale", n.min_range);
    misplaced(!scale && n.scale_max.has_value(), "max", "scale", n.max_range);
    misplaced(!scale && !n.low.empty(), "low", "scale", n.low_range);
    misplaced(!scale && !n.high.empty(), "high", "scale", n.high_range);
    misplaced(!scale && !n.check_in.empty(), "check_in", "scale", n.check_in_range);
    misplaced(!pick && !n.options.empty(), "options", "pick", n.options_range);
    if ((scale || pick) && !n.choices.empty())
        report(DiagCode::misplaced_field,
               std::string("a ") + kind_name(n.kind) +
                   " has no choices: it goes on by next (to a route, to decide from the answer)",
               n.choices.front().range);
}

void check_range(const Node& n, const ReportFn& report) {
    const std::int64_t lo = n.rating_min(), hi = n.rating_max();
    const SourceRange where = n.scale_min ? n.min_range : n.scale_max ? n.max_range : n.range;
    if (std::max(std::abs(lo), std::abs(hi)) > kMaxScaleMagnitude)
        report(DiagCode::bad_scale, "a scale's min and max must be from -1000000 to 1000000",
               where);
    else if (lo >= hi)
        report(DiagCode::bad_scale,
               "a scale's min (" + std::to_string(lo) + ") must be below its max (" +
                   std::to_string(hi) + ")",
               where);
    else if (hi - lo + 1 > kMaxScaleSteps)
        report(DiagCode::bad_scale,
               "a scale offers at most 101 ratings; " + std::to_string(lo) + " to " +
                   std::to_string(hi) + " is " + std::to_string(hi - lo + 1),
               where);
    if (n.check_in.empty()) return;
    if (n.check_in != "before" && n.check_in != "after")
        report(DiagCode::bad_check_in,
               "check_in is \"before\" or \"after\", not \"" + n.check_in + "\"", n.check_in_range);
    else if (lo != 0 || hi != 10)
        report(DiagCode::bad_check_in,
               "a check-in scale rates from 0 to 10, so the players can compare before and after",
               n.check_in_range);
}

void check_options(const Node& n, const ReportFn& report) {
    if (n.options.empty()) {
        report(DiagCode::bad_options,
               "pick '" + n.id.value + "' needs options: options = [\"tired\", \"alone\"]",
               n.range);
        return;
    }
    if (n.options.size() > kMaxPickOptions)
        report(DiagCode::bad_options,
               "a pick step offers at most 32 options; this one has " +
                   std::to_string(n.options.size()),
               n.options_range);
    std::set<std::string> seen;
    for (const std::string& o : n.options) {
        if (o.find_first_not_of(" \t\r\n") == std::string::npos)
            report(DiagCode::bad_options, "an option must not be empty", n.options_range);
        else if (!seen.insert(o).second)
            report(DiagCode::bad_options, "the option \"" + o + "\" is offered twice",
                   n.options_range);
    }
}

} // namespace

void check_answer_step(const Node& n, int format, const ReportFn& report) {
    check_misplaced(n, report);
    if (n.kind != NodeKind::scale && n.kind != NodeKind::pick) return;
    if (format < 2)
        report(DiagCode::needs_format_2,
               std::string("a ") + kind_name(n.kind) + " needs format = 2 in [flow]", n.range);
    if (n.into.empty())
        report(DiagCode::bad_into,
               std::string(kind_name(n.kind)) + " '" + n.id.value +
                   "' needs into: the variable that keeps the answer",
               n.range);
    else if (!is_valid_variable_name(n.into))
        report(DiagCode::bad_into, "into '" + n.into + "' is not a valid variable name",
               n.into_range);
    if (n.kind == NodeKind::scale)
        check_range(n, report);
    else
        check_options(n, report);
}

} // namespace heartflow

// The table of diagnostic codes and compiler-style formatting.
#include "heartflow/diagnostic.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <cstdio>

namespace heartflow {

namespace {

constexpr std::array kTable = {
    DiagnosticDescriptor{DiagCode::file_unreadable, "file-unreadable", Severity::error,
                         "The file could not be opened or read."},
    DiagnosticDescriptor{DiagCode::input_too_large, "input-too-large", Severity::error,
                         "The file is larger than a flow can be (64 MiB)."},
    DiagnosticDescriptor{
        DiagCode::invalid_encoding, "invalid-encoding", Severity::error,
        "The file is not valid UTF-8, or holds a NUL or a character TOML forbids."},
    DiagnosticDescriptor{DiagCode::nesting_too_deep, "nesting-too-deep", Severity::error,
                         "Arrays, inline tables or dotted keys nest deeper than 128 levels."},
    DiagnosticDescriptor{DiagCode::toml_syntax, "toml-syntax", Severity::error,
                         "The file is not valid TOML."},
    DiagnosticDescriptor{DiagCode::too_many_nodes, "too-many-nodes", Severity::error,
                         "The flow has more than 200,000 nodes."},
    DiagnosticDescriptor{DiagCode::not_a_flow, "not-a-flow", Severity::error,
                         "Valid TOML, but not a flow: no [flow] table or no [[node]]."},
    DiagnosticDescriptor{DiagCode::missing_key, "missing-key", Severity::error,
                         "A required key is missing."},
    DiagnosticDescriptor{DiagCode::wrong_type, "wrong-type", Severity::error,
                         "A key holds the wrong type of value."},
    DiagnosticDescriptor{DiagCode::unknown_key, "unknown-key", Severity::warning,
                         "A key the format does not know (often a typo); it is ignored."},
    DiagnosticDescriptor{DiagCode::bad_kind, "bad-kind", Severity::error,
                         "A node kind that is not one of the seven kinds."},
    DiagnosticDescriptor{
        DiagCode::bad_id, "bad-id", Severity::error,
        "An id or variable name with characters other than letters, digits, '-', '_'."},
    DiagnosticDescriptor{
        DiagCode::bad_value, "bad-value", Severity::error,
        "A value out of its allowed range (an empty title, a non-finite position...)."},
    DiagnosticDescriptor{DiagCode::unsupported_format, "unsupported-format", Severity::error,
                         "The file asks for a format version this build cannot read."},
    DiagnosticDescriptor{DiagCode::bad_help_line, "bad-help-line", Severity::error,
                         "A [flow] help_lines entry that is empty or longer than 240 bytes."},
    DiagnosticDescriptor{
        DiagCode::needs_format_2, "needs-format-2", Severity::error,
        "A route, detour, handover, scale or pick, {if ...} or {plural ...} text, or "
        "visits(), count() or picked() in a file without format = 2 in [flow]."},
    DiagnosticDescriptor{DiagCode::missing_start, "missing-start", Severity::error,
                         "[flow] start names no node of the flow."},
    DiagnosticDescriptor{DiagCode::unknown_target, "unknown-target", Severity::error,
                         "A goto or next names no node of the flow."},
    DiagnosticDescriptor{DiagCode::duplicate_id, "duplicate-id", Severity::error,
                         "Two nodes share an id."},
    DiagnosticDescriptor{DiagCode::no_way_out, "no-way-out", Severity::error,
                         "A node that is not an ending has neither next nor choices."},
    DiagnosticDescriptor{DiagCode::next_and_choices, "next-and-choices", Severity::error,
                         "A node has both next and choices; it must have one or the other."},
    DiagnosticDescriptor{DiagCode::ending_with_exits, "ending-with-exits", Severity::error,
                         "An ending has next or choices."},
    DiagnosticDescriptor{DiagCode::trap, "trap", Severity::error,
                         "No ending can be reached from this node (a loop with no way out)."},
    DiagnosticDescriptor{DiagCode::unreachable, "unreachable", Severity::warning,
                         "No walk from the start reaches this node."},
    DiagnosticDescriptor{DiagCode::duplicate_label, "duplicate-label", Severity::warning,
                         "Two choices of one node have the same label."},
    DiagnosticDescriptor{DiagCode::unknown_help, "unknown-help", Severity::error,
                         "[flow] help names no node of the flow."},
    DiagnosticDescriptor{DiagCode::all_choices_conditional, "all-choices-conditional",
                         Severity::warning,
                         "Every choice of a node has a condition, so a walk may find none shown."},
    DiagnosticDescriptor{DiagCode::route_without_fallback, "route-without-fallback",
                         Severity::error,
                         "A route whose last choice has a condition: it needs a fallback, a last "
                         "choice without when."},
    DiagnosticDescriptor{DiagCode::misplaced_fallback, "misplaced-fallback", Severity::error,
                         "A route choice without when before the last one: the choices after it "
                         "could never be taken."},
    DiagnosticDescriptor{
        DiagCode::route_loop, "route-loop", Severity::error,
        "Routes that lead into each other in a circle, with no shown step between."},
    DiagnosticDescriptor{DiagCode::missing_flow, "missing-flow", Severity::error,
                         "A detour or handover names a flow file that cannot be opened."},
    DiagnosticDescriptor{DiagCode::unknown_flow_step, "unknown-flow-step", Severity::error,
                         "A detour or handover's at names no step of the other flow."},
    DiagnosticDescriptor{DiagCode::detour_cycle, "detour-cycle", Severity::error,
                         "Flows that detour into each other in a circle: the walk could never "
                         "come back."},
    DiagnosticDescriptor{
        DiagCode::bad_pattern, "bad-pattern", Severity::error,
        "A breathing pattern that is not four numbers from 0 to 60, with in and out above 0."},
    DiagnosticDescriptor{DiagCode::bad_rounds, "bad-rounds", Severity::error,
                         "Breathing rounds outside 1 to 20."},
    DiagnosticDescriptor{DiagCode::misplaced_field, "misplaced-field", Severity::error,
                         "A field used on a kind of node that does not take it."},
    DiagnosticDescriptor{DiagCode::bad_scale, "bad-scale", Severity::error,
                         "A scale whose min is not below its max, or that offers more than 101 "
                         "ratings or numbers beyond 1000000."},
    DiagnosticDescriptor{DiagCode::bad_options, "bad-options", Severity::error,
                         "A pick step with no options, more than 32, an empty one or the same "
                         "one twice."},
    DiagnosticDescriptor{DiagCode::bad_into, "bad-into", Severity::error,
                         "A scale or pick without into, a scale whose into is not a whole-number "
                         "variable of [vars], or a pick whose into is declared elsewhere too."},
    DiagnosticDescriptor{DiagCode::bad_check_in, "bad-check-in", Severity::error,
                         "A check_in that is not \"before\" or \"after\", on a scale not 0 to "
                         "10, or placed twice."},
    DiagnosticDescriptor{DiagCode::expr_syntax, "expr-syntax", Severity::error,
                         "An expression or {placeholder} that does not parse."},
    DiagnosticDescriptor{DiagCode::unknown_variable, "unknown-variable", Severity::error,
                         "An expression or {placeholder} names a variable that is not declared."},
    DiagnosticDescriptor{
        DiagCode::type_mismatch, "type-mismatch", Severity::error,
        "An expression's types do not fit (e.g. a condition that is not true/false)."},
    DiagnosticDescriptor{DiagCode::duplicate_variable, "duplicate-variable", Severity::error,
                         "A variable declared twice with different types."},
    DiagnosticDescriptor{DiagCode::expr_too_complex, "expr-too-complex", Severity::error,
                         "An expression longer than 1024 bytes or nested deeper than 32 levels."},
    DiagnosticDescriptor{DiagCode::unknown_step, "unknown-step", Severity::error,
                         "visits() names a step that is not in the flow."},
    DiagnosticDescriptor{DiagCode::unknown_item, "unknown-item", Severity::error,
                         "picked() names an item its pick step does not offer, or count() or "
                         "picked() reads a variable no pick step fills."},
    DiagnosticDescriptor{DiagCode::bad_test, "bad-test", Severity::error,
                         "A [[test]] that cannot run: it names an unknown node or variable."},
    DiagnosticDescriptor{
        DiagCode::import_syntax, "import-syntax", Severity::error,
        "An imported file that does not parse as its format (Mermaid, Twee, JSON Canvas)."},
    DiagnosticDescriptor{DiagCode::import_unmapped, "import-unmapped", Severity::warning,
                         "Part of an imported file that has no place in a flow; it is left out."},
    DiagnosticDescriptor{
        DiagCode::import_unsupported, "import-unsupported", Severity::error,
        "An imported construct that cannot become a flow (e.g. another kind of diagram)."},
    DiagnosticDescriptor{DiagCode::export_unmapped, "export-unmapped", Severity::warning,
                         "Part of a flow the export's format cannot hold as it is; it is written "
                         "as near as the format allows."},
    DiagnosticDescriptor{DiagCode::po_syntax, "po-syntax", Severity::error,
                         "A translation (.po) file that does not parse as gettext PO."},
    DiagnosticDescriptor{
        DiagCode::translation_placeholders, "translation-placeholders", Severity::error,
        "A translation whose {placeholders} do not parse or name other variables than the source."},
    DiagnosticDescriptor{
        DiagCode::translation_missing, "translation-missing", Severity::warning,
        "A string of the flow with no translation (or only a fuzzy one) in a .po file."},
    DiagnosticDescriptor{
        DiagCode::translation_stale, "translation-stale", Severity::warning,
        "A translation of words the flow no longer has (the source changed or went)."},
};

} // namespace

std::span<const DiagnosticDescriptor> diagnostic_table() {
    return kTable;
}

const DiagnosticDescriptor& describe(DiagCode code) {
    auto it = std::find_if(kTable.begin(), kTable.end(),
                           [code](const DiagnosticDescriptor& d) { return d.code == code; });
    assert(it != kTable.end() && "every DiagCode needs a row in kTable");
    return *it;
}

std::string code_label(DiagCode code) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "HF%04d", static_cast<int>(code));
    return buffer;
}

Diagnostic make_diagnostic(DiagCode code, std::string message, SourceRange range) {
    return Diagnostic{code, describe(code).severity, std::move(message), range};
}

std::string format_diagnostic(std::string_view path, const Diagnostic& d) {
    std::string out(d.file.empty() ? path : std::string_view(d.file));
    if (d.range.begin.known()) {
        out += ':' + std::to_string(d.range.begin.line) + ':' +
               std::to_string(std::max<std::uint32_t>(d.range.begin.column, 1));
    }
    out += d.severity == Severity::error ? ": error: " : ": warning: ";
    for (char c : d.message) { // one diagnostic, one line: show control characters escaped
        if (c == '\n')
            out += "\\n";
        else if (c == '\t')
            out += ' ';
        else if (static_cast<unsigned char>(c) < 0x20)
            out += '?';
        else
            out += c;
    }
    out += " [" + code_label(d.code) + ']';
    return out;
}

bool has_errors(const std::vector<Diagnostic>& diagnostics) {
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::error; });
}

} // namespace heartflow

// Diagnostics: every author or data error the engine reports, with a stable code from one table.
#pragma once

#include "heartflow/source_range.h"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace heartflow {

/// How serious a diagnostic is. Errors stop a flow from loading or running; warnings do not.
enum class Severity { warning, error };

/// Every diagnostic the engine can report. The numeric values are the stable codes (HF0xxx)
/// shown to authors and listed in docs/flow-format.md; never renumber, only append.
enum class DiagCode {
    // Reading and parsing (1xx)
    file_unreadable = 101,
    input_too_large = 102,
    invalid_encoding = 103,
    nesting_too_deep = 104,
    toml_syntax = 105,
    too_many_nodes = 106,
    // Shape of the document (2xx)
    not_a_flow = 201,
    missing_key = 202,
    wrong_type = 203,
    unknown_key = 204,
    bad_kind = 205,
    bad_id = 206,
    bad_value = 207,
    unsupported_format = 208,
    bad_help_line = 209,
    needs_format_2 = 210,
    // Graph (3xx)
    missing_start = 301,
    unknown_target = 302,
    duplicate_id = 303,
    no_way_out = 304,
    next_and_choices = 305,
    ending_with_exits = 306,
    trap = 307,
    unreachable = 308,
    duplicate_label = 309,
    unknown_help = 310,
    all_choices_conditional = 311,
    route_without_fallback = 312,
    misplaced_fallback = 313,
    route_loop = 314,
    missing_flow = 320,
    unknown_flow_step = 321,
    detour_cycle = 322,
    // Node fields (4xx)
    bad_pattern = 401,
    bad_rounds = 402,
    misplaced_field = 403,
    bad_scale = 404,
    bad_options = 405,
    bad_into = 406,
    bad_check_in = 407,
    // Expressions and variables (5xx)
    expr_syntax = 501,
    unknown_variable = 502,
    type_mismatch = 503,
    duplicate_variable = 504,
    expr_too_complex = 505,
    unknown_step = 506,
    unknown_item = 507,
    // Tests (6xx)
    bad_test = 601,
    // Imports from other formats (7xx)
    import_syntax = 701,
    import_unmapped = 702,
    import_unsupported = 703,
    export_unmapped = 704,
    // Translations: PO files beside a flow (8xx)
    po_syntax = 801,
    translation_placeholders = 802,
    translation_missing = 803,
    translation_stale = 804,
};

/// One row of the diagnostic table: code, short name, default severity, one-line summary.
struct DiagnosticDescriptor {
    DiagCode code;            ///< The stable code.
    std::string_view name;    ///< Short kebab-case name, e.g. "unknown-target".
    Severity severity;        ///< Default severity.
    std::string_view summary; ///< What the code means, for docs and `heartflow help codes`.
};

/// The whole table of diagnostic descriptors, in code order.
[[nodiscard]] std::span<const DiagnosticDescriptor> diagnostic_table();

/// The descriptor of one code (every DiagCode has exactly one).
[[nodiscard]] const DiagnosticDescriptor& describe(DiagCode code);

/// The printed code of a diagnostic, e.g. "HF0302".
[[nodiscard]] std::string code_label(DiagCode code);

/// A located message about a flow file.
struct Diagnostic {
    DiagCode code;         ///< What kind of problem this is.
    Severity severity;     ///< Error or warning.
    std::string message;   ///< Human sentence, without location or code.
    SourceRange range;     ///< Where it is; begin.line == 0 when it concerns the whole file.
    std::string file = {}; ///< The file it is in when that is another flow the checked one opens.
};

/// Makes a diagnostic with the code's default severity.
[[nodiscard]] Diagnostic make_diagnostic(DiagCode code, std::string message, SourceRange range);

/// Formats as compilers do: "path:line:col: error: message [HF0302]" (line:col omitted if unknown;
/// the diagnostic's own `file` instead of `path` when it has one).
[[nodiscard]] std::string format_diagnostic(std::string_view path, const Diagnostic& d);

/// True when any diagnostic in the list is an error.
[[nodiscard]] bool has_errors(const std::vector<Diagnostic>& diagnostics);

} // namespace heartflow

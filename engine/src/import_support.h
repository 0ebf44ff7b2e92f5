// What the three importers share: they read their format into an ImportGraph, and this turns it
// into a flow (ids, kinds, next or choices, escaping) and validates it, so every diagnostic,
// the validator's too, points into the imported file.
#pragma once

#include "heartflow/import.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace heartflow::interop {

/// A step as read from another format.
struct ImportNode {
    std::string key;                          ///< Its name in the source (becomes the id).
    std::string title;                        ///< Short label ("" means: from the text).
    std::string text;                         ///< What the person reads, as plain text.
    std::optional<NodeKind> kind;             ///< A kind the source named, if any.
    std::optional<std::array<double, 2>> pos; ///< A position the source gave, if any.
    SourceRange range;                        ///< Where the source defines it.
};

/// A link between two steps, by index into ImportGraph::nodes.
struct ImportEdge {
    std::size_t from = 0;             ///< Where it leaves.
    std::size_t to = 0;               ///< Where it leads.
    std::optional<std::string> label; ///< The choice label, if the source gave one.
    SourceRange range;                ///< Where the source writes it.
};

/// A format read, before it becomes a flow.
struct ImportGraph {
    std::string title;                   ///< The flow's title ("" means: from the name).
    std::vector<ImportNode> nodes;       ///< In source order.
    std::vector<ImportEdge> edges;       ///< In source order (each node's choices keep it).
    std::optional<std::size_t> start;    ///< The start node (default: the first).
    std::vector<Diagnostic> diagnostics; ///< What reading said so far.
};

/// Turns a read graph into a flow and validates it. `name` gives the flow id (and the title
/// when the graph has none). Returns no flow when reading found errors or no nodes.
[[nodiscard]] ImportResult build_imported_flow(ImportGraph graph, std::string_view name);

/// A located import diagnostic at a 1-based line and column.
[[nodiscard]] Diagnostic import_diagnostic(DiagCode code, std::string message, SourcePos at);

} // namespace heartflow::interop

// The loader: the only code that parses flow TOML. Never throws across its API.
#pragma once

#include "heartflow/diagnostic.h"
#include "heartflow/flow.h"
#include "heartflow/program.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace heartflow {

/// Largest flow file accepted, in bytes (the 50,000-node benchmark flow is about 10 MB).
inline constexpr std::size_t kMaxFlowFileBytes = 64u * 1024 * 1024;
/// Most [[node]] tables accepted in one flow.
inline constexpr std::size_t kMaxFlowNodes = 200000;

/// What loading a file gave: the flow when its shape was readable, and every diagnostic.
struct ParseResult {
    std::optional<Flow> flow;            ///< Present when the TOML parsed and had a [flow] table.
    std::vector<Diagnostic> diagnostics; ///< Errors and warnings, in file order.
    std::size_t pieces = 0;              ///< Node pieces a big file was parsed in (0: one piece).
};

/// Reads a flow from TOML text. `text` need not be NUL-terminated; it is guarded against hostile
/// input (size, encoding, nesting) before the TOML parser sees it.
[[nodiscard]] ParseResult parse_flow(std::string_view text);

/// Reads the bytes of a file; on failure returns a file_unreadable or input_too_large diagnostic.
[[nodiscard]] std::variant<std::string, Diagnostic>
read_flow_bytes(const std::filesystem::path& path);

/// Most other flows one flow may open, directly or through the flows it opens.
inline constexpr std::size_t kMaxOpenedFlows = 64;

/// Another flow file that a flow opens (a detour or handover), as read from disk.
struct OpenedFlow {
    std::string name; ///< Its path relative to the first flow's folder, as `flow` keys resolve.
    std::filesystem::path path;          ///< Where it is read from.
    std::shared_ptr<const Flow> flow;    ///< The flow, when its shape was readable.
    std::vector<Diagnostic> diagnostics; ///< What reading it said, each with `file` set.
};

/// The flows a flow opens, directly or through the flows it opens, each read once.
struct OpenedFlows {
    std::filesystem::path folder;  ///< The first flow's folder (the names are relative to it).
    std::string first_name;        ///< The first flow's own file name, so a flow can name it.
    std::vector<OpenedFlow> flows; ///< Every other flow reached, in the order first met.

    /// The name a `flow` key written in the flow named `from` resolves to ("sub/x.toml").
    [[nodiscard]] static std::string resolve(std::string_view from, std::string_view written);
    /// The opened flow with this name, or nullptr (also for the first flow's own name).
    [[nodiscard]] const OpenedFlow* find(std::string_view name) const;
};

/// Reads every flow that `flow`, saved as `path`, opens, and those they open (at most
/// kMaxOpenedFlows); a file that cannot be read is kept with its diagnostic and no flow.
[[nodiscard]] OpenedFlows read_opened_flows(const Flow& flow, const std::filesystem::path& path);

/// A flow loaded and validated: the program exists only when there are no errors.
struct LoadedFlow {
    std::shared_ptr<const Flow> flow;       ///< The flow, when its shape was readable.
    std::shared_ptr<const Program> program; ///< The runnable program, when there are no errors.
    std::vector<Diagnostic> diagnostics;    ///< Everything the loader and validator said, by line.

    /// True when the flow can be run (no errors).
    [[nodiscard]] bool ok() const { return program != nullptr; }
};

/// Parses and validates TOML text; a flow that opens others finds them beside `path` when it
/// is given (the file the text is, or will be, saved as).
[[nodiscard]] LoadedFlow load_flow_text(std::string_view text,
                                        const std::filesystem::path& path = {});

/// Reads, parses and validates a file, together with the flows it opens.
[[nodiscard]] LoadedFlow load_flow_file(const std::filesystem::path& path);

} // namespace heartflow

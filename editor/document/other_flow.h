// The other flow a detour or handover opens, as the inspector offers it: the flow files beside
// the one being edited, and a chosen one's title and steps. Engine only, tested without a window.
#pragma once

#include "heartflow/flow.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace heartflow::editor {

/// The flow files (`*.toml`) in the folder of `file`, other than `file` itself, by name; empty
/// when `file` is empty (an unsaved flow has no folder yet).
[[nodiscard]] std::vector<std::string> sibling_flow_files(const std::filesystem::path& file);

/// Another flow as a detour's inspector shows it.
struct OtherFlow {
    std::filesystem::path path;                        ///< Where it is read from.
    std::string title;                                 ///< Its [flow] title ("" if unread).
    NodeId start;                                      ///< Its start step.
    std::vector<std::pair<NodeId, std::string>> steps; ///< Each step's id and title, in order.
    std::string problem; ///< Why it cannot be opened, in plain words ("" when it can).
};

/// Reads the flow that `written` (a detour's `flow`) names, relative to the folder of `file`.
[[nodiscard]] OtherFlow read_other_flow(const std::filesystem::path& file,
                                        std::string_view written);

/// Why `at` cannot be entered in `other`, in plain words ("" when it can, or `at` is empty).
[[nodiscard]] std::string step_problem(const OtherFlow& other, std::string_view at);

} // namespace heartflow::editor

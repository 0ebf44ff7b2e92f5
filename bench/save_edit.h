// The lossless save's cost (issue 14): saving a flow after a one-node edit, through the same
// path as the editor (update_flow_text, then the re-parse check and the atomic write), and the
// memory that keeping the file's text costs.
#pragma once

#include <filesystem>
#include <vector>

namespace heartflow::bench {

/// Prints a Markdown table: for each file, its size, the time to make the edited text, the time
/// of the whole checked save, and the text kept beside the flow (its size again). `runs` >= 1.
void print_save_after_edit(const std::vector<std::filesystem::path>& files, int runs,
                           const std::filesystem::path& work);

} // namespace heartflow::bench

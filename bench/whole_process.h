// `heartflow check` as a whole process against a bare toml++ parse of the same file as a whole
// process (heartflow-bare-parse), process start included: issue 20's "instant commands".
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace heartflow::bench {

/// Prints a Markdown table: for each file, the medians of `runs` paired whole-process runs of
/// `heartflow check FILE` and `bare_parse FILE` (CPU and wall time), and the median of the
/// per-pair CPU ratios.
void print_check_against_bare_parse(const std::vector<std::filesystem::path>& files,
                                    const std::string& heartflow, const std::string& bare_parse,
                                    int runs);

} // namespace heartflow::bench

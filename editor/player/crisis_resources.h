// Local crisis resources, supplied by the person or their therapist (never hard-coded): the
// lines of $XDG_CONFIG_HOME/heartflow/crisis-resources.txt, shown on the flow's help node.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace heartflow::gui {

/// The file name of the crisis resources file inside the config folder.
inline constexpr const char* kCrisisResourcesFile = "crisis-resources.txt";

/// The resources to show: each non-empty line that does not start with '#', trimmed, in order.
/// Empty when the file is missing or unreadable.
[[nodiscard]] std::vector<std::string> load_crisis_resources(const std::filesystem::path& file);

} // namespace heartflow::gui

// Saving what was just drawn as a PNG (for tests and for looking at the player).
#pragma once

#include <string>

namespace heartflow::app {

/// Reads the back buffer (`width` x `height` pixels) and writes it to `path` as a PNG. Returns
/// "" on success, else why not. Precondition: called after drawing and before swapping.
[[nodiscard]] std::string save_screenshot(const std::string& path, int width, int height);

} // namespace heartflow::app

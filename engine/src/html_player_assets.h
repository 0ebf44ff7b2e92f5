// The HTML player's script and style, embedded at build time from engine/src/html_player/.
#pragma once

#include <string_view>

namespace heartflow::html_player {

/// The player's JavaScript (reads the flow from the "flow-data" script element).
extern const std::string_view kScript;
/// The player's CSS.
extern const std::string_view kStyle;

} // namespace heartflow::html_player

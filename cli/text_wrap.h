// Word wrapping for terminal output.
#pragma once

#include <string>
#include <string_view>

namespace heartflow::cli {

/// Wraps `text` at `width` columns (counting UTF-8 code points), keeping its own line breaks;
/// each output line starts with `indent`.
[[nodiscard]] std::string wrap_text(std::string_view text, std::size_t width,
                                    std::string_view indent = "");

} // namespace heartflow::cli

// Text cut to a width in pixels at a whole character, with "..." when cut, so a label that does
// not fit is shortened rather than clipped through a glyph. Allocation-free: a frame of a big
// flow makes no garbage.
#pragma once

#include <imgui.h>

#include <array>
#include <cstddef>
#include <string_view>

namespace heartflow::editor {

/// Room for any fitted text: the longest excerpt drawn and "…".
using FitBuffer = std::array<char, 160>;

/// `text` on one line (breaks and tabs as spaces), shortened to at most `width` pixels in `font`
/// at `size` pixels: whole UTF-8 characters, trailing spaces dropped, "…" appended when cut.
/// Empty when not even one character and the dots fit. Points into `buffer`.
[[nodiscard]] std::string_view fit_text(std::string_view text, ImFont* font, float size,
                                        float width, FitBuffer& buffer);

/// Longest excerpt, in bytes (a title, a node's text, a port row, a link label).
inline constexpr std::size_t kMaxExcerpt = 150;

/// Room for any excerpt: kMaxExcerpt bytes, a UTF-8 character and "…".
using ExcerptBuffer = std::array<char, kMaxExcerpt + 8>;

/// `text` cut for drawing without allocating: at most `max` bytes (never inside a UTF-8
/// character), line breaks and tabs as spaces, "…" when cut. Points into `buffer`.
[[nodiscard]] std::string_view excerpt(std::string_view text, std::size_t max,
                                       ExcerptBuffer& buffer);

} // namespace heartflow::editor

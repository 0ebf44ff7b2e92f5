// The Chinese, Japanese and Korean characters a window's words use, one by one: the CJK font is
// far too large to build whole, so the app merges just these into its atlas (app/font_loader.h).
// And the one sentence every window shows when they are needed and the font is missing.
#pragma once

#include "heartflow/program.h"

#include <imgui.h>

#include <set>
#include <string>
#include <string_view>

namespace heartflow::kit {

/// The sentence a window shows when CJK text is to be drawn and Noto Sans CJK is missing (the
/// player's notice line, the presenter console, standard error).
inline constexpr const char* kNoCjkFontNotice =
    "Chinese, Japanese and Korean characters need the Noto CJK fonts: install fonts-noto-cjk";

/// True for a code point of Chinese, Japanese or Korean text (ideographs, kana, hangul, their
/// punctuation and full-width forms), which only the CJK font draws.
[[nodiscard]] bool is_cjk(ImWchar code_point);

/// Adds the CJK code points of the UTF-8 `text` to `out`.
void add_cjk_glyphs(std::string_view text, std::set<ImWchar>& out);

/// The CJK characters of every string a person reads in `program` (its own flow's and those of
/// the flows it opens, in the language it was loaded in).
[[nodiscard]] std::set<ImWchar> cjk_glyphs_of(const Program& program);

/// The CJK characters of a file's bytes; none when it cannot be read.
[[nodiscard]] std::set<ImWchar> cjk_glyphs_of_file(const std::string& file);

/// A file's bytes; "" when it cannot be read.
[[nodiscard]] std::string file_bytes(const std::string& file);

} // namespace heartflow::kit

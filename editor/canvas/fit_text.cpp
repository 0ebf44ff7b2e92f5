// Shortening text to a pixel width at a character boundary, in one pass over the characters.
#include "canvas/fit_text.h"

#include <imgui_internal.h>

#include <algorithm>

namespace heartflow::editor {

std::string_view fit_text(std::string_view text, ImFont* font, float size, float width,
                          FitBuffer& buffer) {
    constexpr std::string_view kDots = "...";
    const float scale = size / font->FontSize;
    const float dots = font->GetCharAdvance('.') * scale * 3.0f;
    const std::size_t room = buffer.size() - kDots.size();
    std::size_t n = 0, keep = 0; // bytes copied; bytes kept should the text be cut
    float used = 0.0f;
    const char* at = text.data();
    const char* end = text.data() + text.size();
    while (at < end) {
        unsigned int c = 0;
        const int len = ImTextCharFromUtf8(&c, at, end);
        const bool blank = c == '\n' || c == '\r' || c == '\t' || c == ' ';
        used += font->GetCharAdvance(static_cast<ImWchar>(blank ? ' ' : c)) * scale;
        if (used > width || n + static_cast<std::size_t>(len) > room) break;
        for (int k = 0; k < len; ++k)
            buffer[n++] = blank ? ' ' : at[k];
        at += len;
        if (used + dots <= width && !blank) keep = n;
    }
    if (at >= end) return {buffer.data(), n};
    if (keep == 0) return {};
    std::copy(kDots.begin(), kDots.end(), buffer.begin() + static_cast<std::ptrdiff_t>(keep));
    return {buffer.data(), keep + kDots.size()};
}

} // namespace heartflow::editor

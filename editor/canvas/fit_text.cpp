// Shortening text to a pixel width at a character boundary, in one pass over the characters,
// and to a number of bytes.
#include "canvas/fit_text.h"

#include <imgui_internal.h>

#include <algorithm>

namespace heartflow::editor {

namespace {
constexpr std::string_view kDots = "\xe2\x80\xa6"; // U+2026, in the atlas's basic ranges
constexpr ImWchar kEllipsisCodePoint = 0x2026;
} // namespace

std::string_view fit_text(std::string_view text, ImFont* font, float size, float width,
                          FitBuffer& buffer) {
    const float scale = size / font->FontSize;
    const float dots = font->GetCharAdvance(kEllipsisCodePoint) * scale;
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

std::string_view excerpt(std::string_view text, std::size_t max, ExcerptBuffer& buffer) {
    std::size_t n = std::min({text.size(), max, kMaxExcerpt});
    if (n < text.size())
        while (n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80)
            --n;
    std::size_t out = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const char c = text[i];
        buffer[out++] = c == '\n' || c == '\r' || c == '\t' ? ' ' : c;
    }
    if (n < text.size())
        for (char c : kDots)
            buffer[out++] = c;
    return {buffer.data(), out};
}

} // namespace heartflow::editor

// Font sizes from the comfort text scale and the monitor's content scale; the scripts a text
// needs.
#include "kit/fonts.h"

#include <cmath>
#include <cstdint>

namespace heartflow::kit {

namespace {

struct ScriptRange {
    ImWchar first;
    ImWchar last;
    unsigned script;
};

// What Inter and Noto Sans cover, by script, in code point order.
constexpr ScriptRange kRanges[] = {
    {0x0020, 0x00FF, kScriptsBasic},        {0x0100, 0x024F, kScriptLatinExtended},
    {0x0370, 0x03FF, kScriptGreek},         {0x0400, 0x052F, kScriptCyrillic},
    {0x1E00, 0x1EFF, kScriptLatinExtended}, {0x2010, 0x205E, kScriptsBasic},
    {0x20A0, 0x20C0, kScriptsBasic},        {0x2190, 0x2193, kScriptsBasic},
};

} // namespace

FontSizes font_sizes_for(float text_scale, float content_scale) {
    // Interface text grows half as fast as reading text so the bars still fit at 2x.
    float ui_scale = 1.0f + (text_scale - 1.0f) * 0.5f;
    auto px = [&](float base, float scale) { return std::round(base * scale * content_scale); };
    return FontSizes{px(26.0f, text_scale), px(34.0f, text_scale), px(20.0f, ui_scale),
                     px(17.0f, ui_scale)};
}

unsigned script_of(ImWchar code_point) {
    for (const ScriptRange& r : kRanges)
        if (code_point >= r.first && code_point <= r.last) return r.script;
    return kScriptsBasic;
}

unsigned scripts_in_text(std::string_view text) {
    unsigned scripts = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto lead = static_cast<std::uint8_t>(text[i]);
        // Every covered script lies below U+2200, so two- and three-byte sequences are enough;
        // their continuation bytes are skipped by the loop (they are 0x80 to 0xBF).
        if (lead < 0xC2 || lead > 0xEF || i + 1 >= text.size()) continue;
        const auto second = static_cast<std::uint8_t>(text[i + 1]) & 0x3Fu;
        if (lead < 0xE0) {
            scripts |= script_of(static_cast<ImWchar>(((lead & 0x1Fu) << 6) | second));
        } else if (i + 2 < text.size()) {
            const auto third = static_cast<std::uint8_t>(text[i + 2]) & 0x3Fu;
            scripts |=
                script_of(static_cast<ImWchar>(((lead & 0x0Fu) << 12) | (second << 6) | third));
        }
    }
    return scripts;
}

std::vector<ImWchar> glyph_ranges(unsigned scripts) {
    std::vector<ImWchar> ranges;
    for (const ScriptRange& r : kRanges) {
        if (r.script != kScriptsBasic && (scripts & r.script) == 0) continue;
        ranges.push_back(r.first);
        ranges.push_back(r.last);
    }
    ranges.push_back(0);
    return ranges;
}

} // namespace heartflow::kit

// Finding the CJK characters in UTF-8 text, a loaded program and a file.
#include "kit/cjk_glyphs.h"

#include "heartflow/translation.h"

#include <fstream>
#include <iterator>

namespace heartflow::kit {

namespace {

// The CJK blocks: jamo, CJK punctuation to Hangul compatibility jamo, kanbun to enclosed and
// compatibility CJK, extension A, unified ideographs, hangul syllables, compatibility ideographs,
// half- and full-width forms.
constexpr ImWchar kCjkBlocks[][2] = {{0x1100, 0x11FF}, {0x3000, 0x318F}, {0x3190, 0x33FF},
                                     {0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xAC00, 0xD7AF},
                                     {0xF900, 0xFAFF}, {0xFF00, 0xFFEF}};

} // namespace

bool is_cjk(ImWchar code_point) {
    for (const auto& block : kCjkBlocks)
        if (code_point >= block[0] && code_point <= block[1]) return true;
    return false;
}

void add_cjk_glyphs(std::string_view text, std::set<ImWchar>& out) {
    // Every CJK block lies in U+1100..U+FFEF: three-byte UTF-8 sequences.
    for (std::size_t i = 0; i + 2 < text.size(); ++i) {
        const auto lead = static_cast<unsigned char>(text[i]);
        const auto second = static_cast<unsigned char>(text[i + 1]);
        const auto third = static_cast<unsigned char>(text[i + 2]);
        if ((lead & 0xF0u) != 0xE0u || (second & 0xC0u) != 0x80u || (third & 0xC0u) != 0x80u)
            continue;
        const auto code_point = static_cast<ImWchar>(((lead & 0x0Fu) << 12) |
                                                     ((second & 0x3Fu) << 6) | (third & 0x3Fu));
        if (is_cjk(code_point)) out.insert(code_point);
        i += 2;
    }
}

std::set<ImWchar> cjk_glyphs_of(const Program& program) {
    std::set<ImWchar> cjk;
    for (const FlowPart& part : program.parts)
        for (const FlowString& s : flow_strings(*part.flow))
            add_cjk_glyphs(s.text, cjk);
    return cjk;
}

std::set<ImWchar> cjk_glyphs_of_file(const std::string& file) {
    std::set<ImWchar> cjk;
    add_cjk_glyphs(file_bytes(file), cjk);
    return cjk;
}

std::string file_bytes(const std::string& file) {
    std::ifstream in(file, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

} // namespace heartflow::kit

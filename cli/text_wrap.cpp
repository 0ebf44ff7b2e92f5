// Word wrapping for terminal output.
#include "text_wrap.h"

namespace heartflow::cli {

namespace {
std::size_t columns(std::string_view s) {
    std::size_t n = 0;
    for (unsigned char c : s)
        n += (c & 0xC0) != 0x80;
    return n;
}
} // namespace

std::string wrap_text(std::string_view text, std::size_t width, std::string_view indent) {
    std::string out;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        std::string_view paragraph = text.substr(
            start, end == std::string_view::npos ? std::string_view::npos : end - start);
        std::string line(indent);
        std::size_t used = 0;
        std::size_t at = 0;
        while (at < paragraph.size()) {
            std::size_t space = paragraph.find(' ', at);
            std::string_view word = paragraph.substr(
                at, space == std::string_view::npos ? std::string_view::npos : space - at);
            at = space == std::string_view::npos ? paragraph.size() : space + 1;
            if (word.empty()) continue;
            if (used > 0 && used + 1 + columns(word) > width) {
                out += line + '\n';
                line = std::string(indent);
                used = 0;
            }
            if (used > 0) {
                line += ' ';
                ++used;
            }
            line += word;
            used += columns(word);
        }
        out += line + '\n';
        if (end == std::string_view::npos) break;
        start = end + 1;
    }
    return out;
}

} // namespace heartflow::cli

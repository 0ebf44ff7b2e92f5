// Text helpers shared by the exporters and importers.
#include "interop_text.h"

#include <array>
#include <cstdio>
#include <utility>

namespace heartflow::interop {

std::string xml_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 && c != '\n' && c != '\t' && c != '\r') continue; // XML 1.0 forbids them
        if (byte == 0xEF && i + 2 < text.size() &&
            static_cast<unsigned char>(text[i + 1]) == 0xBF &&
            (static_cast<unsigned char>(text[i + 2]) & 0xFE) == 0xBE) { // nor U+FFFE, U+FFFF
            i += 2;
            continue;
        }
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string json_string(std::string_view text) {
    std::string out = "\"";
    out.reserve(text.size() + 2);
    for (std::size_t i = 0; i < text.size(); ++i) {
        auto c = static_cast<unsigned char>(text[i]);
        // U+2028 and U+2029 (E2 80 A8 / E2 80 A9) end lines in older JavaScript.
        if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
            (static_cast<unsigned char>(text[i + 2]) & 0xFE) == 0xA8) {
            out += static_cast<unsigned char>(text[i + 2]) == 0xA8 ? "\\u2028" : "\\u2029";
            i += 2;
            continue;
        }
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '<':
            out += "\\u003c";
            break;
        case '>':
            out += "\\u003e";
            break;
        case '&':
            out += "\\u0026";
            break;
        default:
            if (c < 0x20) {
                char buffer[8];
                std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
                out += buffer;
            } else {
                out += static_cast<char>(c);
            }
        }
    }
    return out + '"';
}

void append_utf8(std::string& out, std::uint32_t cp) {
    if ((cp >= 0xD800 && cp < 0xE000) || cp > 0x10FFFF) cp = 0xFFFD;
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::vector<std::string> split_lines(std::string_view text) {
    std::vector<std::string> lines;
    std::size_t at = 0;
    while (true) {
        std::size_t end = text.find('\n', at);
        std::string_view line =
            text.substr(at, end == std::string_view::npos ? text.npos : end - at);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        lines.emplace_back(line);
        if (end == std::string_view::npos) break;
        at = end + 1;
    }
    return lines;
}

std::string trim(std::string_view text) {
    const char* blanks = " \t\r\n";
    std::size_t first = text.find_first_not_of(blanks);
    if (first == std::string_view::npos) return {};
    std::size_t last = text.find_last_not_of(blanks);
    return std::string(text.substr(first, last - first + 1));
}

std::size_t code_points(std::string_view text) {
    std::size_t n = 0;
    for (char c : text)
        n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

namespace {
// The first `count` code points of `text`.
std::string_view first_code_points(std::string_view text, std::size_t count) {
    std::size_t i = 0;
    for (std::size_t seen = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && seen++ == count) break;
    }
    return text.substr(0, i);
}
} // namespace

std::vector<std::string> wrap_words(std::string_view text, std::size_t width,
                                    std::size_t max_lines) {
    std::vector<std::string> lines;
    std::string line;
    std::string flat = trim(text);
    for (char& c : flat)
        if (c == '\n' || c == '\t' || c == '\r') c = ' ';
    std::string_view rest = flat;
    bool truncated = false;
    while (!rest.empty()) {
        std::size_t space = rest.find(' ');
        std::string_view word = rest.substr(0, space);
        rest = space == std::string_view::npos ? std::string_view{} : rest.substr(space + 1);
        if (word.empty()) continue;
        while (code_points(word) > width) { // a word longer than a line is cut
            if (!line.empty()) lines.push_back(std::exchange(line, {}));
            std::string_view head = first_code_points(word, width);
            lines.emplace_back(head);
            word.remove_prefix(head.size());
        }
        if (!line.empty() && code_points(line) + 1 + code_points(word) > width)
            lines.push_back(std::exchange(line, {}));
        line += (line.empty() ? "" : " ") + std::string(word);
    }
    if (!line.empty()) lines.push_back(line);
    if (lines.size() > max_lines) {
        lines.resize(max_lines);
        truncated = true;
    }
    if (truncated) {
        std::string& last = lines.back();
        if (code_points(last) + 1 > width) last = std::string(first_code_points(last, width - 1));
        last += "\u2026";
    }
    return lines;
}

NameAllocator::NameAllocator(std::set<std::string> reserved) : reserved_(std::move(reserved)) {}

std::string NameAllocator::take(std::string_view wanted, std::string_view prefix) {
    std::string base(prefix);
    for (char c : wanted) {
        bool ok =
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        base += ok ? c : '_';
    }
    if (base.empty() || (base[0] >= '0' && base[0] <= '9')) base.insert(0, "_");
    std::string name = base;
    for (int n = 2; reserved_.count(name) || taken_.count(name); ++n)
        name = base + "_" + std::to_string(n);
    taken_.insert(name);
    return name;
}

namespace {
// Calm, print-friendly fills; each kind also differs by shape on the charts.
constexpr std::array<KindStyle, 11> kKindStyles = {{
    {"#e3ecf7", "#46688f", "question", "5"},
    {"#eef1e6", "#66704a", "prompt", "4"},
    {"#f6ecdf", "#8a6437", "reflection", "2"},
    {"#f3e4ea", "#8a4a62", "body check", "1"},
    {"#e2f1ef", "#3f7a72", "breathing", "3"},
    {"#ebe6f3", "#5e4d86", "ending", "6"},
    {"#eceef1", "#5b6472", "route", "5"},
    {"#fdf3d8", "#8a6d1f", "detour", "4"},
    {"#fde7d8", "#8a4f1f", "handover", "4"},
    {"#e6f0f8", "#3a6a8a", "scale", "5"},
    {"#f1eaf6", "#6a4a8a", "pick all that fit", "2"},
}};
static_assert(kKindStyles.size() == static_cast<std::size_t>(NodeKind::pick) + 1);
} // namespace

namespace {
// "scale 0 to 10, calm to overwhelmed".
std::string scale_words(const Node& node) {
    std::string out =
        "scale " + std::to_string(node.rating_min()) + " to " + std::to_string(node.rating_max());
    if (!node.low.empty() || !node.high.empty())
        out += ", " + (node.low.empty() ? std::string("low") : node.low) + " to " +
               (node.high.empty() ? std::string("high") : node.high);
    return out;
}
} // namespace

const KindStyle& kind_style(NodeKind kind) {
    return kKindStyles[static_cast<std::size_t>(kind)];
}

std::string kind_words(const Node& node) {
    if (node.kind == NodeKind::detour) return "detour into " + node.flow;
    if (node.kind == NodeKind::handover) return "goes on in " + node.flow;
    if (node.kind == NodeKind::scale) return scale_words(node);
    if (node.kind == NodeKind::pick)
        return "pick all that fit: " + std::to_string(node.options.size()) + " options";
    return kind_style(node.kind).label;
}

std::optional<NodeKind> kind_of_canvas_color(std::string_view color) {
    for (NodeKind kind : kAllKinds)
        if (color == kind_style(kind).canvas_color) return kind;
    return std::nullopt;
}

} // namespace heartflow::interop

// Flag helpers shared by the windowed subcommands.
#include "kit/window_flags.h"

#include "kit/comfort_settings.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace heartflow::kit {

std::optional<float> parse_text_scale(const std::string& text) {
    char* end = nullptr;
    float v = std::strtof(text.c_str(), &end);
    if (end == text.c_str() || *end != '\0' || !std::isfinite(v) || v < kMinTextScale ||
        v > kMaxTextScale)
        return std::nullopt;
    return v;
}

bool parse_window_size(const std::string& text, int& width, int& height) {
    int w = 0, h = 0;
    char extra = 0;
    if (std::sscanf(text.c_str(), "%dx%d%c", &w, &h, &extra) != 2) return false;
    if (w < 640 || h < 480 || w > 8192 || h > 8192) return false;
    width = w;
    height = h;
    return true;
}

std::vector<std::string> split_flag_values(const std::vector<std::string>& args) {
    std::vector<std::string> split;
    for (const std::string& a : args) {
        auto eq = a.find('=');
        if (a.rfind("--", 0) == 0 && eq != std::string::npos) {
            split.push_back(a.substr(0, eq));
            split.push_back(a.substr(eq + 1));
        } else {
            split.push_back(a);
        }
    }
    return split;
}

} // namespace heartflow::kit

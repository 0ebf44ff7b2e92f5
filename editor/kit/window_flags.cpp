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

std::variant<cli::Arguments, std::string>
parse_window_arguments(const std::string& command, const std::vector<std::string>& args,
                       const std::set<std::string>& boolean_flags,
                       const std::set<std::string>& value_flags) {
    cli::Arguments parsed;
    if (auto error = cli::parse_arguments(args, boolean_flags, value_flags, parsed)) return *error;
    if (!parsed.unknown.empty()) return "unknown option '" + parsed.unknown.front() + "'";
    if (parsed.files.size() > 1)
        return command + " takes one flow file; '" + parsed.files[1] + "' is a second one";
    return parsed;
}

} // namespace heartflow::kit

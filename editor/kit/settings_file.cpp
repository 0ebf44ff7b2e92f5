// Reading `key = value` settings text.
#include "player/settings_file.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>

namespace heartflow::gui {

namespace {

std::string trim(std::string_view s) {
    auto is_space = [](unsigned char c) { return std::isspace(c) != 0; };
    while (!s.empty() && is_space(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && is_space(s.back()))
        s.remove_suffix(1);
    return std::string(s);
}

} // namespace

SettingsText parse_settings_text(std::string_view text) {
    SettingsText out;
    std::size_t number = 0;
    while (!text.empty()) {
        const std::size_t end = std::min(text.find('\n'), text.size());
        const std::string line = trim(text.substr(0, end));
        text.remove_prefix(std::min(end + 1, text.size()));
        ++number;
        if (line.empty() || line[0] == '#') continue;
        const std::size_t eq = line.find('=');
        if (eq == std::string::npos || eq == 0) {
            out.unreadable.push_back(number);
            continue;
        }
        std::string value = trim(std::string_view(line).substr(eq + 1));
        if (value.size() >= 2 && value.front() == '"' && value.back() == '"')
            value = value.substr(1, value.size() - 2);
        out.settings.push_back(
            {number, trim(std::string_view(line).substr(0, eq)), std::move(value)});
    }
    return out;
}

std::optional<std::string> read_settings_file(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace heartflow::gui

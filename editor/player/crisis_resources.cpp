// Reading the crisis resources file.
#include "player/crisis_resources.h"

#include <fstream>

namespace heartflow::gui {

std::vector<std::string> load_crisis_resources(const std::filesystem::path& file) {
    std::vector<std::string> lines;
    std::ifstream in(file);
    for (std::string line; in && std::getline(in, line);) {
        auto first = line.find_first_not_of(" \t\r");
        if (first == std::string::npos || line[first] == '#') continue;
        auto last = line.find_last_not_of(" \t\r");
        lines.push_back(line.substr(first, last - first + 1));
        if (lines.size() >= 40) break;
    }
    return lines;
}

} // namespace heartflow::gui

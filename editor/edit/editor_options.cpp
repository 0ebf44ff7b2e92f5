// Parsing `heartflow edit` flags.
#include "edit/editor_options.h"

#include <cstdio>

namespace heartflow::editor {

std::variant<EditorOptions, std::string> parse_editor_options(const std::vector<std::string>& args) {
    EditorOptions o;
    std::vector<std::string> split; // "--flag=value" as "--flag" "value"
    for (const std::string& a : args) {
        const auto eq = a.find('=');
        if (a.rfind("--", 0) == 0 && eq != std::string::npos) {
            split.push_back(a.substr(0, eq));
            split.push_back(a.substr(eq + 1));
        } else {
            split.push_back(a);
        }
    }
    for (std::size_t i = 0; i < split.size(); ++i) {
        const std::string& a = split[i];
        const bool has_value = i + 1 < split.size();
        if (a == "--screenshot" && has_value) {
            o.screenshot = split[++i];
        } else if (a == "--size" && has_value) {
            int w = 0, h = 0;
            char extra = 0;
            if (std::sscanf(split[++i].c_str(), "%dx%d%c", &w, &h, &extra) != 2 || w < 800 || h < 560 || w > 8192 ||
                h > 8192)
                return "--size takes WIDTHxHEIGHT of at least 800x560, e.g. --size 1360x860";
            o.width = w;
            o.height = h;
        } else if (!a.empty() && a[0] == '-') {
            return "unknown or incomplete option '" + a + "' (see heartflow help edit)";
        } else if (o.flow_file.empty()) {
            o.flow_file = a;
        } else {
            return "edit takes one flow file; '" + a + "' is a second one";
        }
    }
    return o;
}

std::string editor_flags_help() {
    return "  --screenshot FILE.png  draw the editor once, save it as a PNG and exit\n"
           "  --size WxH             window size, e.g. 1360x860\n";
}

} // namespace heartflow::editor

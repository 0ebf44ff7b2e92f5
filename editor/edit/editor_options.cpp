// Parsing `heartflow edit` flags.
#include "edit/editor_options.h"

#include "kit/window_flags.h"

namespace heartflow::editor {

std::variant<EditorOptions, std::string>
parse_editor_options(const std::vector<std::string>& args) {
    EditorOptions o;
    const std::vector<std::string> split = kit::split_flag_values(args);
    for (std::size_t i = 0; i < split.size(); ++i) {
        const std::string& a = split[i];
        const bool has_value = i + 1 < split.size();
        if (a == "--screenshot" && has_value) {
            o.screenshot = split[++i];
        } else if (a == "--size" && has_value) {
            if (!kit::parse_window_size(split[++i], o.width, o.height))
                return "--size takes WIDTHxHEIGHT, e.g. --size 1360x860";
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

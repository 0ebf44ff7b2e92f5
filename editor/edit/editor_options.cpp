// Parsing `heartflow edit` flags.
#include "edit/editor_options.h"

#include "kit/window_flags.h"

namespace heartflow::editor {

std::variant<EditorOptions, std::string>
parse_editor_options(const std::vector<std::string>& args) {
    auto parsed = kit::parse_window_arguments("edit", args, {}, {"--screenshot", "--size"});
    if (auto* error = std::get_if<std::string>(&parsed)) return *error;
    const cli::Arguments& a = std::get<cli::Arguments>(parsed);
    EditorOptions o;
    if (!a.files.empty()) o.flow_file = a.files.front();
    if (auto shot = a.values.find("--screenshot"); shot != a.values.end())
        o.screenshot = shot->second;
    if (auto size = a.values.find("--size");
        size != a.values.end() && !kit::parse_window_size(size->second, o.width, o.height))
        return "--size takes WIDTHxHEIGHT, e.g. --size 1360x860";
    return o;
}

std::string editor_flags_help() {
    return "  --screenshot FILE.png  draw the editor once, save it as a PNG and exit\n"
           "  --size WxH             window size, e.g. 1360x860\n";
}

} // namespace heartflow::editor

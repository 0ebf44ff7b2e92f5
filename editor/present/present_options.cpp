// Parsing `heartflow present` flags.
#include "present/present_options.h"

#include "heartflow/translation_files.h"
#include "kit/window_flags.h"

#include <cstdio>

namespace heartflow::present {

namespace {

bool parse_position(const std::string& text, std::optional<std::pair<int, int>>& out) {
    int x = 0, y = 0;
    char extra = 0;
    if (std::sscanf(text.c_str(), "%d,%d%c", &x, &y, &extra) != 2) return false;
    if (x < -32768 || y < -32768 || x > 32767 || y > 32767) return false;
    out = std::make_pair(x, y);
    return true;
}

bool parse_monitor(const std::string& text, std::optional<int>& out) {
    int n = 0;
    char extra = 0;
    if (std::sscanf(text.c_str(), "%d%c", &n, &extra) != 1 || n < 1 || n > 16) return false;
    out = n;
    return true;
}

// Applies a per-window flag ("size", "position", "monitor") to `w`; an error sentence when the
// value is not one it takes.
std::optional<std::string> window_flag(const std::string& what, const std::string& flag,
                                       const std::string& value, WindowPlacement& w) {
    if (what == "size" && !kit::parse_window_size(value, w.width, w.height))
        return flag + " takes WIDTHxHEIGHT, e.g. " + flag + " 1920x1080";
    if (what == "position" && !parse_position(value, w.position))
        return flag + " takes X,Y on the desktop, e.g. " + flag + " 1920,0";
    if (what == "monitor" && !parse_monitor(value, w.monitor))
        return flag + " takes a monitor number from 1";
    return std::nullopt;
}

// Applies a flag's value to `o`; an error sentence when the value is not one the flag takes.
std::optional<std::string> apply_present_value(const std::string& flag, const std::string& value,
                                               PresentOptions& o) {
    for (auto [prefix, window] :
         {std::pair{"--presenter-", &o.presenter}, std::pair{"--audience-", &o.audience}}) {
        if (flag.rfind(prefix, 0) != 0) continue;
        return window_flag(flag.substr(std::string(prefix).size()), flag, value, *window);
    }
    if (flag == "--screenshot-presenter")
        o.presenter.screenshot = value;
    else if (flag == "--screenshot-audience")
        o.audience.screenshot = value;
    else if (flag == "--show-notes")
        o.show_notes = value;
    else if (flag == "--keys")
        o.keys_file = value;
    else if (flag == "--lang") {
        o.language = value;
        if (!is_language_tag(value)) return "--lang takes a language like el, de or pt_BR";
    } else if (flag == "--chroma-key") {
        o.chroma_key = parse_key_colour(value);
        if (!o.chroma_key) return "--chroma-key takes green, blue, magenta or #RRGGBB";
    } else if (flag == "--text-size") {
        o.text_scale = kit::parse_text_scale(value);
        if (!o.text_scale)
            return "--text-size takes a number from 0.8 to 2.0, e.g. --text-size 1.2";
    } else if (flag == "--theme") {
        o.theme = kit::parse_theme(value);
        if (!o.theme) return "--theme takes light, dark or high-contrast";
    }
    return std::nullopt;
}

} // namespace

std::optional<ImVec4> parse_key_colour(const std::string& text) {
    if (text == "green") return ImVec4(0, 1, 0, 1);
    if (text == "blue") return ImVec4(0, 0, 1, 1);
    if (text == "magenta") return ImVec4(1, 0, 1, 1);
    unsigned rgb = 0;
    char extra = 0;
    if (text.size() != 7 || std::sscanf(text.c_str(), "#%6x%c", &rgb, &extra) != 1)
        return std::nullopt;
    return ImVec4(((rgb >> 16) & 255) / 255.0f, ((rgb >> 8) & 255) / 255.0f, (rgb & 255) / 255.0f,
                  1.0f);
}

std::variant<PresentOptions, std::string>
parse_present_options(const std::vector<std::string>& args) {
    auto parsed = kit::parse_window_arguments(
        "present", args, {"--audience-chart", "--tour", "--reduced-motion", "--print-keys"},
        {"--presenter-size", "--presenter-position", "--presenter-monitor", "--audience-size",
         "--audience-position", "--audience-monitor", "--screenshot-presenter",
         "--screenshot-audience", "--show-notes", "--keys", "--chroma-key", "--text-size",
         "--theme", "--lang"});
    if (auto* error = std::get_if<std::string>(&parsed)) return *error;
    const cli::Arguments& a = std::get<cli::Arguments>(parsed);
    PresentOptions o;
    if (!a.files.empty()) o.flow_file = a.files.front();
    o.audience_chart = a.flags.count("--audience-chart") > 0;
    o.tour = a.flags.count("--tour") > 0;
    o.reduced_motion = a.flags.count("--reduced-motion") > 0;
    o.print_keys = a.flags.count("--print-keys") > 0;
    for (const auto& [flag, value] : a.values)
        if (auto error = apply_present_value(flag, value, o)) return *error;
    if (o.flow_file.empty() && !o.print_keys)
        return "present needs a flow file, e.g. heartflow present flows/heart-of-the-matter.toml";
    return o;
}

std::string present_flags_help() {
    return "  --show-notes FILE            write the show notes here (else in "
           "$XDG_DATA_HOME/heartflow/show-notes)\n"
           "  --tour                       begin with a tour of the flowchart\n"
           "  --audience-chart             show the chart beside the text in the audience window\n"
           "  --chroma-key COLOUR          audience background green, blue, magenta or #RRGGBB, "
           "for OBS\n"
           "  --presenter-size WxH         presenter console size (default 1280x720); likewise "
           "--audience-size\n"
           "  --presenter-position X,Y     where the console opens; likewise --audience-position\n"
           "  --presenter-monitor N        open the console full screen on monitor N; likewise "
           "--audience-monitor\n"
           "  --keys FILE                  key bindings file (else "
           "$XDG_CONFIG_HOME/heartflow/present-keys.toml)\n"
           "  --print-keys                 print the key bindings in effect, as a bindings file, "
           "and exit\n"
           "  --lang LANG                  present the flow's FLOW.LANG.po translation (else the "
           "locale's)\n"
           "  --text-size X                text size for this run, 0.8 to 2.0\n"
           "  --theme NAME                 light, dark or high-contrast for this run\n"
           "  --reduced-motion             no animation for this run\n"
           "  --screenshot-presenter FILE  save the console's last frame as a PNG when the show "
           "ends\n"
           "  --screenshot-audience FILE   save the audience window's last frame likewise\n";
}

} // namespace heartflow::present

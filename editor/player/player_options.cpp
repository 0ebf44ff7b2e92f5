// Parsing `heartflow play` window flags.
#include "player/player_options.h"

#include "kit/window_flags.h"

namespace heartflow::player {

std::variant<PlayerOptions, std::string>
parse_player_options(const std::vector<std::string>& args) {
    PlayerOptions o;
    const std::vector<std::string> split = kit::split_flag_values(args);
    for (std::size_t i = 0; i < split.size(); ++i) {
        const std::string& a = split[i];
        bool has_value = i + 1 < split.size();
        auto value = [&]() -> const std::string& { return split[++i]; };
        if (a == "--reduced-motion")
            o.reduced_motion = true;
        else if (a == "--fresh")
            o.fresh = true;
        else if (a == "--tty")
            continue;
        else if ((a == "--screenshot") && has_value)
            o.screenshot = value();
        else if (a == "--at" && has_value)
            o.start_at = value();
        else if (a == "--text-size" && has_value) {
            o.text_scale = kit::parse_text_scale(value());
            if (!o.text_scale)
                return "--text-size takes a number from 0.8 to 2.0, e.g. --text-size 1.5";
        } else if (a == "--theme" && has_value) {
            o.theme = kit::parse_theme(value());
            if (!o.theme) return "--theme takes light, dark or high-contrast";
        } else if (a == "--size" && has_value) {
            if (!kit::parse_window_size(value(), o.width, o.height))
                return "--size takes WIDTHxHEIGHT, e.g. --size 1200x820";
        } else if (!a.empty() && a[0] == '-') {
            return "unknown or incomplete option '" + a + "' (see heartflow help play)";
        } else if (o.flow_file.empty()) {
            o.flow_file = a;
        } else {
            return "play takes one flow file; '" + a + "' is a second one";
        }
    }
    return o;
}

std::string player_flags_help() {
    return "  --screenshot FILE.png  render the first screen, save it as a PNG and exit\n"
           "  --at NODE              begin at this node instead of the flow's start\n"
           "  --text-size X          text size for this run, 0.8 to 2.0 (Ctrl+plus/minus keeps "
           "one)\n"
           "  --theme NAME           light, dark or high-contrast for this run\n"
           "  --reduced-motion       no animation for this run\n"
           "  --fresh                start at the beginning without offering to continue\n"
           "  --size WxH             window size, e.g. 1200x820\n";
}

} // namespace heartflow::player

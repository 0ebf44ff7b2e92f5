// Parsing `heartflow play` window flags.
#include "player/player_options.h"

#include "kit/window_flags.h"

#include "heartflow/translation_files.h"

namespace heartflow::player {

namespace {

// Applies a flag's value to `o`; an error sentence when the value is not one the flag takes.
std::optional<std::string> apply_player_value(const std::string& flag, const std::string& value,
                                              PlayerOptions& o) {
    if (flag == "--screenshot") {
        o.screenshot = value;
    } else if (flag == "--at") {
        o.start_at = value;
    } else if (flag == "--lang") {
        o.language = value;
        if (!is_language_tag(value)) return "--lang takes a language like el, de or pt_BR";
    } else if (flag == "--text-size") {
        o.text_scale = kit::parse_text_scale(value);
        if (!o.text_scale)
            return "--text-size takes a number from 0.8 to 2.0, e.g. --text-size 1.5";
    } else if (flag == "--theme") {
        o.theme = kit::parse_theme(value);
        if (!o.theme) return "--theme takes light, dark or high-contrast";
    } else if (flag == "--size" && !kit::parse_window_size(value, o.width, o.height)) {
        return "--size takes WIDTHxHEIGHT, e.g. --size 1200x820";
    }
    return std::nullopt;
}

} // namespace

std::variant<PlayerOptions, std::string>
parse_player_options(const std::vector<std::string>& args) {
    // --tty is heartflow's own (the terminal player) and changes nothing in a window.
    auto parsed = kit::parse_window_arguments(
        "play", args, {"--reduced-motion", "--fresh", "--tty"},
        {"--screenshot", "--at", "--text-size", "--theme", "--size", "--lang"});
    if (auto* error = std::get_if<std::string>(&parsed)) return *error;
    const cli::Arguments& a = std::get<cli::Arguments>(parsed);
    PlayerOptions o;
    if (!a.files.empty()) o.flow_file = a.files.front();
    o.reduced_motion = a.flags.count("--reduced-motion") > 0;
    o.fresh = a.flags.count("--fresh") > 0;
    for (const auto& [flag, value] : a.values)
        if (auto error = apply_player_value(flag, value, o)) return *error;
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

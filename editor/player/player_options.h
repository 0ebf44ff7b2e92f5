// The command line of `heartflow play` in a window: the flow file and the window flags.
#pragma once

#include "kit/theme.h"

#include <filesystem>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace heartflow::player {

/// What `heartflow play FILE [flags]` asked for.
struct PlayerOptions {
    std::string flow_file; ///< The flow to play; "" offers a choice of those in flows_dir.
    std::filesystem::path flows_dir;     ///< The installed flows, offered when flow_file is "".
    std::string screenshot;              ///< --screenshot FILE.png: render, save, exit ("" = no).
    std::optional<std::string> start_at; ///< --at NODE: begin at this node instead of the start.
    std::optional<float> text_scale;     ///< --text-size X: this run's text scale (not saved).
    std::optional<kit::Theme> theme;     ///< --theme NAME: this run's theme (not saved).
    bool reduced_motion = false;         ///< --reduced-motion: no animation this run.
    bool fresh = false;                  ///< --fresh: do not offer to continue a saved session.
    int width = 1200;                    ///< --size WxH: window width in screen units.
    int height = 820;                    ///< --size WxH: window height in screen units.
    std::string language; ///< --lang LANG: play FLOW.LANG.po ("" = the person's locale).
};

/// Parses the arguments after `play`; on error returns a sentence saying what is wrong.
[[nodiscard]] std::variant<PlayerOptions, std::string>
parse_player_options(const std::vector<std::string>& args);

/// One line per flag, for `heartflow help play`.
[[nodiscard]] std::string player_flags_help();

} // namespace heartflow::player

// The command line of `heartflow present FILE [flags]`: the flow, the show notes file, where
// and how big each window is, the audience window's look, and screenshots for tests.
#pragma once

#include "kit/theme.h"

#include <imgui.h>

#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace heartflow::present {

/// Where one of the two windows goes.
struct WindowPlacement {
    int width = 1280;                            ///< --*-size WxH: width in screen units.
    int height = 720;                            ///< --*-size WxH: height in screen units.
    std::optional<std::pair<int, int>> position; ///< --*-position X,Y: top-left on the desktop.
    std::optional<int> monitor; ///< --*-monitor N: full screen on monitor N (1-based).
    std::string screenshot;     ///< --screenshot-*: PNG of its last frame ("" = none).
};

/// What `heartflow present FILE [flags]` asked for.
struct PresentOptions {
    std::string flow_file;            ///< The flow to present.
    std::string show_notes;           ///< --show-notes FILE ("" = the default place).
    WindowPlacement presenter;        ///< The host's console.
    WindowPlacement audience;         ///< The window OBS captures.
    std::optional<ImVec4> chroma_key; ///< --chroma-key COLOUR: the audience background.
    bool audience_chart = false;      ///< --audience-chart: the chart beside the text.
    bool tour = false;                ///< --tour: begin with a tour of the flowchart.
    std::string keys_file;            ///< --keys FILE ("" = the config folder's).
    std::string language;             ///< --lang LANG ("" = the locale chooses).
    std::optional<float> text_scale;  ///< --text-size X for this run.
    std::optional<kit::Theme> theme;  ///< --theme NAME for this run.
    bool reduced_motion = false;      ///< --reduced-motion for this run.
    bool print_keys = false;          ///< --print-keys: print the bindings file and exit.
};

/// Parses the arguments after `present`; on error returns a sentence saying what is wrong.
[[nodiscard]] std::variant<PresentOptions, std::string>
parse_present_options(const std::vector<std::string>& args);

/// A --chroma-key value: green, blue, magenta or #RRGGBB (OBS's Color Key presets for the names).
[[nodiscard]] std::optional<ImVec4> parse_key_colour(const std::string& text);

/// One line per flag, for `heartflow help present`.
[[nodiscard]] std::string present_flags_help();

} // namespace heartflow::present

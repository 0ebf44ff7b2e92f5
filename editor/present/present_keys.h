// Present mode's key map: the actions a host, a presentation clicker or a foot pedal can take,
// the default keys for each, and the bindings file ($XDG_CONFIG_HOME/heartflow/present-keys.toml)
// that changes them, read with the kit's one overrides loader. Keys are physical keys named as
// on a US keyboard (also what clickers send). Pure: no window is needed to map a key.
#pragma once

#include "kit/key_map.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace heartflow::present {

/// What a key (or a button of the presenter console) asks present mode to do.
enum class PresentAction {
    choose,               ///< Take the choice with a number (digits 1-9; not configurable).
    next,                 ///< Continue, take the highlighted choice, or highlight the first one.
    back,                 ///< One step back (in a tour: the node before).
    highlight_next,       ///< Move the highlight to the next choice.
    highlight_previous,   ///< Move the highlight to the previous choice.
    blank,                ///< Blank the audience window, or show it again.
    timer,                ///< Pause or resume the show timer.
    timer_run,            ///< Resume the show timer.
    timer_pause,          ///< Pause the show timer (an ad break).
    timer_restart,        ///< Restart the show timer at 00:00 now, to match the recording.
    tour,                 ///< Start a tour of the flowchart, or end it and start the walk.
    audience_chart,       ///< Show or hide the chart in the audience window.
    help,                 ///< Go to the flow's help step ("Get help now").
    leave_help,           ///< Leave the help path: back to where the walk left the flow.
    help_on_air,          ///< Show or hide the help lines in the audience window.
    full_screen,          ///< Full screen on or off for the window the key was pressed in.
    audience_full_screen, ///< Full screen on or off for the audience window.
    save_notes,           ///< Write the show notes now.
    restart,              ///< Start the walk (or the tour) again from the start.
    quit,                 ///< End the show, writing the show notes.
};

/// A command from a key: the action and, for choose, the 1-based choice number.
struct PresentCommand {
    PresentAction action; ///< What to do.
    int number = 0;       ///< 1-9 for PresentAction::choose; 0 otherwise.
    friend bool operator==(const PresentCommand&, const PresentCommand&) = default;
};

/// Present mode's key map, in priority order: the actions' rows, then digits 1-9 choosing.
struct PresentKeys {
    std::vector<kit::KeyBinding<PresentAction>> bindings; ///< The rows, first match wins.
};

/// The bindings a host gets with no file: keyboard, common clickers (PageDown / PageUp / F5 /
/// Esc / period / B) and arrow-key foot pedals.
[[nodiscard]] PresentKeys default_present_keys();

/// The command for a key press; nullopt when the key does nothing in present mode.
[[nodiscard]] std::optional<PresentCommand> present_command(const PresentKeys& keys,
                                                            const kit::KeyPress& press);

/// Reads a bindings file's text over the defaults: each `action = "Key Key ..."` line replaces
/// that action's keys (`""` unbinds it) and takes its keys from any default action. Problems
/// are returned as "FILE:LINE:COL: warning: ..." sentences, and their settings skipped.
[[nodiscard]] PresentKeys read_present_keys(std::string_view text, const std::string& file_name,
                                            std::vector<std::string>& problems);

/// Reads the bindings file `file` as read_present_keys does; nullopt when it cannot be read.
[[nodiscard]] std::optional<PresentKeys> load_present_keys(const std::filesystem::path& file,
                                                           std::vector<std::string>& problems);

/// The keys of an action for hints, e.g. "Enter / PageDown / Right"; "" when it has none.
[[nodiscard]] std::string keys_of(const PresentKeys& keys, PresentAction action,
                                  std::size_t most = 3);

/// The bindings as the file's text (a commented template that documents every action).
[[nodiscard]] std::string encode_present_keys(const PresentKeys& keys);

/// The keys of `heartflow help present`: one line per action with its default keys.
[[nodiscard]] std::string present_keys_help();

} // namespace heartflow::present

// Present mode's key table, the bindings file and the mapping from a key press to a command.
#include "present/present_keys.h"

#include "kit/key_overrides.h"

#include <algorithm>

namespace heartflow::present {

namespace {

using Names = kit::CommandName<PresentAction>;

// Every configurable action with its file name, what it does and its default keys, in the
// file's order.
struct ActionInfo {
    PresentAction action;
    const char* name;
    const char* what;
    const char* defaults;
};
constexpr ActionInfo kActions[] = {
    {PresentAction::next, "next", "continue, take the highlighted choice, or highlight the first",
     "Enter KP_Enter PageDown Right Space"},
    {PresentAction::back, "back", "one step back", "Backspace PageUp Left"},
    {PresentAction::highlight_next, "highlight_next", "highlight the next choice", "Down Tab"},
    {PresentAction::highlight_previous, "highlight_previous", "highlight the previous choice",
     "Up shift+Tab"},
    {PresentAction::blank, "blank", "blank the audience window, or show it again", "B period"},
    {PresentAction::timer, "timer", "pause or resume the show timer", "S"},
    {PresentAction::timer_run, "timer_run", "resume the show timer", "F5 shift+F5"},
    {PresentAction::timer_pause, "timer_pause", "pause the show timer (an ad break)", "Escape"},
    {PresentAction::timer_restart, "timer_restart",
     "restart the show timer at 00:00 now, to match the recording", "shift+S"},
    {PresentAction::tour, "tour", "start a tour of the flowchart, or end it and start the walk",
     "T"},
    {PresentAction::audience_chart, "audience_chart",
     "show or hide the chart in the audience window", "C"},
    {PresentAction::help, "help", "go to the flow's help step (Get help now)", "F1"},
    {PresentAction::leave_help, "leave_help",
     "leave the help path: back to where the walk left the flow", "shift+F1"},
    {PresentAction::help_on_air, "help_on_air",
     "show or hide the help lines in the audience window", "H"},
    {PresentAction::full_screen, "full_screen",
     "full screen on or off for the window the key is pressed in", "F11"},
    {PresentAction::audience_full_screen, "audience_full_screen",
     "full screen on or off for the audience window", "shift+F11"},
    {PresentAction::save_notes, "save_notes", "write the show notes now", "ctrl+S"},
    {PresentAction::restart, "restart", "start the walk (or the tour) again", "ctrl+R"},
    {PresentAction::quit, "quit", "end the show, writing the show notes", "ctrl+Q"},
};

// The actions as the overrides loader names them.
const std::vector<Names>& action_names() {
    static const std::vector<Names> names = [] {
        std::vector<Names> out;
        for (const ActionInfo& a : kActions)
            out.push_back({a.action, a.name, a.what});
        return out;
    }();
    return names;
}

// The bindings file's settings: one string per action.
std::vector<SettingSpec> action_specs() {
    return kit::override_specs<PresentAction>(action_names());
}

} // namespace

PresentKeys default_present_keys() {
    PresentKeys keys;
    std::string unused;
    for (const ActionInfo& a : kActions) {
        const std::vector<kit::KeyChord> chords =
            kit::parse_chord_list(a.defaults, unused).value_or(std::vector<kit::KeyChord>{});
        for (std::size_t i = 0; i < chords.size(); ++i)
            keys.bindings.push_back(
                kit::named_binding(chords[i], Names{a.action, a.name, a.what}, i == 0));
    }
    for (auto& row : kit::digit_bindings(PresentAction::choose, kit::mod_shift, kit::When::always,
                                         "take that choice"))
        keys.bindings.push_back(std::move(row));
    return keys;
}

std::optional<PresentCommand> present_command(const PresentKeys& keys, const kit::KeyPress& press) {
    const auto* row = kit::find_binding<PresentAction>(keys.bindings, press, false);
    if (!row) return std::nullopt;
    return PresentCommand{row->command, row->number};
}

namespace {

// The defaults with the settings `read` from `file_name` applied; its problems are appended.
PresentKeys with_overrides(const SettingsRead& read, std::string_view file_name,
                           std::vector<std::string>& problems) {
    problems.insert(problems.end(), read.warnings.begin(), read.warnings.end());
    return PresentKeys{kit::apply_key_overrides(default_present_keys().bindings,
                                                std::span<const Names>(action_names()), read,
                                                file_name, problems)};
}

} // namespace

PresentKeys read_present_keys(std::string_view text, const std::string& file_name,
                              std::vector<std::string>& problems) {
    return with_overrides(read_settings_text(text, file_name, action_specs()), file_name, problems);
}

std::optional<PresentKeys> load_present_keys(const std::filesystem::path& file,
                                             std::vector<std::string>& problems) {
    SettingsRead read = read_settings_file(file, action_specs());
    if (!read.found) return std::nullopt;
    return with_overrides(read, file.string(), problems);
}

std::string keys_of(const PresentKeys& keys, PresentAction action, std::size_t most) {
    return kit::keys_of<PresentAction>(keys.bindings, action, most);
}

std::string encode_present_keys(const PresentKeys& keys) {
    std::string out =
        "# heartflow present: key bindings (docs/present-mode.md explains each action).\n"
        "# One line per action: action = \"Key Key ...\"; \"\" leaves the action without a key.\n"
        "# Key names: A-Z, 0-9, F1-F25, KP_0-KP_9, Enter, KP_Enter, Tab, Space, Backspace, "
        "Escape,\n"
        "# Insert, Delete, Home, End, PageUp, PageDown, Up, Down, Left, Right, period, comma, "
        "minus,\n"
        "# equal, slash, semicolon, apostrophe, grave, bracketleft, bracketright, backslash, "
        "Pause,\n"
        "# ScrollLock, PrintScreen, Menu; with ctrl+, shift+, alt+ or super+ in front when held.\n"
        "# Digits 1-9 always take that choice unless a line here gives them to an action.\n";
    for (const ActionInfo& a : kActions) {
        std::string list;
        for (const kit::KeyBinding<PresentAction>& b : keys.bindings)
            if (b.command == a.action) list += (list.empty() ? "" : " ") + kit::chord_name(b.chord);
        out += "\n# " + std::string(a.what) + "\n" + a.name + " = \"" + list + "\"\n";
    }
    return out;
}

std::string present_keys_help() {
    const PresentKeys keys = default_present_keys();
    auto line = [](std::string keys_text, std::string_view what) {
        if (keys_text.size() > 36)
            keys_text += "\n" + std::string(38, ' ');
        else
            keys_text.resize(36, ' ');
        return "  " + keys_text + " " + std::string(what) + "\n";
    };
    const auto digits = std::find_if(keys.bindings.begin(), keys.bindings.end(), [](const auto& b) {
        return b.command == PresentAction::choose && !b.keys.empty();
    });
    std::string out = line(digits->keys, digits->meaning);
    for (const ActionInfo& a : kActions)
        out += line(keys_of(keys, a.action, 8), a.what);
    return out;
}

} // namespace heartflow::present

// Present mode's key table, the bindings file and the mapping from a key press to a command.
#include "present/present_keys.h"

#include "player/settings_file.h"

#include <GLFW/glfw3.h>

#include <algorithm>
#include <cctype>

namespace heartflow::gui {

namespace {

constexpr int kChordMods = GLFW_MOD_SHIFT | GLFW_MOD_CONTROL | GLFW_MOD_ALT | GLFW_MOD_SUPER;

// Named keys; the first name of a key is the one printed.
struct KeyName {
    const char* name;
    int key;
};
constexpr KeyName kKeyNames[] = {
    {"Enter", GLFW_KEY_ENTER},
    {"Return", GLFW_KEY_ENTER},
    {"KP_Enter", GLFW_KEY_KP_ENTER},
    {"Tab", GLFW_KEY_TAB},
    {"Space", GLFW_KEY_SPACE},
    {"Backspace", GLFW_KEY_BACKSPACE},
    {"Escape", GLFW_KEY_ESCAPE},
    {"Esc", GLFW_KEY_ESCAPE},
    {"Insert", GLFW_KEY_INSERT},
    {"Delete", GLFW_KEY_DELETE},
    {"Home", GLFW_KEY_HOME},
    {"End", GLFW_KEY_END},
    {"PageUp", GLFW_KEY_PAGE_UP},
    {"Prior", GLFW_KEY_PAGE_UP},
    {"PageDown", GLFW_KEY_PAGE_DOWN},
    {"Next", GLFW_KEY_PAGE_DOWN},
    {"Up", GLFW_KEY_UP},
    {"Down", GLFW_KEY_DOWN},
    {"Left", GLFW_KEY_LEFT},
    {"Right", GLFW_KEY_RIGHT},
    {"period", GLFW_KEY_PERIOD},
    {".", GLFW_KEY_PERIOD},
    {"comma", GLFW_KEY_COMMA},
    {",", GLFW_KEY_COMMA},
    {"minus", GLFW_KEY_MINUS},
    {"equal", GLFW_KEY_EQUAL},
    {"slash", GLFW_KEY_SLASH},
    {"semicolon", GLFW_KEY_SEMICOLON},
    {"apostrophe", GLFW_KEY_APOSTROPHE},
    {"grave", GLFW_KEY_GRAVE_ACCENT},
    {"bracketleft", GLFW_KEY_LEFT_BRACKET},
    {"bracketright", GLFW_KEY_RIGHT_BRACKET},
    {"backslash", GLFW_KEY_BACKSLASH},
    {"Pause", GLFW_KEY_PAUSE},
    {"ScrollLock", GLFW_KEY_SCROLL_LOCK},
    {"PrintScreen", GLFW_KEY_PRINT_SCREEN},
    {"Menu", GLFW_KEY_MENU},
};

struct ModName {
    const char* name;
    int mod;
};
constexpr ModName kModNames[] = {{"ctrl", GLFW_MOD_CONTROL},
                                 {"control", GLFW_MOD_CONTROL},
                                 {"shift", GLFW_MOD_SHIFT},
                                 {"alt", GLFW_MOD_ALT},
                                 {"super", GLFW_MOD_SUPER}};

// Every configurable action with its file name and what it does, in the file's order.
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
    {PresentAction::timer, "timer", "start, pause or resume the show timer", "S"},
    {PresentAction::timer_run, "timer_run", "start or resume the show timer", "F5 shift+F5"},
    {PresentAction::timer_pause, "timer_pause", "pause the show timer (an ad break)", "Escape"},
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

bool same_name(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

std::optional<int> parse_key(std::string_view name) {
    if (name.size() == 1 && std::isalpha(static_cast<unsigned char>(name[0])))
        return GLFW_KEY_A + (std::tolower(static_cast<unsigned char>(name[0])) - 'a');
    if (name.size() == 1 && std::isdigit(static_cast<unsigned char>(name[0])))
        return GLFW_KEY_0 + (name[0] - '0');
    for (const KeyName& k : kKeyNames)
        if (same_name(name, k.name)) return k.key;
    auto number = [](std::string_view digits) -> std::optional<int> {
        if (digits.empty() || digits.size() > 2) return std::nullopt;
        int n = 0;
        for (char c : digits) {
            if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
            n = n * 10 + (c - '0');
        }
        return n;
    };
    if (name.size() >= 2 && (name[0] == 'F' || name[0] == 'f'))
        if (auto n = number(name.substr(1)); n && *n >= 1 && *n <= 25) return GLFW_KEY_F1 + *n - 1;
    if (name.size() == 4 && same_name(name.substr(0, 3), "KP_"))
        if (auto n = number(name.substr(3))) return GLFW_KEY_KP_0 + *n;
    return std::nullopt;
}

std::string key_name(int key) {
    if (key >= GLFW_KEY_A && key <= GLFW_KEY_Z)
        return std::string(1, static_cast<char>('A' + key - GLFW_KEY_A));
    if (key >= GLFW_KEY_0 && key <= GLFW_KEY_9)
        return std::string(1, static_cast<char>('0' + key - GLFW_KEY_0));
    if (key >= GLFW_KEY_F1 && key <= GLFW_KEY_F25)
        return "F" + std::to_string(key - GLFW_KEY_F1 + 1);
    if (key >= GLFW_KEY_KP_0 && key <= GLFW_KEY_KP_9)
        return "KP_" + std::to_string(key - GLFW_KEY_KP_0);
    for (const KeyName& k : kKeyNames)
        if (k.key == key) return k.name;
    return "key" + std::to_string(key);
}

// The chords of a space- or comma-separated list; nullopt (and the bad name) when one is unknown.
std::optional<std::vector<KeyChord>> parse_chord_list(std::string_view text, std::string& bad) {
    std::vector<KeyChord> chords;
    std::size_t i = 0;
    while (i < text.size()) {
        if (text[i] == ' ' || text[i] == '\t' ||
            (text[i] == ',' && i + 1 < text.size() && text[i + 1] == ' ')) {
            ++i;
            continue;
        }
        std::size_t end = text.find_first_of(" \t", i);
        if (end == std::string_view::npos) end = text.size();
        std::string_view word = text.substr(i, end - i);
        if (word.size() > 1 && word.back() == ',') word.remove_suffix(1);
        auto chord = parse_key_chord(word);
        if (!chord) {
            bad = std::string(word);
            return std::nullopt;
        }
        if (std::find(chords.begin(), chords.end(), *chord) == chords.end())
            chords.push_back(*chord);
        i = end;
    }
    return chords;
}

const ActionInfo* find_action(std::string_view name) {
    for (const ActionInfo& a : kActions)
        if (name == a.name) return &a;
    return nullptr;
}

std::string action_list() {
    std::string out;
    for (const ActionInfo& a : kActions)
        out += std::string(out.empty() ? "" : ", ") + a.name;
    return out;
}

} // namespace

std::optional<KeyChord> parse_key_chord(std::string_view text) {
    KeyChord chord;
    while (true) {
        const std::size_t plus = text.find('+');
        if (plus == std::string_view::npos || plus + 1 >= text.size()) break;
        const std::string_view mod = text.substr(0, plus);
        auto found = std::find_if(std::begin(kModNames), std::end(kModNames),
                                  [&](const ModName& m) { return same_name(mod, m.name); });
        if (found == std::end(kModNames)) return std::nullopt;
        chord.mods |= found->mod;
        text.remove_prefix(plus + 1);
    }
    auto key = parse_key(text);
    if (!key) return std::nullopt;
    chord.key = *key;
    return chord;
}

std::string chord_name(const KeyChord& chord) {
    std::string out;
    if (chord.mods & GLFW_MOD_CONTROL) out += "ctrl+";
    if (chord.mods & GLFW_MOD_ALT) out += "alt+";
    if (chord.mods & GLFW_MOD_SUPER) out += "super+";
    if (chord.mods & GLFW_MOD_SHIFT) out += "shift+";
    return out + key_name(chord.key);
}

std::vector<PresentAction> configurable_actions() {
    std::vector<PresentAction> out;
    for (const ActionInfo& a : kActions)
        out.push_back(a.action);
    return out;
}

const char* action_summary(PresentAction action) {
    for (const ActionInfo& a : kActions)
        if (a.action == action) return a.what;
    return "take that choice";
}

const char* action_name(PresentAction action) {
    for (const ActionInfo& a : kActions)
        if (a.action == action) return a.name;
    return "";
}

PresentKeys default_present_keys() {
    PresentKeys keys;
    std::string unused;
    for (const ActionInfo& a : kActions) {
        const std::vector<KeyChord> chords =
            parse_chord_list(a.defaults, unused).value_or(std::vector<KeyChord>{});
        for (const KeyChord& c : chords)
            keys.bindings.emplace_back(c, a.action);
    }
    return keys;
}

std::optional<PresentCommand> present_command(const PresentKeys& keys, int key, int mods) {
    const KeyChord chord{key, mods & kChordMods};
    for (const auto& [c, action] : keys.bindings)
        if (c == chord) return PresentCommand{action, 0};
    if ((mods & (GLFW_MOD_CONTROL | GLFW_MOD_ALT | GLFW_MOD_SUPER)) != 0) return std::nullopt;
    if (key >= GLFW_KEY_1 && key <= GLFW_KEY_9)
        return PresentCommand{PresentAction::choose, key - GLFW_KEY_0};
    if (key >= GLFW_KEY_KP_1 && key <= GLFW_KEY_KP_9)
        return PresentCommand{PresentAction::choose, key - GLFW_KEY_KP_0};
    return std::nullopt;
}

PresentKeys read_present_keys(std::string_view text, const std::string& file_name,
                              std::vector<std::string>& problems) {
    PresentKeys keys = default_present_keys();
    std::vector<std::pair<KeyChord, PresentAction>> from_file;
    std::vector<PresentAction> configured;
    auto where = [&](std::size_t line) { return file_name + ":" + std::to_string(line) + ": "; };
    const SettingsText settings = parse_settings_text(text);
    for (std::size_t line : settings.unreadable)
        problems.push_back(where(line) + "expected action = \"Key Key ...\"; this line is skipped");
    for (const SettingLine& s : settings.settings) {
        const ActionInfo* action = find_action(s.key);
        if (!action) {
            problems.push_back(where(s.line) + "unknown action '" + s.key +
                               "' (actions: " + action_list() + ")");
            continue;
        }
        if (std::find(configured.begin(), configured.end(), action->action) != configured.end()) {
            problems.push_back(where(s.line) + "'" + s.key +
                               "' is set twice; this line is skipped");
            continue;
        }
        std::string bad;
        auto chords = parse_chord_list(s.value, bad);
        if (!chords) {
            problems.push_back(where(s.line) + "unknown key '" + bad +
                               "' (see docs/present-mode.md for key names)");
            continue;
        }
        auto taken = std::find_if(from_file.begin(), from_file.end(), [&](const auto& b) {
            return std::find(chords->begin(), chords->end(), b.first) != chords->end();
        });
        if (taken != from_file.end()) {
            problems.push_back(where(s.line) + chord_name(taken->first) + " is already bound to " +
                               action_name(taken->second) + "; this line is skipped");
            continue;
        }
        configured.push_back(action->action);
        for (const KeyChord& c : *chords)
            from_file.emplace_back(c, action->action);
    }
    std::erase_if(keys.bindings, [&](const auto& b) {
        return std::find(configured.begin(), configured.end(), b.second) != configured.end() ||
               std::any_of(from_file.begin(), from_file.end(),
                           [&](const auto& f) { return f.first == b.first; });
    });
    keys.bindings.insert(keys.bindings.begin(), from_file.begin(), from_file.end());
    return keys;
}

std::string keys_of(const PresentKeys& keys, PresentAction action, std::size_t most) {
    std::string out;
    std::size_t n = 0;
    for (const auto& [chord, a] : keys.bindings) {
        if (a != action || n == most) continue;
        out += (n++ ? " / " : "") + chord_name(chord);
    }
    return out;
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
        for (const auto& [chord, action] : keys.bindings)
            if (action == a.action) list += (list.empty() ? "" : " ") + chord_name(chord);
        out += "\n# " + std::string(a.what) + "\n" + a.name + " = \"" + list + "\"\n";
    }
    return out;
}

} // namespace heartflow::gui

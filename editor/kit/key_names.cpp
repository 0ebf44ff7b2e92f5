// Key names: one table, read case-insensitively, the first name of a key printed.
#include "kit/key_names.h"

#include <algorithm>
#include <cctype>

namespace heartflow::kit {

namespace {

// Named keys; the first name of a key is the one printed.
struct KeyName {
    const char* name;
    Key key;
};
constexpr KeyName kKeyNames[] = {
    {"Enter", Key::enter},
    {"Return", Key::enter},
    {"KP_Enter", Key::kp_enter},
    {"Tab", Key::tab},
    {"Space", Key::space},
    {"Backspace", Key::backspace},
    {"Escape", Key::escape},
    {"Esc", Key::escape},
    {"Insert", Key::insert},
    {"Delete", Key::del},
    {"Home", Key::home},
    {"End", Key::end},
    {"PageUp", Key::page_up},
    {"Prior", Key::page_up},
    {"PageDown", Key::page_down},
    {"Next", Key::page_down},
    {"Up", Key::up},
    {"Down", Key::down},
    {"Left", Key::left},
    {"Right", Key::right},
    {"period", Key::period},
    {".", Key::period},
    {"comma", Key::comma},
    {",", Key::comma},
    {"minus", Key::minus},
    {"equal", Key::equal},
    {"slash", Key::slash},
    {"semicolon", Key::semicolon},
    {"apostrophe", Key::apostrophe},
    {"grave", Key::grave},
    {"bracketleft", Key::left_bracket},
    {"bracketright", Key::right_bracket},
    {"backslash", Key::backslash},
    {"Pause", Key::pause},
    {"ScrollLock", Key::scroll_lock},
    {"PrintScreen", Key::print_screen},
    {"Menu", Key::menu},
};

struct ModName {
    const char* name;
    int mod;
};
constexpr ModName kModNames[] = {{"ctrl", mod_ctrl},
                                 {"control", mod_ctrl},
                                 {"shift", mod_shift},
                                 {"alt", mod_alt},
                                 {"super", mod_super}};

bool same_name(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

std::optional<Key> parse_key(std::string_view name) {
    const auto first = static_cast<unsigned char>(name.empty() ? 0 : name[0]);
    if (name.size() == 1 && std::isalpha(first))
        return key_after(Key::a, std::tolower(first) - 'a');
    if (name.size() == 1 && std::isdigit(first)) return key_after(Key::d0, first - '0');
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
        if (auto n = number(name.substr(1)); n && *n >= 1 && *n <= 25)
            return key_after(Key::f1, *n - 1);
    if (name.size() == 4 && same_name(name.substr(0, 3), "KP_"))
        if (auto n = number(name.substr(3)); n && *n <= 9) return key_after(Key::kp0, *n);
    return std::nullopt;
}

// Whether `key` lies in the range of `count` keys from `first`.
bool in_range(Key key, Key first, int count) {
    return key_offset(key, first) >= 0 && key_offset(key, first) < count;
}

std::string key_name(Key key) {
    if (in_range(key, Key::a, 26))
        return std::string(1, static_cast<char>('A' + key_offset(key, Key::a)));
    if (in_range(key, Key::d0, 10))
        return std::string(1, static_cast<char>('0' + key_offset(key, Key::d0)));
    if (in_range(key, Key::f1, 25)) return "F" + std::to_string(key_offset(key, Key::f1) + 1);
    if (in_range(key, Key::kp0, 10)) return "KP_" + std::to_string(key_offset(key, Key::kp0));
    for (const KeyName& k : kKeyNames)
        if (k.key == key) return k.name;
    return "key" + std::to_string(static_cast<int>(key));
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
    if (chord.mods & mod_ctrl) out += "ctrl+";
    if (chord.mods & mod_alt) out += "alt+";
    if (chord.mods & mod_super) out += "super+";
    if (chord.mods & mod_shift) out += "shift+";
    return out + key_name(chord.key);
}

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

} // namespace heartflow::kit

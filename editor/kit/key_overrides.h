// The one loader of user key overrides, for any key map: a settings file of
// `command = "Key Key ..."` lines (present mode's present-keys.toml is one).
#pragma once

#include "heartflow/settings_file.h"
#include "kit/key_map.h"

#include <algorithm>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace heartflow::kit {

/// A command a settings file can bind, with its name there and what it does.
template <typename Command> struct CommandName {
    Command command;          ///< The command.
    std::string_view name;    ///< Its key in the file ("highlight_next").
    std::string_view meaning; ///< What it does, for help and the file's comments.
};

/// The settings a key overrides file may hold: one string per named command.
template <typename Command>
[[nodiscard]] std::vector<SettingSpec> override_specs(std::span<const CommandName<Command>> names) {
    std::vector<SettingSpec> specs;
    for (const CommandName<Command>& n : names)
        specs.push_back({n.name, SettingType::string});
    return specs;
}

/// A row binding exactly `chord` to `name`'s command, as files and help write it.
template <typename Command>
[[nodiscard]] KeyBinding<Command> named_binding(const KeyChord& chord,
                                                const CommandName<Command>& name, bool first) {
    return {chord,
            0,
            name.command,
            0,
            When::always,
            chord_name(chord),
            first ? std::string(name.meaning) : std::string()};
}

/// `map` after the overrides in `read` (read with override_specs(names)): each setting replaces
/// its command's rows (`""` leaves it without a key) and takes its chords from the other named
/// commands; its rows come first. A setting with an unknown key name, or with a chord an
/// earlier setting took, is reported in `warnings` ("path:line:col: warning: ...") and skipped.
/// Rows of commands `names` does not list stay, after the others.
template <typename Command>
[[nodiscard]] std::vector<KeyBinding<Command>>
apply_key_overrides(std::vector<KeyBinding<Command>> map,
                    std::span<const CommandName<Command>> names, const SettingsRead& read,
                    std::string_view path, std::vector<std::string>& warnings) {
    std::vector<KeyBinding<Command>> from_file;
    std::vector<Command> configured;
    for (const Setting& s : read.settings) {
        auto name = std::find_if(names.begin(), names.end(),
                                 [&](const CommandName<Command>& n) { return n.name == s.key; });
        std::string bad;
        auto chords = parse_chord_list(std::get<std::string>(s.value), bad);
        if (!chords) {
            warnings.push_back(settings_warning(
                path, s.pos, "unknown key name '" + bad + "'; this setting is skipped"));
            continue;
        }
        auto taken = std::find_if(from_file.begin(), from_file.end(), [&](const auto& b) {
            return std::find(chords->begin(), chords->end(), b.chord) != chords->end();
        });
        if (taken != from_file.end()) {
            auto owner = std::find_if(names.begin(), names.end(),
                                      [&](const auto& n) { return n.command == taken->command; });
            warnings.push_back(settings_warning(path, s.pos,
                                                taken->keys + " is already bound to " +
                                                    std::string(owner->name) +
                                                    "; this setting is skipped"));
            continue;
        }
        configured.push_back(name->command);
        for (std::size_t i = 0; i < chords->size(); ++i)
            from_file.push_back(named_binding((*chords)[i], *name, i == 0));
    }
    std::erase_if(map, [&](const KeyBinding<Command>& b) {
        const bool named = std::any_of(names.begin(), names.end(),
                                       [&](const auto& n) { return n.command == b.command; });
        const bool chord_taken = std::any_of(from_file.begin(), from_file.end(),
                                             [&](const auto& f) { return f.chord == b.chord; });
        return named && (chord_taken || std::find(configured.begin(), configured.end(),
                                                  b.command) != configured.end());
    });
    map.insert(map.begin(), from_file.begin(), from_file.end());
    return map;
}

} // namespace heartflow::kit

// One format for every key binding of the windowed views (the player, the editor, present
// mode): a key map is a list of rows, each a chord, the command it gives, when it applies, and
// how help writes and explains it. Key presses are turned into commands and every help screen
// is written from the same rows.
#pragma once

#include "kit/key_names.h"

#include <cstddef>
#include <span>
#include <string>
#include <vector>

namespace heartflow::kit {

/// When a binding applies.
enum class When {
    always,     ///< Also while a text field has the keyboard.
    not_typing, ///< Only while no text field has the keyboard.
};

/// One row of a key map.
template <typename Command> struct KeyBinding {
    KeyChord chord;           ///< The key and the modifiers that must be held.
    int ignored_mods = 0;     ///< Modifiers that may be held or not; the others must match.
    Command command{};        ///< What it does.
    int number = 0;           ///< The command's number (a choice's 1-9); 0 when it has none.
    When when = When::always; ///< When it applies.
    std::string keys;         ///< How help writes it ("Ctrl+Shift+Z"); "" for a row help skips.
    std::string meaning;      ///< What it does, for help; "" when the row before says it.
};

/// True when a press of `press` is `chord`, modifiers in `ignored` aside.
[[nodiscard]] bool chord_matches(const KeyChord& chord, int ignored, const KeyPress& press);

/// The first row of `map` that `press` triggers; `typing` is true while a text field has the
/// keyboard. Null when none.
template <typename Command>
[[nodiscard]] const KeyBinding<Command>* find_binding(std::span<const KeyBinding<Command>> map,
                                                      const KeyPress& press, bool typing) {
    for (const KeyBinding<Command>& b : map)
        if (chord_matches(b.chord, b.ignored_mods, press) && (b.when == When::always || !typing))
            return &b;
    return nullptr;
}

/// The help names of `command`'s rows joined by " / " ("Enter / PageDown"), at most `most`.
template <typename Command>
[[nodiscard]] std::string keys_of(std::span<const KeyBinding<Command>> map, Command command,
                                  std::size_t most) {
    std::string out;
    std::size_t n = 0;
    for (const KeyBinding<Command>& b : map)
        if (b.command == command && !b.keys.empty() && n < most) out += (n++ ? " / " : "") + b.keys;
    return out;
}

/// Rows for digits 1-9 and keypad 1-9 giving `command` with the digit as its number; the first
/// is written "1-9" in help, with `meaning`.
template <typename Command>
[[nodiscard]] std::vector<KeyBinding<Command>> digit_bindings(Command command, int ignored_mods,
                                                              When when, std::string meaning) {
    std::vector<KeyBinding<Command>> rows;
    for (Key first : {Key::d0, Key::kp0})
        for (int n = 1; n <= 9; ++n)
            rows.push_back({{key_after(first, n), 0},
                            ignored_mods,
                            command,
                            n,
                            when,
                            rows.empty() ? "1-9" : "",
                            rows.empty() ? meaning : ""});
    return rows;
}

} // namespace heartflow::kit

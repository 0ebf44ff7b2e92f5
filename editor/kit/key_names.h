// Key chords and their names as settings files and help write them ("ctrl+shift+PageDown",
// "period", "F5"); case does not matter when reading.
#pragma once

#include "kit/key.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace heartflow::kit {

/// A key with the modifiers that must be held.
struct KeyChord {
    Key key = Key::none; ///< The key.
    int mods = 0;        ///< Mod bits that must be held.
    friend bool operator==(const KeyChord&, const KeyChord&) = default;
};

/// Parses "ctrl+shift+PageDown", "period", "b", "F5" (case does not matter); nullopt if unknown.
[[nodiscard]] std::optional<KeyChord> parse_key_chord(std::string_view text);

/// A chord's name as a settings file writes it ("ctrl+Q", "PageDown", "period").
[[nodiscard]] std::string chord_name(const KeyChord& chord);

/// The chords of a space-separated list ("Enter PageDown, Right"), each once; nullopt (and the
/// unknown name in `bad`) when one is not a chord.
[[nodiscard]] std::optional<std::vector<KeyChord>> parse_chord_list(std::string_view text,
                                                                    std::string& bad);

} // namespace heartflow::kit

// Matching a key press against a chord.
#include "kit/key_map.h"

namespace heartflow::kit {

bool chord_matches(const KeyChord& chord, int ignored, const KeyPress& press) {
    const int counted = kAllMods & ~ignored;
    return press.key == chord.key && (press.mods & counted) == (chord.mods & counted);
}

} // namespace heartflow::kit

// The keys of the windowed views, independent of the window system: editor/app translates its
// backend's key codes into these, as imgui's backends translate into ImGuiKey (ImGui 1.86 names
// too few keys for the key maps). Physical keys, named as on a US keyboard.
#pragma once

namespace heartflow::kit {

/// A physical key. Letters, digits, function keys and keypad digits are contiguous ranges.
// clang-format off
enum class Key {
    none,
    a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v, w, x, y, z,
    d0, d1, d2, d3, d4, d5, d6, d7, d8, d9,
    f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16, f17, f18, f19, f20,
    f21, f22, f23, f24, f25,
    kp0, kp1, kp2, kp3, kp4, kp5, kp6, kp7, kp8, kp9,
    kp_enter, kp_add, kp_subtract,
    enter, tab, space, backspace, escape, insert, del, home, end, page_up, page_down,
    up, down, left, right,
    period, comma, minus, equal, slash, semicolon, apostrophe, grave, left_bracket,
    right_bracket, backslash, pause, scroll_lock, print_screen, menu,
};
// clang-format on

/// Modifier bits of a key press or chord.
enum Mod : int {
    mod_shift = 1, ///< Shift.
    mod_ctrl = 2,  ///< Control.
    mod_alt = 4,   ///< Alt.
    mod_super = 8, ///< Super (the Windows or Command key).
};

/// Every modifier bit; Caps Lock and Num Lock are never among them.
inline constexpr int kAllMods = mod_shift | mod_ctrl | mod_alt | mod_super;

/// The key `offset` places after `first` in a contiguous range (a letter, digit, F or keypad key).
[[nodiscard]] constexpr Key key_after(Key first, int offset) {
    return static_cast<Key>(static_cast<int>(first) + offset);
}

/// How far `key` is after `first` (meaningful within one contiguous range).
[[nodiscard]] constexpr int key_offset(Key key, Key first) {
    return static_cast<int>(key) - static_cast<int>(first);
}

/// One key press (not a repeat), as the window reported it.
struct KeyPress {
    Key key = Key::none; ///< The key.
    int mods = 0;        ///< Mod bits held at the time.
};

} // namespace heartflow::kit

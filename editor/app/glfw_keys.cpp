// GLFW key codes to the kit's keys.
#include "app/glfw_keys.h"

#include <GLFW/glfw3.h>

namespace heartflow::app {

namespace {

using kit::Key;

// A contiguous range of GLFW codes that maps onto a contiguous range of keys.
struct KeyRange {
    int first_glfw;
    int last_glfw;
    Key first;
};
constexpr KeyRange kRanges[] = {
    {GLFW_KEY_A, GLFW_KEY_Z, Key::a},
    {GLFW_KEY_0, GLFW_KEY_9, Key::d0},
    {GLFW_KEY_F1, GLFW_KEY_F25, Key::f1},
    {GLFW_KEY_KP_0, GLFW_KEY_KP_9, Key::kp0},
};

// The other keys, one by one.
struct KeyPair {
    int glfw;
    Key key;
};
constexpr KeyPair kPairs[] = {
    {GLFW_KEY_KP_ENTER, Key::kp_enter},
    {GLFW_KEY_KP_ADD, Key::kp_add},
    {GLFW_KEY_KP_SUBTRACT, Key::kp_subtract},
    {GLFW_KEY_ENTER, Key::enter},
    {GLFW_KEY_TAB, Key::tab},
    {GLFW_KEY_SPACE, Key::space},
    {GLFW_KEY_BACKSPACE, Key::backspace},
    {GLFW_KEY_ESCAPE, Key::escape},
    {GLFW_KEY_INSERT, Key::insert},
    {GLFW_KEY_DELETE, Key::del},
    {GLFW_KEY_HOME, Key::home},
    {GLFW_KEY_END, Key::end},
    {GLFW_KEY_PAGE_UP, Key::page_up},
    {GLFW_KEY_PAGE_DOWN, Key::page_down},
    {GLFW_KEY_UP, Key::up},
    {GLFW_KEY_DOWN, Key::down},
    {GLFW_KEY_LEFT, Key::left},
    {GLFW_KEY_RIGHT, Key::right},
    {GLFW_KEY_PERIOD, Key::period},
    {GLFW_KEY_COMMA, Key::comma},
    {GLFW_KEY_MINUS, Key::minus},
    {GLFW_KEY_EQUAL, Key::equal},
    {GLFW_KEY_SLASH, Key::slash},
    {GLFW_KEY_SEMICOLON, Key::semicolon},
    {GLFW_KEY_APOSTROPHE, Key::apostrophe},
    {GLFW_KEY_GRAVE_ACCENT, Key::grave},
    {GLFW_KEY_LEFT_BRACKET, Key::left_bracket},
    {GLFW_KEY_RIGHT_BRACKET, Key::right_bracket},
    {GLFW_KEY_BACKSLASH, Key::backslash},
    {GLFW_KEY_PAUSE, Key::pause},
    {GLFW_KEY_SCROLL_LOCK, Key::scroll_lock},
    {GLFW_KEY_PRINT_SCREEN, Key::print_screen},
    {GLFW_KEY_MENU, Key::menu},
};

} // namespace

Key key_from_glfw(int glfw_key) {
    for (const KeyRange& r : kRanges)
        if (glfw_key >= r.first_glfw && glfw_key <= r.last_glfw)
            return kit::key_after(r.first, glfw_key - r.first_glfw);
    for (const KeyPair& p : kPairs)
        if (p.glfw == glfw_key) return p.key;
    return Key::none;
}

int mods_from_glfw(int glfw_mods) {
    int mods = 0;
    if (glfw_mods & GLFW_MOD_SHIFT) mods |= kit::mod_shift;
    if (glfw_mods & GLFW_MOD_CONTROL) mods |= kit::mod_ctrl;
    if (glfw_mods & GLFW_MOD_ALT) mods |= kit::mod_alt;
    if (glfw_mods & GLFW_MOD_SUPER) mods |= kit::mod_super;
    return mods;
}

} // namespace heartflow::app

// Tests for present mode's keys: the defaults clickers and pedals need, the bindings file, and
// the mapping from a key press to a command.
#include "present/present_keys.h"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <doctest/doctest.h>

using namespace heartflow::gui;

namespace {

std::optional<PresentAction> action_of(const PresentKeys& keys, int key, int mods = 0) {
    auto command = present_command(keys, key, mods);
    return command ? std::optional(command->action) : std::nullopt;
}

} // namespace

TEST_CASE("a presentation clicker's keys work out of the box") {
    const PresentKeys keys = default_present_keys();
    CHECK(action_of(keys, GLFW_KEY_PAGE_DOWN) == PresentAction::next);
    CHECK(action_of(keys, GLFW_KEY_RIGHT) == PresentAction::next);
    CHECK(action_of(keys, GLFW_KEY_ENTER) == PresentAction::next);
    CHECK(action_of(keys, GLFW_KEY_PAGE_UP) == PresentAction::back);
    CHECK(action_of(keys, GLFW_KEY_LEFT) == PresentAction::back);
    CHECK(action_of(keys, GLFW_KEY_BACKSPACE) == PresentAction::back);
    CHECK(action_of(keys, GLFW_KEY_PERIOD) == PresentAction::blank);
    CHECK(action_of(keys, GLFW_KEY_B) == PresentAction::blank);
    // The slideshow button alternates F5 and Escape: run and pause the show timer.
    CHECK(action_of(keys, GLFW_KEY_F5) == PresentAction::timer_run);
    CHECK(action_of(keys, GLFW_KEY_F5, GLFW_MOD_SHIFT) == PresentAction::timer_run);
    CHECK(action_of(keys, GLFW_KEY_ESCAPE) == PresentAction::timer_pause);
    CHECK(action_of(keys, GLFW_KEY_DOWN) == PresentAction::highlight_next);
    CHECK(action_of(keys, GLFW_KEY_TAB) == PresentAction::highlight_next);
    CHECK(action_of(keys, GLFW_KEY_TAB, GLFW_MOD_SHIFT) == PresentAction::highlight_previous);
    CHECK(action_of(keys, GLFW_KEY_Q, GLFW_MOD_CONTROL) == PresentAction::quit);
    CHECK(action_of(keys, GLFW_KEY_F11) == PresentAction::full_screen);
}

TEST_CASE("digits choose, Caps Lock and Num Lock do not matter, other modifiers do") {
    const PresentKeys keys = default_present_keys();
    CHECK(present_command(keys, GLFW_KEY_3, 0) == PresentCommand{PresentAction::choose, 3});
    CHECK(present_command(keys, GLFW_KEY_KP_7, GLFW_MOD_NUM_LOCK) ==
          PresentCommand{PresentAction::choose, 7});
    CHECK(present_command(keys, GLFW_KEY_3, GLFW_MOD_SHIFT) ==
          PresentCommand{PresentAction::choose, 3});
    CHECK_FALSE(present_command(keys, GLFW_KEY_3, GLFW_MOD_CONTROL));
    CHECK_FALSE(present_command(keys, GLFW_KEY_0, 0));
    CHECK(action_of(keys, GLFW_KEY_B, GLFW_MOD_CAPS_LOCK) == PresentAction::blank);
    CHECK_FALSE(action_of(keys, GLFW_KEY_Q)); // quit needs ctrl
    CHECK_FALSE(action_of(keys, GLFW_KEY_B, GLFW_MOD_CONTROL));
}

TEST_CASE("key chords read and print in the file's words") {
    CHECK(parse_key_chord("ctrl+shift+PageDown") ==
          KeyChord{GLFW_KEY_PAGE_DOWN, GLFW_MOD_CONTROL | GLFW_MOD_SHIFT});
    CHECK(parse_key_chord("Next") == KeyChord{GLFW_KEY_PAGE_DOWN, 0});
    CHECK(parse_key_chord(".") == KeyChord{GLFW_KEY_PERIOD, 0});
    CHECK(parse_key_chord("f12") == KeyChord{GLFW_KEY_F12, 0});
    CHECK(parse_key_chord("KP_4") == KeyChord{GLFW_KEY_KP_4, 0});
    CHECK_FALSE(parse_key_chord("PageDwn"));
    CHECK_FALSE(parse_key_chord("hyper+B"));
    CHECK_FALSE(parse_key_chord("F26"));
    CHECK(chord_name({GLFW_KEY_Q, GLFW_MOD_CONTROL}) == "ctrl+Q");
    CHECK(chord_name({GLFW_KEY_PERIOD, 0}) == "period");
    CHECK(chord_name({GLFW_KEY_TAB, GLFW_MOD_SHIFT}) == "shift+Tab");
}

TEST_CASE("a bindings file replaces an action's keys and takes them from the defaults") {
    std::vector<std::string> problems;
    const PresentKeys keys = read_present_keys(
        "# my pedal\nnext = \"b\"\nblank = \"\"\nback = \"Up\"\n", "present-keys.toml", problems);
    CHECK(problems.empty());
    CHECK(action_of(keys, GLFW_KEY_B) == PresentAction::next);
    CHECK_FALSE(action_of(keys, GLFW_KEY_PAGE_DOWN));           // next has only B now
    CHECK_FALSE(action_of(keys, GLFW_KEY_PERIOD));              // blank has no key
    CHECK(action_of(keys, GLFW_KEY_UP) == PresentAction::back); // taken from highlight_previous
    CHECK(action_of(keys, GLFW_KEY_TAB, GLFW_MOD_SHIFT) == PresentAction::highlight_previous);
    CHECK(action_of(keys, GLFW_KEY_Q, GLFW_MOD_CONTROL) == PresentAction::quit); // untouched
}

TEST_CASE("problems in a bindings file are reported by line and their lines skipped") {
    std::vector<std::string> problems;
    const PresentKeys keys =
        read_present_keys("nxt = \"Right\"\nnext = \"PageDwn\"\nblank = \"Right\"\nback = "
                          "\"Right\"\nblank = \"Up\"\nnonsense\n",
                          "keys.toml", problems);
    REQUIRE(problems.size() == 5);
    CHECK(problems[0] == "keys.toml:6: expected action = \"Key Key ...\"; this line is skipped");
    CHECK(problems[1].rfind("keys.toml:1: unknown action 'nxt'", 0) == 0);
    CHECK(problems[2].rfind("keys.toml:2: unknown key 'PageDwn'", 0) == 0);
    CHECK(problems[3] == "keys.toml:4: Right is already bound to blank; this line is skipped");
    CHECK(problems[4] == "keys.toml:5: 'blank' is set twice; this line is skipped");
    CHECK(action_of(keys, GLFW_KEY_RIGHT) == PresentAction::blank);
    CHECK(action_of(keys, GLFW_KEY_PAGE_DOWN) ==
          PresentAction::next); // the bad line changed nothing
    CHECK(action_of(keys, GLFW_KEY_PAGE_UP) == PresentAction::back);
}

TEST_CASE("the printed bindings file reads back to the same bindings") {
    std::vector<std::string> problems;
    const PresentKeys defaults = default_present_keys();
    const PresentKeys again = read_present_keys(encode_present_keys(defaults), "t", problems);
    CHECK(problems.empty());
    for (const auto& [chord, action] : defaults.bindings)
        CHECK(action_of(again, chord.key, chord.mods) == action);
    CHECK(again.bindings.size() == defaults.bindings.size());
    CHECK(keys_of(defaults, PresentAction::back, 2) == "Backspace / PageUp");
}

TEST_CASE("the help keys: F1 goes to help, shift+F1 leaves it, H hides the lines from air") {
    const PresentKeys keys = default_present_keys();
    CHECK(action_of(keys, GLFW_KEY_F1) == PresentAction::help);
    CHECK(action_of(keys, GLFW_KEY_F1, GLFW_MOD_SHIFT) == PresentAction::leave_help);
    CHECK(action_of(keys, GLFW_KEY_H) == PresentAction::help_on_air);
    std::vector<std::string> problems;
    const PresentKeys pedal =
        read_present_keys("help_on_air = \"ctrl+H\"\nhelp = \"F2\"\n", "keys.toml", problems);
    CHECK(problems.empty());
    CHECK(action_of(pedal, GLFW_KEY_H, GLFW_MOD_CONTROL) == PresentAction::help_on_air);
    CHECK_FALSE(action_of(pedal, GLFW_KEY_H));
    CHECK(action_of(pedal, GLFW_KEY_F2) == PresentAction::help);
    CHECK(encode_present_keys(keys).find("\nhelp_on_air = \"H\"\n") != std::string::npos);
}

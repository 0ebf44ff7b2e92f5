// Tests for present mode's keys: the defaults clickers and pedals need, the bindings file, and
// the mapping from a key press to a command.
#include "present/present_keys.h"

#include <doctest/doctest.h>

using namespace heartflow;
using namespace heartflow::present;

namespace {

std::optional<PresentAction> action_of(const PresentKeys& keys, kit::Key key, int mods = 0) {
    auto command = present_command(keys, {key, mods});
    return command ? std::optional(command->action) : std::nullopt;
}

} // namespace

TEST_CASE("a presentation clicker's keys work out of the box") {
    const PresentKeys keys = default_present_keys();
    CHECK(action_of(keys, kit::Key::page_down) == PresentAction::next);
    CHECK(action_of(keys, kit::Key::right) == PresentAction::next);
    CHECK(action_of(keys, kit::Key::enter) == PresentAction::next);
    CHECK(action_of(keys, kit::Key::page_up) == PresentAction::back);
    CHECK(action_of(keys, kit::Key::left) == PresentAction::back);
    CHECK(action_of(keys, kit::Key::backspace) == PresentAction::back);
    CHECK(action_of(keys, kit::Key::period) == PresentAction::blank);
    CHECK(action_of(keys, kit::Key::b) == PresentAction::blank);
    // The slideshow button alternates F5 and Escape: run and pause the show timer.
    CHECK(action_of(keys, kit::Key::f5) == PresentAction::timer_run);
    CHECK(action_of(keys, kit::Key::f5, kit::mod_shift) == PresentAction::timer_run);
    CHECK(action_of(keys, kit::Key::escape) == PresentAction::timer_pause);
    CHECK(action_of(keys, kit::Key::down) == PresentAction::highlight_next);
    CHECK(action_of(keys, kit::Key::tab) == PresentAction::highlight_next);
    CHECK(action_of(keys, kit::Key::tab, kit::mod_shift) == PresentAction::highlight_previous);
    CHECK(action_of(keys, kit::Key::q, kit::mod_ctrl) == PresentAction::quit);
    CHECK(action_of(keys, kit::Key::f11) == PresentAction::full_screen);
}

TEST_CASE("digits choose, Caps Lock and Num Lock do not matter, other modifiers do") {
    const PresentKeys keys = default_present_keys();
    CHECK(present_command(keys, {kit::Key::d3, 0}) == PresentCommand{PresentAction::choose, 3});
    CHECK(present_command(keys, {kit::Key::kp7, 0}) == PresentCommand{PresentAction::choose, 7});
    CHECK(present_command(keys, {kit::Key::d3, kit::mod_shift}) ==
          PresentCommand{PresentAction::choose, 3});
    CHECK_FALSE(present_command(keys, {kit::Key::d3, kit::mod_ctrl}));
    CHECK_FALSE(present_command(keys, {kit::Key::d0, 0}));
    CHECK(action_of(keys, kit::Key::b, 0) == PresentAction::blank);
    CHECK_FALSE(action_of(keys, kit::Key::q)); // quit needs ctrl
    CHECK_FALSE(action_of(keys, kit::Key::b, kit::mod_ctrl));
}

TEST_CASE("key chords read and print in the file's words") {
    CHECK(kit::parse_key_chord("ctrl+shift+PageDown") ==
          kit::KeyChord{kit::Key::page_down, kit::mod_ctrl | kit::mod_shift});
    CHECK(kit::parse_key_chord("Next") == kit::KeyChord{kit::Key::page_down, 0});
    CHECK(kit::parse_key_chord(".") == kit::KeyChord{kit::Key::period, 0});
    CHECK(kit::parse_key_chord("f12") == kit::KeyChord{kit::Key::f12, 0});
    CHECK(kit::parse_key_chord("KP_4") == kit::KeyChord{kit::Key::kp4, 0});
    CHECK_FALSE(kit::parse_key_chord("PageDwn"));
    CHECK_FALSE(kit::parse_key_chord("hyper+B"));
    CHECK_FALSE(kit::parse_key_chord("F26"));
    CHECK(kit::chord_name({kit::Key::q, kit::mod_ctrl}) == "ctrl+Q");
    CHECK(kit::chord_name({kit::Key::period, 0}) == "period");
    CHECK(kit::chord_name({kit::Key::tab, kit::mod_shift}) == "shift+Tab");
}

TEST_CASE("a bindings file replaces an action's keys and takes them from the defaults") {
    std::vector<std::string> problems;
    const PresentKeys keys = read_present_keys(
        "# my pedal\nnext = \"b\"\nblank = \"\"\nback = \"Up\"\n", "present-keys.toml", problems);
    CHECK(problems.empty());
    CHECK(action_of(keys, kit::Key::b) == PresentAction::next);
    CHECK_FALSE(action_of(keys, kit::Key::page_down));           // next has only B now
    CHECK_FALSE(action_of(keys, kit::Key::period));              // blank has no key
    CHECK(action_of(keys, kit::Key::up) == PresentAction::back); // taken from highlight_previous
    CHECK(action_of(keys, kit::Key::tab, kit::mod_shift) == PresentAction::highlight_previous);
    CHECK(action_of(keys, kit::Key::q, kit::mod_ctrl) == PresentAction::quit); // untouched
}

TEST_CASE("problems in a bindings file are reported where they are and their settings skipped") {
    std::vector<std::string> problems;
    const PresentKeys keys =
        read_present_keys("nxt = \"Right\"\nnext = \"PageDwn\"\nblank = \"Right\"\nback = "
                          "\"Right\"\nblank = \"Up\"\nnonsense\ntour = 3\n",
                          "keys.toml", problems);
    REQUIRE(problems.size() == 6);
    CHECK(problems[0].rfind("keys.toml:1:1: warning: unknown setting 'nxt' (settings: next,", 0) ==
          0);
    CHECK(problems[1].rfind("keys.toml:5:", 0) == 0); // blank twice: TOML refuses the line
    CHECK(problems[2].rfind("keys.toml:6:", 0) == 0); // not key = value
    CHECK(problems[3] ==
          "keys.toml:7:1: warning: 'tour' should be a string, not an integer; it is skipped");
    CHECK(problems[4] ==
          "keys.toml:2:1: warning: unknown key name 'PageDwn'; this setting is skipped");
    CHECK(problems[5] ==
          "keys.toml:4:1: warning: Right is already bound to blank; this setting is skipped");
    CHECK(action_of(keys, kit::Key::right) == PresentAction::blank);
    CHECK(action_of(keys, kit::Key::page_down) ==
          PresentAction::next); // the bad line changed nothing
    CHECK(action_of(keys, kit::Key::page_up) == PresentAction::back);
    CHECK(action_of(keys, kit::Key::t) == PresentAction::tour);
}

TEST_CASE("the printed bindings file reads back to the same bindings") {
    std::vector<std::string> problems;
    const PresentKeys defaults = default_present_keys();
    const PresentKeys again = read_present_keys(encode_present_keys(defaults), "t", problems);
    CHECK(problems.empty());
    for (const auto& row : defaults.bindings)
        CHECK(present_command(again, {row.chord.key, row.chord.mods}) ==
              PresentCommand{row.command, row.number});
    CHECK(again.bindings.size() == defaults.bindings.size());
    CHECK(keys_of(defaults, PresentAction::back, 2) == "Backspace / PageUp");
}

TEST_CASE("the help keys: F1 goes to help, shift+F1 leaves it, H hides the lines from air") {
    const PresentKeys keys = default_present_keys();
    CHECK(action_of(keys, kit::Key::f1) == PresentAction::help);
    CHECK(action_of(keys, kit::Key::f1, kit::mod_shift) == PresentAction::leave_help);
    CHECK(action_of(keys, kit::Key::h) == PresentAction::help_on_air);
    std::vector<std::string> problems;
    const PresentKeys pedal =
        read_present_keys("help_on_air = \"ctrl+H\"\nhelp = \"F2\"\n", "keys.toml", problems);
    CHECK(problems.empty());
    CHECK(action_of(pedal, kit::Key::h, kit::mod_ctrl) == PresentAction::help_on_air);
    CHECK_FALSE(action_of(pedal, kit::Key::h));
    CHECK(action_of(pedal, kit::Key::f2) == PresentAction::help);
    CHECK(encode_present_keys(keys).find("\nhelp_on_air = \"H\"\n") != std::string::npos);
}

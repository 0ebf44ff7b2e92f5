// Tests for the player's flags.
#include "player/player_options.h"

#include <doctest/doctest.h>

using namespace heartflow;
using namespace heartflow::player;

namespace {

PlayerOptions player_parsed(std::vector<std::string> args) {
    auto result = parse_player_options(args);
    REQUIRE(std::holds_alternative<PlayerOptions>(result));
    return std::get<PlayerOptions>(result);
}

std::string player_error(std::vector<std::string> args) {
    auto result = parse_player_options(args);
    REQUIRE(std::holds_alternative<std::string>(result));
    return std::get<std::string>(result);
}

} // namespace

TEST_CASE("the player's flags are parsed, in both spellings") {
    PlayerOptions o =
        player_parsed({"flow.toml", "--screenshot", "out.png", "--text-size=1.5", "--theme", "dark",
                       "--reduced-motion", "--at", "breathe", "--size", "800x600", "--fresh"});
    CHECK(o.flow_file == "flow.toml");
    CHECK(o.screenshot == "out.png");
    CHECK(*o.text_scale == doctest::Approx(1.5f));
    CHECK(*o.theme == kit::Theme::dark);
    CHECK(o.reduced_motion);
    CHECK(*o.start_at == "breathe");
    CHECK(o.width == 800);
    CHECK(o.height == 600);
    CHECK(o.fresh);
}

TEST_CASE("no flow file means the chooser of the installed flows") {
    auto result = parse_player_options({"--fresh"});
    REQUIRE(std::holds_alternative<PlayerOptions>(result));
    CHECK(std::get<PlayerOptions>(result).flow_file.empty());
}

TEST_CASE("wrong flags are refused with a sentence") {
    CHECK(player_error({"a.toml", "b.toml"}).find("one flow file") != std::string::npos);
    CHECK(player_error({"a.toml", "--text-size", "7"}).find("0.8 to 2.0") != std::string::npos);
    CHECK(player_error({"a.toml", "--theme", "neon"}).find("high-contrast") != std::string::npos);
    CHECK(player_error({"a.toml", "--size", "10x10"}).find("WIDTHxHEIGHT") != std::string::npos);
    CHECK(player_error({"a.toml", "--bogus"}).find("--bogus") != std::string::npos);
    CHECK(player_error({"a.toml", "--screenshot"}).find("--screenshot") != std::string::npos);
}

TEST_CASE("every value flag takes --flag=value as well as --flag value") {
    PlayerOptions o = player_parsed({"--size=800x560", "--text-size", "1.5", "--theme=light",
                                     "--at=breathe", "--screenshot=shot.png", "flow.toml"});
    CHECK(o.width == 800);
    CHECK(o.height == 560);
    CHECK(*o.text_scale == doctest::Approx(1.5f));
    CHECK(*o.theme == kit::Theme::light);
    CHECK(*o.start_at == "breathe");
    CHECK(o.screenshot == "shot.png");
    CHECK(o.flow_file == "flow.toml");
    CHECK_FALSE(o.fresh);
    CHECK_FALSE(o.reduced_motion);
}

TEST_CASE("--tty changes nothing in a window, and -- lets a file name begin with a dash") {
    CHECK(player_parsed({"flow.toml", "--tty"}).flow_file == "flow.toml");
    CHECK(player_parsed({"--fresh", "--", "-odd.toml"}).flow_file == "-odd.toml");
}

TEST_CASE("a refusal says which flag or file is wrong") {
    CHECK(player_error({"a.toml", "--size"}) == "--size needs a value");
    CHECK(player_error({"a.toml", "--text-size=3"}).find("0.8 to 2.0") != std::string::npos);
    CHECK(player_error({"a.toml", "--size=800by560"}).find("WIDTHxHEIGHT") != std::string::npos);
    CHECK(player_error({"a.toml", "--fresh=yes"}) == "unknown option '--fresh=yes'");
    CHECK(player_error({"a.toml", "--colour", "red"}) == "unknown option '--colour'");
    CHECK(player_error({"a.toml", "--at", "x", "b.toml"}) ==
          "play takes one flow file; 'b.toml' is a second one");
}

TEST_CASE("--lang names the translation to play; anything but a language tag is refused") {
    CHECK(player_parsed({"flow.toml", "--lang", "pt_BR"}).language == "pt_BR");
    CHECK(player_parsed({"flow.toml", "--lang=el"}).language == "el");
    CHECK(player_parsed({"flow.toml"}).language.empty()); // the locale chooses
    CHECK(player_error({"flow.toml", "--lang", "../el"}).find("--lang") != std::string::npos);
}

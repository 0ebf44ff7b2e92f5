// Tests for the player's flags.
#include "player/player_options.h"

#include <doctest/doctest.h>

using namespace heartflow;
using namespace heartflow::player;

namespace {

PlayerOptions parsed(std::vector<std::string> args) {
    auto result = parse_player_options(args);
    REQUIRE(std::holds_alternative<PlayerOptions>(result));
    return std::get<PlayerOptions>(result);
}

std::string parse_error(std::vector<std::string> args) {
    auto result = parse_player_options(args);
    REQUIRE(std::holds_alternative<std::string>(result));
    return std::get<std::string>(result);
}

} // namespace

TEST_CASE("the player's flags are parsed, in both spellings") {
    PlayerOptions o =
        parsed({"flow.toml", "--screenshot", "out.png", "--text-size=1.5", "--theme", "dark",
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
    CHECK(parse_error({"a.toml", "b.toml"}).find("one flow file") != std::string::npos);
    CHECK(parse_error({"a.toml", "--text-size", "7"}).find("0.8 to 2.0") != std::string::npos);
    CHECK(parse_error({"a.toml", "--theme", "neon"}).find("high-contrast") != std::string::npos);
    CHECK(parse_error({"a.toml", "--size", "10x10"}).find("WIDTHxHEIGHT") != std::string::npos);
    CHECK(parse_error({"a.toml", "--bogus"}).find("--bogus") != std::string::npos);
    CHECK(parse_error({"a.toml", "--screenshot"}).find("--screenshot") != std::string::npos);
}

// Tests for present mode's flags.
#include "present/present_options.h"

#include <doctest/doctest.h>

using namespace heartflow;
using namespace heartflow::present;

namespace {

PresentOptions present_parsed(std::vector<std::string> args) {
    auto result = parse_present_options(args);
    REQUIRE(std::holds_alternative<PresentOptions>(result));
    return std::get<PresentOptions>(result);
}

std::string present_error(std::vector<std::string> args) {
    auto result = parse_present_options(args);
    REQUIRE(std::holds_alternative<std::string>(result));
    return std::get<std::string>(result);
}

} // namespace

TEST_CASE("present mode's flags are parsed, in both spellings") {
    PresentOptions o = present_parsed({"show.toml",
                                       "--presenter-size=1600x900",
                                       "--audience-size",
                                       "1920x1080",
                                       "--presenter-position",
                                       "-1920,0",
                                       "--audience-monitor=2",
                                       "--chroma-key",
                                       "#00ff00",
                                       "--show-notes=notes.md",
                                       "--keys",
                                       "keys.toml",
                                       "--text-size=1.2",
                                       "--theme",
                                       "dark",
                                       "--screenshot-presenter",
                                       "p.png",
                                       "--screenshot-audience=a.png",
                                       "--tour",
                                       "--audience-chart",
                                       "--reduced-motion"});
    CHECK(o.flow_file == "show.toml");
    CHECK(o.presenter.width == 1600);
    CHECK(o.presenter.height == 900);
    CHECK(o.audience.width == 1920);
    CHECK(o.audience.height == 1080);
    CHECK(o.presenter.position == std::pair{-1920, 0});
    CHECK_FALSE(o.audience.position.has_value());
    CHECK(o.audience.monitor == 2);
    CHECK_FALSE(o.presenter.monitor.has_value());
    REQUIRE(o.chroma_key.has_value());
    CHECK(o.chroma_key->y == doctest::Approx(1.0f));
    CHECK(o.show_notes == "notes.md");
    CHECK(o.keys_file == "keys.toml");
    CHECK(*o.text_scale == doctest::Approx(1.2f));
    CHECK(*o.theme == kit::Theme::dark);
    CHECK(o.presenter.screenshot == "p.png");
    CHECK(o.audience.screenshot == "a.png");
    CHECK(o.tour);
    CHECK(o.audience_chart);
    CHECK(o.reduced_motion);
    CHECK_FALSE(o.print_keys);
}

TEST_CASE("--print-keys needs no flow file; anything else does") {
    CHECK(present_parsed({"--print-keys"}).print_keys);
    CHECK(present_error({"--tour"}).find("present needs a flow file") == 0);
}

TEST_CASE("present mode refuses a wrong flag with a sentence that names it") {
    CHECK(present_error({"a.toml", "--audience-size"}) == "--audience-size needs a value");
    CHECK(present_error({"a.toml", "--audience-size=10x10"})
              .find("--audience-size takes WIDTHxHEIGHT") == 0);
    CHECK(present_error({"a.toml", "--presenter-position", "here"}).find("X,Y") !=
          std::string::npos);
    CHECK(present_error({"a.toml", "--presenter-monitor=0"}).find("monitor number") !=
          std::string::npos);
    CHECK(present_error({"a.toml", "--chroma-key", "pink"}).find("--chroma-key takes") == 0);
    CHECK(present_error({"a.toml", "--text-size", "1.5x"}).find("0.8 to 2.0") != std::string::npos);
    CHECK(present_error({"a.toml", "--presenter-colour", "x"}) ==
          "unknown option '--presenter-colour'");
    CHECK(present_error({"a.toml", "--tour=yes"}) == "unknown option '--tour=yes'");
    CHECK(present_error({"a.toml", "b.toml"}) ==
          "present takes one flow file; 'b.toml' is a second one");
}

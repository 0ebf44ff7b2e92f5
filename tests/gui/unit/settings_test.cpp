// Tests for comfort settings, the player's flags and the file watcher.
#include "player/comfort_settings.h"
#include "player/flow_watcher.h"
#include "player/player_options.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <thread>
#include <unistd.h>

using namespace heartflow::gui;
namespace fs = std::filesystem;

namespace {

fs::path temp_folder() {
    std::string pattern = (fs::temp_directory_path() / "heartflow-gui-XXXXXX").string();
    return ::mkdtemp(pattern.data());
}

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

TEST_CASE("comfort settings survive a round trip through their file") {
    fs::path dir = temp_folder();
    ComfortSettings c{1.5f, Theme::high_contrast, true};
    REQUIRE(save_comfort(dir / "heartflow" / "comfort.toml", c).empty());
    CHECK(load_comfort(dir / "heartflow" / "comfort.toml") == c);
    CHECK(load_comfort(dir / "missing.toml") == ComfortSettings{});
    fs::remove_all(dir);
}

TEST_CASE("a comfort file is read leniently") {
    ComfortSettings c = decode_comfort("# note\ntext_scale = 9\ntheme = \"purple\"\nreduced_motion = yes\nnonsense\n");
    CHECK(c.text_scale == doctest::Approx(kMaxTextScale));
    CHECK(c.theme == Theme::light);
    CHECK_FALSE(c.reduced_motion);
    CHECK(decode_comfort("theme = \"dark\"").theme == Theme::dark);
}

TEST_CASE("text size steps stay on the grid and inside the limits") {
    CHECK(step_text_scale(1.0f, +1) == doctest::Approx(1.1f));
    CHECK(step_text_scale(1.04f, -1) == doctest::Approx(0.9f));
    CHECK(step_text_scale(kMaxTextScale, +1) == doctest::Approx(kMaxTextScale));
    CHECK(step_text_scale(kMinTextScale, -1) == doctest::Approx(kMinTextScale));
}

TEST_CASE("the player's flags are parsed, in both spellings") {
    PlayerOptions o = parsed({"flow.toml", "--screenshot", "out.png", "--text-size=1.5", "--theme", "dark",
                              "--reduced-motion", "--at", "breathe", "--size", "800x600", "--fresh"});
    CHECK(o.flow_file == "flow.toml");
    CHECK(o.screenshot == "out.png");
    CHECK(*o.text_scale == doctest::Approx(1.5f));
    CHECK(*o.theme == Theme::dark);
    CHECK(o.reduced_motion);
    CHECK(*o.start_at == "breathe");
    CHECK(o.width == 800);
    CHECK(o.height == 600);
    CHECK(o.fresh);
}

TEST_CASE("wrong flags are refused with a sentence") {
    CHECK(parse_error({}).find("needs a flow file") != std::string::npos);
    CHECK(parse_error({"a.toml", "b.toml"}).find("one flow file") != std::string::npos);
    CHECK(parse_error({"a.toml", "--text-size", "7"}).find("0.8 to 2.0") != std::string::npos);
    CHECK(parse_error({"a.toml", "--theme", "neon"}).find("high-contrast") != std::string::npos);
    CHECK(parse_error({"a.toml", "--size", "10x10"}).find("WIDTHxHEIGHT") != std::string::npos);
    CHECK(parse_error({"a.toml", "--bogus"}).find("--bogus") != std::string::npos);
    CHECK(parse_error({"a.toml", "--screenshot"}).find("--screenshot") != std::string::npos);
}

TEST_CASE("the watcher reports each change of the file once") {
    fs::path dir = temp_folder();
    std::ofstream(dir / "f.toml") << "one";
    FlowWatcher watcher(dir / "f.toml");
    CHECK_FALSE(watcher.changed());
    std::ofstream(dir / "f.toml") << "two, longer";
    CHECK(watcher.changed());
    CHECK_FALSE(watcher.changed());
    fs::remove(dir / "f.toml");
    CHECK_FALSE(watcher.changed());
    std::ofstream(dir / "f.toml") << "back";
    CHECK(watcher.changed());
    fs::remove_all(dir);
}

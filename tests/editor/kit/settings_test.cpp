// Tests for the kit: comfort settings and the file watcher.
#include "kit/comfort_settings.h"
#include "kit/flow_watcher.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <thread>
#include <unistd.h>

using namespace heartflow;
namespace fs = std::filesystem;

namespace {

fs::path temp_folder() {
    std::string pattern = (fs::temp_directory_path() / "heartflow-gui-XXXXXX").string();
    return ::mkdtemp(pattern.data());
}

} // namespace

TEST_CASE("comfort settings survive a round trip through their file") {
    fs::path dir = temp_folder();
    kit::ComfortSettings c{1.5f, kit::Theme::high_contrast, true};
    REQUIRE(kit::save_comfort(dir / "heartflow" / "comfort.toml", c).empty());
    CHECK(kit::load_comfort(dir / "heartflow" / "comfort.toml") == c);
    CHECK(kit::load_comfort(dir / "missing.toml") == kit::ComfortSettings{});
    fs::remove_all(dir);
}

TEST_CASE("a comfort file is read leniently, each problem located and its setting skipped") {
    std::vector<std::string> warnings;
    kit::ComfortSettings c = kit::decode_comfort(
        "# note\ntext_scale = 9\ntheme = \"purple\"\nreduced_motion = yes\nnonsense\ncolour = 1\n",
        "comfort.toml", warnings);
    CHECK(c.text_scale == doctest::Approx(kit::kMaxTextScale));
    CHECK(c.theme == kit::Theme::light);
    CHECK_FALSE(c.reduced_motion);
    REQUIRE(warnings.size() == 4);
    CHECK(warnings[0].rfind("comfort.toml:4:", 0) == 0); // yes is not TOML: the line is skipped
    CHECK(warnings[1].rfind("comfort.toml:5:", 0) == 0);
    CHECK(warnings[2].rfind("comfort.toml:6:1: warning: unknown setting 'colour'", 0) == 0);
    CHECK(warnings[3] == "comfort.toml:3:1: warning: unknown theme 'purple' (light, dark or "
                         "high-contrast); it is skipped");
    CHECK(kit::decode_comfort("theme = \"dark\"", "c", warnings).theme == kit::Theme::dark);
    CHECK(kit::decode_comfort("text_scale = true\n", "c", warnings).text_scale == 1.0f);
    CHECK(warnings.back() == "c:1:1: warning: 'text_scale' should be a number, not true/false; it "
                             "is skipped");
}

TEST_CASE("a comfort file the old writer wrote reads the same, and is written owner-only") {
    const std::string old_file = "# heartflow comfort settings (changed from the player; safe to "
                                 "edit)\ntext_scale = 1.30\ntheme = \"high-contrast\"\n"
                                 "reduced_motion = true\n";
    std::vector<std::string> warnings;
    const kit::ComfortSettings c = kit::decode_comfort(old_file, "comfort.toml", warnings);
    CHECK(warnings.empty());
    CHECK(c == kit::ComfortSettings{1.3f, kit::Theme::high_contrast, true});
    CHECK(kit::encode_comfort(c) == old_file);
    fs::path dir = temp_folder();
    REQUIRE(kit::save_comfort(dir / "heartflow" / "comfort.toml", c).empty());
    CHECK((fs::status(dir / "heartflow" / "comfort.toml").permissions() & fs::perms::all) ==
          (fs::perms::owner_read | fs::perms::owner_write));
    fs::remove_all(dir);
}

TEST_CASE("text size steps stay on the grid and inside the limits") {
    CHECK(kit::step_text_scale(1.0f, +1) == doctest::Approx(1.1f));
    CHECK(kit::step_text_scale(1.04f, -1) == doctest::Approx(0.9f));
    CHECK(kit::step_text_scale(kit::kMaxTextScale, +1) == doctest::Approx(kit::kMaxTextScale));
    CHECK(kit::step_text_scale(kit::kMinTextScale, -1) == doctest::Approx(kit::kMinTextScale));
}

TEST_CASE("the watcher reports each change of the file once") {
    fs::path dir = temp_folder();
    std::ofstream(dir / "f.toml") << "one";
    kit::FlowWatcher watcher(dir / "f.toml");
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

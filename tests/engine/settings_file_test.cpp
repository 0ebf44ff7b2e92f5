// Tests for settings files: TOML through the guarded parser, forgiving and located.
#include "heartflow/settings_file.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <unistd.h>

using namespace heartflow;
namespace fs = std::filesystem;

namespace {

constexpr SettingSpec kSpecs[] = {
    {"name", SettingType::string},
    {"on", SettingType::boolean},
    {"size", SettingType::number},
};

} // namespace

TEST_CASE("settings are read in file order with where each key is written") {
    const SettingsRead read = read_settings_text(
        "# c\nsize = 2\n  name = \"x y\"\non = false\nsize2 = 1.5\n", "s.toml", kSpecs);
    REQUIRE(read.settings.size() == 3);
    CHECK(read.settings[0].key == "size");
    CHECK(std::get<double>(read.settings[0].value) == 2.0);
    CHECK(read.settings[0].pos == SourcePos{2, 1});
    CHECK(std::get<std::string>(read.settings[1].value) == "x y");
    CHECK(read.settings[1].pos == SourcePos{3, 3});
    CHECK_FALSE(std::get<bool>(read.settings[2].value));
    REQUIRE(read.warnings.size() == 1);
    CHECK(read.warnings[0] ==
          "s.toml:5:1: warning: unknown setting 'size2' (settings: name, on, size)");
}

TEST_CASE("a line TOML cannot read, or a wrong type, is reported and skipped; the rest applies") {
    const SettingsRead read = read_settings_text(
        "on = yes\nname = 3\nsize = 1\nsize = 2\n[table]\nname = \"t\"\n", "s.toml", kSpecs);
    REQUIRE(read.warnings.size() == 4);
    CHECK(read.warnings[0].rfind("s.toml:1:", 0) == 0);
    CHECK(read.warnings[0].find("; this line is skipped") != std::string::npos);
    CHECK(read.warnings[1] == "s.toml:2:1: warning: 'name' should be a string, not an integer; it "
                              "is skipped");
    CHECK(read.warnings[2].rfind("s.toml:4:", 0) == 0); // size set twice
    CHECK(read.warnings[3].rfind("s.toml:5:", 0) == 0); // a table is no setting
    REQUIRE(read.settings.size() == 1);
    CHECK(std::get<double>(read.settings[0].value) == 1.0);
}

TEST_CASE("input the guard refuses is reported once and nothing is read") {
    const SettingsRead read = read_settings_text("name = \"a\"\n\xff = 1\n", "s.toml", kSpecs);
    CHECK(read.settings.empty());
    REQUIRE(read.warnings.size() == 1);
    CHECK(read.warnings[0].find("the file is skipped") != std::string::npos);
}

TEST_CASE("settings files are written atomically and owner-only, and read back") {
    std::string pattern = (fs::temp_directory_path() / "heartflow-settings-XXXXXX").string();
    REQUIRE(::mkdtemp(pattern.data()) != nullptr);
    const fs::path file = fs::path(pattern) / "new" / "s.toml";
    CHECK_FALSE(read_settings_file(file, kSpecs).found);
    REQUIRE(write_settings_file(file, "name = \"n\"\non = true\n").ok);
    CHECK((fs::status(file).permissions() & fs::perms::all) ==
          (fs::perms::owner_read | fs::perms::owner_write));
    CHECK((fs::status(file.parent_path()).permissions() & fs::perms::all) == fs::perms::owner_all);
    const SettingsRead read = read_settings_file(file, kSpecs);
    CHECK(read.found);
    CHECK(read.warnings.empty());
    CHECK(read.settings.size() == 2);
    fs::remove_all(pattern);
}

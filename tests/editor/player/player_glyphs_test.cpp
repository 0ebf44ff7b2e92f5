// What the player's fonts are built for (PlayerGlyphs): the CJK characters of the chooser's
// words before a flow is picked, of the help lines, and of the flow picked, in the person's
// language.
#include "heartflow/config_dir.h"
#include "heartflow/help_lines.h"
#include "kit/cjk_glyphs.h"
#include "kit/headless_fonts.h"
#include "player/player_glyphs.h"

#include <doctest/doctest.h>
#include <imgui.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <unistd.h>

using namespace heartflow;
using namespace heartflow::player;
namespace fs = std::filesystem;

namespace {

const fs::path kTranslations = fs::path(HEARTFLOW_SOURCE_DIR) / "tests" / "data" / "translations";

// A headless ImGui context, private XDG folders and a folder of installed flows holding the
// counting flow and its Japanese file; torn down afterwards.
struct GlyphsRig : kit::test::HeadlessFonts {
    fs::path home;
    double now = 0.0;

    GlyphsRig() : HeadlessFonts(1200, 820, 20.0f) {
        std::string pattern = (fs::temp_directory_path() / "heartflow-glyphs-XXXXXX").string();
        home = ::mkdtemp(pattern.data());
        ::setenv("XDG_DATA_HOME", (home / "data").c_str(), 1);
        ::setenv("XDG_CONFIG_HOME", (home / "config").c_str(), 1);
        fs::create_directories(home / "flows");
        for (const char* name : {"breaths.toml", "breaths.ja.po"})
            fs::copy_file(kTranslations / name, home / "flows" / name);
    }
    ~GlyphsRig() {
        std::error_code ec;
        fs::remove_all(home, ec);
    }
    GlyphsRig(const GlyphsRig&) = delete;
    GlyphsRig& operator=(const GlyphsRig&) = delete;

    // The player's options: no flow named, the rig's flows offered, in `language`.
    [[nodiscard]] PlayerOptions chooser(const std::string& language) const {
        PlayerOptions o;
        o.flows_dir = home / "flows";
        o.language = language;
        o.fresh = true;
        return o;
    }

    // One frame with these key commands.
    void frame(Player& player, std::vector<KeyCommand> keys = {}) {
        now += 0.1;
        ImGui::NewFrame();
        player.frame(fonts, keys, now);
        ImGui::Render();
    }
};

// True when `glyphs` holds every character of the UTF-8 `text`'s CJK characters.
bool has_all(const PlayerGlyphs& glyphs, std::string_view text) {
    std::set<ImWchar> wanted;
    kit::add_cjk_glyphs(text, wanted);
    REQUIRE_FALSE(wanted.empty());
    for (ImWchar c : wanted)
        if (!glyphs.cjk().count(c)) return false;
    return true;
}

} // namespace

TEST_CASE("the chooser's words, in the person's language, are built before a flow is picked") {
    GlyphsRig rig;
    Player player(rig.chooser("ja"));
    REQUIRE(player.catalog().size() == 1);
    REQUIRE(player.catalog()[0].title == "数回の呼吸");
    PlayerGlyphs glyphs(player);
    CHECK(has_all(glyphs, "数回の呼吸")); // the title on the chooser's card
    CHECK(glyphs.scripts() == kit::kScriptsAll);
    CHECK_FALSE(has_all(glyphs, "ゆっくり")); // the first step's words: not on screen yet
}

TEST_CASE("in the flow's own language the chooser needs no CJK characters") {
    GlyphsRig rig;
    Player player(rig.chooser("pl"));
    PlayerGlyphs glyphs(player);
    CHECK(glyphs.cjk().empty());
}

TEST_CASE("the help lines, reachable from the chooser, are built before a flow is picked") {
    GlyphsRig rig;
    const std::string line = "相談窓口 000-000-000";
    REQUIRE(save_help_lines_file(help_lines_file(default_config_dir()), {&line, 1}).ok);
    Player player(rig.chooser("pl"));
    PlayerGlyphs glyphs(player);
    CHECK(has_all(glyphs, "相談窓口"));
}

TEST_CASE("the flow picked in the chooser has its words built, in the person's language") {
    GlyphsRig rig;
    Player player(rig.chooser("ja"));
    PlayerGlyphs glyphs(player);
    rig.frame(player);
    CHECK_FALSE(glyphs.update(player)); // nothing new while the chooser shows
    rig.frame(player, {{Command::choose, 1}});
    rig.frame(player);
    REQUIRE(player.session() != nullptr);
    CHECK(glyphs.update(player));
    CHECK(has_all(glyphs, "ゆっくり息を吸って、吐いてください。"));
    CHECK(has_all(glyphs, "できました"));
    CHECK(has_all(glyphs, "数回の呼吸")); // and what was built before stays
}

// The player driven headless: an ImGui context with no window (imgui's example_null
// technique), real key commands, and the saved session as the outcome.
#include "heartflow/session_store.h"
#include "kit/headless_fonts.h"
#include "player/player.h"

#include <doctest/doctest.h>
#include <imgui.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

using namespace heartflow;
using namespace heartflow;
using namespace heartflow::player;
namespace fs = std::filesystem;

namespace {

const fs::path kGentleFlow =
    fs::path(HEARTFLOW_SOURCE_DIR) / "tests" / "gui" / "data" / "gentle.toml";

// An ImGui context with a built font atlas and private XDG folders, torn down afterwards.
struct HeadlessPlayer : kit::test::HeadlessFonts {
    fs::path home;
    double now = 0.0;

    HeadlessPlayer() : HeadlessFonts(1200, 820, 20.0f) {
        std::string pattern = (fs::temp_directory_path() / "heartflow-player-XXXXXX").string();
        home = ::mkdtemp(pattern.data());
        ::setenv("XDG_DATA_HOME", (home / "data").c_str(), 1);
        ::setenv("XDG_CONFIG_HOME", (home / "config").c_str(), 1);
    }
    ~HeadlessPlayer() {
        std::error_code ec;
        fs::remove_all(home, ec);
    }

    // One frame with these key commands; time moves on a little.
    void frame(Player& player, std::vector<KeyCommand> keys = {}) {
        now += 0.1;
        ImGui::NewFrame();
        player.frame(fonts, keys, now);
        ImGui::Render();
    }
    void press(Player& player, Command c, int number = 0) {
        frame(player, {{c, number}});
        frame(player);
    }

    std::vector<StoredSession> sessions() const { return SessionStore(default_data_dir()).list(); }
};

PlayerOptions options(fs::path flow, bool fresh) {
    PlayerOptions o;
    o.flow_file = flow.string();
    o.fresh = fresh;
    return o;
}

std::vector<std::string> path_of(const StoredSession& s) {
    std::vector<std::string> ids;
    for (const SnapshotStep& step : s.snapshot.path)
        ids.push_back(step.node);
    return ids;
}

} // namespace

TEST_CASE("with no flow named, the player offers the installed flows and plays the one chosen") {
    HeadlessPlayer h;
    PlayerOptions o = options("", true);
    o.flows_dir = fs::path(HEARTFLOW_SOURCE_DIR) / "flows";
    Player player(o);
    h.frame(player);
    CHECK(player.session() == nullptr);
    CHECK(player.window_title() == "heartflow");
    h.press(player, Command::choose, 2); // by title: Getting to the Heart of the Matter
    REQUIRE(player.session() != nullptr);
    CHECK(player.session()->program().flow->info.id == "heart-of-the-matter");
    CHECK(player.window_title() == "heartflow · Getting to the Heart of the Matter");
}

TEST_CASE("before a flow is chosen, Pause closes: nothing is under way to pause or save") {
    HeadlessPlayer h;
    PlayerOptions o = options("", true);
    o.flows_dir = fs::path(HEARTFLOW_SOURCE_DIR) / "flows";
    Player player(o);
    h.frame(player);
    h.press(player, Command::pause);
    CHECK(player.wants_close());
    CHECK(h.sessions().empty());
}

TEST_CASE("keys choose, go back and continue, and closing saves the session") {
    HeadlessPlayer h;
    Player player(options(kGentleFlow, true));
    h.frame(player);
    h.press(player, Command::choose, 1); // start -> body
    h.press(player, Command::back);      // body -> start
    h.press(player, Command::choose, 3); // start -> write
    h.press(player, Command::confirm);   // write -> end
    h.press(player, Command::export_transcript);
    h.press(player, Command::back); // end -> write
    h.press(player, Command::quit);
    CHECK(player.wants_close());
    auto sessions = h.sessions();
    REQUIRE(sessions.size() == 1);
    CHECK(path_of(sessions[0]) == std::vector<std::string>{"start", "write"});
    fs::path transcript = default_data_dir() / "transcripts" / (sessions[0].key + ".md");
    REQUIRE(fs::exists(transcript));
    std::ostringstream text;
    text << std::ifstream(transcript).rdbuf();
    CHECK(text.str().find("# A gentle check-in") == 0);
    CHECK(text.str().find("**Start**: \"With writing\"") != std::string::npos);
}

TEST_CASE("opening the same flow again offers to continue where it stopped") {
    HeadlessPlayer h;
    {
        Player first(options(kGentleFlow, true));
        h.frame(first);
        h.press(first, Command::choose, 2); // start -> breathe
        h.press(first, Command::pause);
    }
    SUBCASE("continue") {
        Player again(options(kGentleFlow, false));
        h.frame(again);
        h.press(again, Command::choose, 1); // continue
        h.press(again, Command::confirm);   // breathe -> write
        h.press(again, Command::quit);
        auto sessions = h.sessions();
        REQUIRE(sessions.size() == 1);
        CHECK(path_of(sessions[0]) == std::vector<std::string>{"start", "breathe", "write"});
    }
    SUBCASE("start from the beginning") {
        Player again(options(kGentleFlow, false));
        h.frame(again);
        h.press(again, Command::choose, 2); // start fresh
        h.press(again, Command::choose, 1); // start -> body
        h.press(again, Command::quit);
        auto sessions = h.sessions();
        REQUIRE(sessions.size() == 2);
        CHECK(path_of(sessions[0]) == std::vector<std::string>{"start", "body"});
    }
}

TEST_CASE("get help now goes to the help node, and back returns from it") {
    HeadlessPlayer h;
    Player player(options(kGentleFlow, true));
    h.frame(player);
    h.press(player, Command::choose, 1); // start -> body
    h.press(player, Command::get_help);  // body -> get_help
    SUBCASE("stay") {
        h.press(player, Command::quit);
        CHECK(path_of(h.sessions().at(0)) == std::vector<std::string>{"start", "body", "get_help"});
    }
    SUBCASE("back") {
        h.press(player, Command::back);
        h.press(player, Command::quit);
        CHECK(path_of(h.sessions().at(0)) == std::vector<std::string>{"start", "body"});
    }
}

TEST_CASE("a help-path ending leads back, with Enter, to where the person left the flow") {
    HeadlessPlayer h;
    Player player(options(kGentleFlow, true));
    h.frame(player);
    h.press(player, Command::choose, 1); // start -> body
    h.press(player, Command::get_help);  // body -> get_help
    h.press(player, Command::choose, 2); // get_help -> reach_out, an ending on the help path
    REQUIRE(player.session()->status() == SessionStatus::finished);
    CHECK(player.session()->on_help_path());
    h.press(player, Command::confirm);
    CHECK(player.session()->status() == SessionStatus::at_node);
    h.press(player, Command::quit);
    CHECK(path_of(h.sessions().at(0)) == std::vector<std::string>{"start", "body"});
}

TEST_CASE("Pause shows that the place is saved and keeps the window; a second Pause closes") {
    HeadlessPlayer h;
    Player player(options(kGentleFlow, true));
    h.frame(player);
    h.press(player, Command::choose, 3); // start -> write
    h.press(player, Command::pause);
    CHECK_FALSE(player.wants_close());
    REQUIRE(h.sessions().size() == 1);
    CHECK(path_of(h.sessions().at(0)) == std::vector<std::string>{"start", "write"});
    h.press(player, Command::pause);
    CHECK(player.wants_close());
}

TEST_CASE("a changed flow file is reloaded in place, and a broken one does not lose the walk") {
    HeadlessPlayer h;
    fs::path flow = h.home / "flow.toml";
    fs::copy_file(kGentleFlow, flow);
    std::ostringstream original;
    original << std::ifstream(kGentleFlow).rdbuf();
    Player player(options(flow, true));
    h.frame(player);
    h.press(player, Command::choose, 3); // start -> write

    std::string edited = original.str();
    edited.replace(edited.find("weighing on you most"), 20, "on your mind");
    std::ofstream(flow) << edited;
    h.now += 1.0;
    h.frame(player);
    std::ofstream(flow)
        << edited
        << "\n[[node]]\nid = \"write\"\nkind = \"prompt\"\ntext = \"again\"\nnext = \"end\"\n";
    h.now += 1.0;
    h.frame(player);
    h.press(player, Command::confirm); // ignored while the errors are shown
    std::ofstream(flow) << edited;
    h.now += 1.0;
    h.frame(player);
    h.press(player, Command::confirm); // write -> end
    h.press(player, Command::quit);
    CHECK(path_of(h.sessions().at(0)) == std::vector<std::string>{"start", "write", "end"});
}

TEST_CASE("text size and theme keys are remembered in the comfort file") {
    HeadlessPlayer h;
    Player player(options(kGentleFlow, true));
    h.frame(player);
    kit::FontSizes before = player.font_sizes(1.0f);
    h.press(player, Command::text_bigger);
    h.press(player, Command::text_bigger);
    h.press(player, Command::cycle_theme);
    h.press(player, Command::toggle_motion);
    CHECK(player.font_sizes(1.0f).body > before.body);
    CHECK(player.font_sizes(2.0f).body ==
          doctest::Approx(2 * player.font_sizes(1.0f).body).epsilon(0.05));
    kit::ComfortSettings saved =
        kit::load_comfort(h.home / "config" / "heartflow" / "comfort.toml");
    CHECK(saved.text_scale == doctest::Approx(1.2f));
    CHECK(saved.theme == kit::Theme::dark);
    CHECK(saved.reduced_motion);
    CHECK_FALSE(player.animating());
}

TEST_CASE("a flow with errors opens to its errors and closes cleanly") {
    HeadlessPlayer h;
    fs::path flow = h.home / "broken.toml";
    std::ofstream(flow) << "[flow]\nid = \"b\"\ntitle = \"B\"\nstart = \"nowhere\"\n\n[[node]]\nid "
                           "= \"a\"\nkind = \"ending\"\ntext = \"x\"\n";
    Player player(options(flow, true));
    h.frame(player);
    h.press(player, Command::choose, 1);
    h.press(player, Command::quit);
    CHECK(player.wants_close());
    CHECK(h.sessions().empty());
}

TEST_CASE("the journal takes the keyboard when the walk reaches it, not when Back returns to it") {
    HeadlessPlayer h;
    Player player(options(kGentleFlow, true));
    h.frame(player);
    h.press(player, Command::choose, 3); // start -> write: the box has the keyboard
    h.frame(player);
    h.frame(player);
    CHECK(ImGui::GetIO().WantTextInput);
    h.press(player, Command::confirm); // Ctrl+Enter from the box: write -> end
    h.press(player, Command::back);    // end -> write: Enter now continues, it adds no line
    h.frame(player);
    h.frame(player);
    CHECK_FALSE(ImGui::GetIO().WantTextInput);
    h.press(player, Command::confirm);
    REQUIRE(player.session() != nullptr);
    CHECK(player.session()->status() == SessionStatus::finished);
    CHECK(player.session()->journal_entries().empty());
}

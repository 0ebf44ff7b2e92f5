// Every choice of a step lies fully inside the visible reading column, read from the rectangles
// the player drew last frame: the flagship's "Name the feeling" (9 choices), its help step, and
// a step of nine long choices, at 800x560, 1024x700 and 1200x820 at the default text size and at
// 1200x820 at the largest; the flow chooser's cards, all at once at the default size and whole
// cards a page at a time where they do not fit. Also: the footer's hints come from the key map and
// tell the truth.
#include "kit/comfort_settings.h"
#include "kit/headless_fonts.h"
#include "player/key_hints.h"
#include "player/player.h"

#include <doctest/doctest.h>
#include <imgui.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <unistd.h>

using namespace heartflow;
using namespace heartflow::player;
namespace fs = std::filesystem;

namespace {

const fs::path kSource = HEARTFLOW_SOURCE_DIR;

// Private XDG folders for one test, removed afterwards.
struct PrivateHome {
    fs::path home;
    PrivateHome() {
        std::string pattern = (fs::temp_directory_path() / "heartflow-choices-XXXXXX").string();
        home = ::mkdtemp(pattern.data());
        ::setenv("XDG_DATA_HOME", (home / "data").c_str(), 1);
        ::setenv("XDG_CONFIG_HOME", (home / "config").c_str(), 1);
    }
    ~PrivateHome() {
        std::error_code ec;
        fs::remove_all(home, ec);
    }
};

struct WindowCase {
    float width, height, text_scale;
};

const WindowCase kCases[] = {
    {800, 560, 1.0f}, {1024, 700, 1.0f}, {1200, 820, 1.0f}, {1200, 820, kit::kMaxTextScale}};

using Rects = std::vector<std::pair<ImVec2, ImVec2>>;

// Checks that each of `rects` (named `what` in a failure) lies fully inside the visible column of
// `drawn`, above its bottom padding.
void check_inside_column(const DrawnLayout& drawn, const Rects& rects, const char* what) {
    const float padding = ImGui::GetStyle().WindowPadding.y;
    for (std::size_t i = 0; i < rects.size(); ++i) {
        const ImVec2& min = rects[i].first; // not a binding: clang 14 cannot capture one
        const ImVec2& max = rects[i].second;
        INFO(what, " ", i + 1, " from ", min.x, ",", min.y, " to ", max.x, ",", max.y);
        CHECK(min.x >= drawn.column_min.x);
        CHECK(min.y >= drawn.column_min.y);
        CHECK(max.x <= drawn.column_max.x);
        CHECK(max.y <= drawn.column_max.y - padding + 1.0f);
    }
}

// Plays `flow` from `node` in a headless window of `c`'s size and checks every choice's rectangle.
void check_choices_in_view(const fs::path& flow, const std::string& node, const WindowCase& c) {
    PrivateHome home;
    kit::test::HeadlessFonts h(c.width, c.height, kit::font_sizes_for(c.text_scale, 1.0f));
    PlayerOptions o;
    o.flow_file = flow.string();
    o.fresh = true;
    o.start_at = node;
    o.text_scale = c.text_scale;
    Player player(o);
    for (int frame = 0; frame < 4; ++frame) {
        ImGui::NewFrame();
        player.frame(h.fonts, {}, 0.1 * frame);
        ImGui::Render();
    }
    INFO(node, " at ", c.width, "x", c.height, " text size ", c.text_scale);
    const DrawnLayout& drawn = player.drawn();
    REQUIRE(player.session() != nullptr);
    REQUIRE(drawn.choices.size() == player.session()->choices().size());
    REQUIRE(drawn.choices.size() >= 2);
    CHECK(drawn.column_max.x <= c.width);
    CHECK(drawn.column_max.y <= c.height);
    check_inside_column(drawn, drawn.choices, "choice");
    for (const auto& rect : drawn.choices) // a whole line of the label, at least
        CHECK(rect.second.y - rect.first.y >= h.fonts.ui->FontSize);
}

// Opens the chooser of the installed flows in a headless window of `c`'s size and pages through
// it with the mouse wheel.
void check_chooser(const WindowCase& c) {
    PrivateHome home;
    kit::test::HeadlessFonts h(c.width, c.height, kit::font_sizes_for(c.text_scale, 1.0f));
    PlayerOptions o;
    o.flows_dir = kSource / "flows";
    o.text_scale = c.text_scale;
    Player player(o);
    const std::size_t flows = flow_catalog(o.flows_dir).size();
    REQUIRE(flows >= 6);
    INFO("the chooser at ", c.width, "x", c.height, " text size ", c.text_scale);
    std::size_t seen = 0;
    for (int frame = 0; frame < 40 && seen < flows; ++frame) {
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = ImVec2(c.width * 0.5f, c.height * 0.5f);
        io.MouseWheel = frame % 2 == 1 ? -1.0f : 0.0f; // a page on every other frame
        ImGui::NewFrame();
        player.frame(h.fonts, {}, 0.1 * frame);
        ImGui::Render();
        if (frame % 2 == 1) continue; // the frame that turned the page drew the old one
        const DrawnLayout& drawn = player.drawn();
        REQUIRE(!drawn.choices.empty());
        check_inside_column(drawn, drawn.choices, "card");
        seen += drawn.choices.size();
    }
    CHECK(seen == flows); // every flow was shown once, on one page or another
}

// Plays `flow` from `node` in a headless window of `c`'s size, choosing `picks` in turn, and
// checks that the screen's kept-in-view actions lie fully inside the column; returns how many.
std::size_t check_actions_in_view(const fs::path& flow, const std::string& node,
                                  const std::vector<int>& picks, const WindowCase& c) {
    PrivateHome home;
    kit::test::HeadlessFonts h(c.width, c.height, kit::font_sizes_for(c.text_scale, 1.0f));
    PlayerOptions o;
    o.flow_file = flow.string();
    o.fresh = true;
    o.start_at = node;
    o.text_scale = c.text_scale;
    Player player(o);
    double now = 0.0;
    auto frame = [&](std::vector<KeyCommand> keys) {
        ImGui::NewFrame();
        player.frame(h.fonts, keys, now += 0.1);
        ImGui::Render();
    };
    for (int pick : picks) {
        frame({});
        frame({{Command::choose, pick}});
    }
    for (int i = 0; i < 4; ++i)
        frame({});
    INFO(node, " then ", picks.size(), " choices at ", c.width, "x", c.height, " text size ",
         c.text_scale);
    const DrawnLayout& drawn = player.drawn();
    check_inside_column(drawn, drawn.actions, "action");
    return drawn.actions.size();
}

} // namespace

TEST_CASE("the way back from the help path's ending is always in view") {
    const fs::path flagship = kSource / "flows" / "heart-of-the-matter.toml";
    for (const WindowCase& c : kCases) {
        // start -> "I don't feel safe right now" -> "I'm going to reach out for help now"
        CHECK(check_actions_in_view(flagship, "start", {2, 1}, c) == 1);
        CHECK(check_actions_in_view(flagship, "end_urgent", {}, c) == 1); // "Begin the flow"
    }
}

TEST_CASE("an ending's transcript, start again and close are always in view") {
    for (const WindowCase& c : kCases)
        CHECK(check_actions_in_view(kSource / "flows" / "heart-of-the-matter.toml", "end_complete",
                                    {}, c) == 4);
}

TEST_CASE("the flow chooser shows whole cards, every flow on one page or another") {
    // (That they all show at once at the default size, in the real fonts, is read back from a
    // screenshot by tests/gui/screenshots.sh.)
    for (const WindowCase& c : kCases)
        check_chooser(c);
}

TEST_CASE("the flagship's feelings are all in view in every window size") {
    for (const WindowCase& c : kCases)
        check_choices_in_view(kSource / "flows" / "heart-of-the-matter.toml", "name_feeling", c);
}

TEST_CASE("the help step's choices are all in view in every window size") {
    for (const WindowCase& c : kCases)
        check_choices_in_view(kSource / "flows" / "heart-of-the-matter.toml", "urgent_help", c);
}

TEST_CASE("nine long choices are all in view in every window size") {
    for (const WindowCase& c : kCases)
        check_choices_in_view(kSource / "tests" / "gui" / "data" / "long_choices.toml", "many", c);
}

TEST_CASE("the footer's hints come from the key map and say what each key does here") {
    HintContext choosing;
    choosing.choices = 3;
    choosing.can_go_back = true;
    const auto hints = footer_hints(choosing);
    CHECK(hints.front() == "1-9 choose");
    CHECK(std::find(hints.begin(), hints.end(), "F1 get help now") != hints.end());
    CHECK(std::find(hints.begin(), hints.end(), "F2 list of keys") != hints.end());
    CHECK(std::find(hints.begin(), hints.end(), "Backspace back") != hints.end());

    HintContext writing;
    writing.choices = 1;
    writing.typing = true;
    writing.can_go_back = true;
    const auto typing = footer_hints(writing);
    CHECK(typing[0] == "Enter new line");
    CHECK(typing[1] == "Ctrl+Enter continue from a text box");
    CHECK(std::find(typing.begin(), typing.end(), "Backspace back") == typing.end());
    CHECK(std::find(typing.begin(), typing.end(), "Enter continue") == typing.end());

    HintContext one_way;
    one_way.choices = 1;
    CHECK(footer_hints(one_way).front() == "Enter continue");

    HintContext help_ending;
    help_ending.enter_does = "back to where I was";
    CHECK(footer_hints(help_ending).front() == "Enter back to where I was");
    CHECK(footer_hints(HintContext{}).front() == "F1 get help now"); // Enter does nothing here
}

// The presenter console and the audience window drawn headless (an ImGui context with no window)
// at the streaming sizes, through a whole walk and a whole tour, with every switch: ImGui's own
// end-of-frame checks catch unbalanced pushes and bad ids, and buttons are pressed with the mouse.
// What each view shows on the help path, and in which order, is read from step_blocks().
#include "heartflow/loader.h"
#include "kit/headless_fonts.h"
#include "present/breathing_cue.h"
#include "present/chart_labels.h"
#include "present/present_views.h"

#include <doctest/doctest.h>
#include <imgui.h>

#include <filesystem>

using namespace heartflow;
using namespace heartflow;
using namespace heartflow::present;

namespace {

const std::filesystem::path kFlows = std::filesystem::path(HEARTFLOW_SOURCE_DIR) / "flows";
const std::filesystem::path kHelpFlowToDraw =
    std::filesystem::path(HEARTFLOW_SOURCE_DIR) / "tests" / "gui" / "data" / "help_path.toml";

// An ImGui context of a given size with four default fonts, in the dark theme.
struct ViewContext : kit::test::HeadlessFonts {
    ViewContext(float width, float height) : HeadlessFonts(width, height, 18.0f) {
        kit::apply_theme(kit::Theme::dark, 1.0f);
    }
    /// With the fonts the app builds for a window this size at `text_scale`.
    ViewContext(float width, float height, const kit::FontSizes& sizes)
        : HeadlessFonts(width, height, sizes) {
        kit::apply_theme(kit::Theme::dark, sizes.ui / 20.0f);
    }
};

// Draws one frame of both views (each in its own context, as the app does).
std::vector<PresentCommand> frame(ViewContext& console, ViewContext& audience, PresenterView& pv,
                                  AudienceView& av, const PresentController& show,
                                  const ChartModel& chart, double now,
                                  ImVec2 mouse = ImVec2(-1, -1), bool down = false,
                                  const HelpBlock& help = help_block({})) {
    const PresentKeys keys = default_present_keys();
    const ChartMarks marks =
        chart_marks(chart, show.session().path(), show.mode() == PresentMode::walk);
    ImGui::SetCurrentContext(console.context);
    ImGui::GetIO().MousePos = mouse;
    ImGui::GetIO().MouseDown[0] = down;
    ImGui::NewFrame();
    auto commands = pv.draw(PresentFrame{show, chart, marks, keys, help, console.fonts,
                                         kit::Theme::dark, false, now, "notes.md", ""});
    ImGui::Render();
    ImGui::SetCurrentContext(audience.context);
    ImGui::NewFrame();
    av.draw(PresentFrame{show, chart, marks, keys, help, audience.fonts, kit::Theme::dark, false,
                         now, "", ""},
            AudienceLook{ImVec4(0, 1, 0, 1)});
    ImGui::Render();
    CHECK(ImGui::GetDrawData()->TotalVtxCount > 0);
    return commands;
}

} // namespace

TEST_CASE("both views draw a whole walk and a whole tour at 1280x720 and 1920x1080") {
    LoadedFlow loaded = load_flow_file(kFlows / "heart-of-the-matter.toml");
    REQUIRE(loaded.ok());
    ChartModel chart(loaded.flow);
    for (ImVec2 size : {ImVec2(1280, 720), ImVec2(1920, 1080)}) {
        CAPTURE(size.x);
        ViewContext console(size.x, size.y), audience(size.x, size.y);
        PresenterView pv;
        AudienceView av;
        PresentController show(loaded.program, PresentStart{});
        double now = 0;
        for (int step = 0; step < 12 && show.session().status() != SessionStatus::finished;
             ++step) {
            show.apply({PresentAction::next, 0});
            show.apply({PresentAction::highlight_next, 0});
            frame(console, audience, pv, av, show, chart, now += 0.1);
            show.apply({PresentAction::next, 0});
            frame(console, audience, pv, av, show, chart, now += 0.5);
        }
        show.apply({PresentAction::audience_chart, 0});
        show.apply({PresentAction::blank, 0});
        frame(console, audience, pv, av, show, chart, now += 0.1);
        show.apply({PresentAction::tour, 0});
        for (std::size_t i = 0; i < show.tour().size(); ++i) {
            frame(console, audience, pv, av, show, chart, now += 0.2);
            show.apply({PresentAction::next, 0});
        }
        CHECK(show.tour_position() + 1 == show.tour().size());
    }
}

TEST_CASE("the console's buttons give the same commands as the keys") {
    LoadedFlow loaded = load_flow_file(kFlows / "heart-of-the-matter.toml");
    REQUIRE(loaded.ok());
    ChartModel chart(loaded.flow);
    ViewContext console(1280, 720), audience(1280, 720);
    PresenterView pv;
    AudienceView av;
    PresentController show(loaded.program, PresentStart{});
    frame(console, audience, pv, av, show, chart, 0.0);
    // Sweep the mouse over the console: each press over a button gives its command once.
    std::vector<PresentAction> pressed;
    for (float y = 8; y < 720; y += 12) {
        for (float x = 8; x < 1280; x += 24) {
            frame(console, audience, pv, av, show, chart, 1.0, ImVec2(x, y), true);
            for (const PresentCommand& c :
                 frame(console, audience, pv, av, show, chart, 1.0, ImVec2(x, y), false))
                pressed.push_back(c.action);
            if (!pressed.empty()) break;
        }
        if (!pressed.empty()) break;
    }
    REQUIRE_FALSE(pressed.empty());
    CHECK(pressed.front() == PresentAction::timer); // the first button, top right: start the timer
}

namespace {

// The roles of the blocks, in order.
std::vector<BlockRole> block_roles(const std::vector<StepBlock>& blocks) {
    std::vector<BlockRole> out;
    for (const StepBlock& b : blocks)
        out.push_back(b.role);
    return out;
}

} // namespace

TEST_CASE(
    "on the help path both windows show the help lines first, the person's before the flow's") {
    LoadedFlow loaded = load_flow_file(kHelpFlowToDraw);
    REQUIRE(loaded.ok());
    const HelpBlock help =
        help_block(HelpLines{{"Call Sam: 555 0199"}, {"Practice line: text PRACTICE to 555 0100"}});
    PresentController show(loaded.program, PresentStart{});
    using R = BlockRole;
    CHECK(block_roles(step_blocks(show, help, true)) ==
          std::vector{R::title, R::text}); // off the path

    show.apply({PresentAction::help, 0});
    const std::vector<StepBlock> console = step_blocks(show, help, true);
    CHECK(console ==
          std::vector<StepBlock>{{R::help_heading, std::string(kHelpLinesHeading)},
                                 {R::help_line, "Call Sam: 555 0199"},
                                 {R::help_line, "Practice line: text PRACTICE to 555 0100"},
                                 {R::title, "Get help now"},
                                 {R::text, "Your safety comes first."}});
    CHECK(step_blocks(show, help, show.help_on_air()) == console); // on air unless hidden
    show.apply({PresentAction::help_on_air, 0});
    CHECK(block_roles(step_blocks(show, help, show.help_on_air())) ==
          std::vector{R::title, R::text});

    show.apply(
        {PresentAction::choose, 1}); // a help-path ending: the lines, a calm sentence, the way back
    CHECK(block_roles(step_blocks(show, help, true)) == std::vector{R::help_heading, R::help_line,
                                                                    R::help_line, R::title, R::text,
                                                                    R::help_ending, R::way_back});
    const std::vector<StepBlock> on_air = step_blocks(show, help, show.help_on_air());
    CHECK(block_roles(on_air) == std::vector{R::title, R::text, R::help_ending, R::way_back});
    CHECK(on_air[2].text == kHelpEndingSentence);
    CHECK(on_air[3].text == kBackToFlowLabel);
}

TEST_CASE("with no help lines set up, the help path shows the default text, which has no number") {
    const HelpBlock help = help_block({});
    const DefaultHelpText text = default_help_text();
    CHECK(help.heading == text.heading);
    REQUIRE(help.lines.size() == text.steps.size());
    CHECK(help.lines.front() == text.steps.front());
    CHECK(help_block(HelpLines{{}, {"A flow line"}}).heading == kHelpLinesHeading);
    CHECK(help_block(HelpLines{{"Mine", "Shared"}, {"Shared", "Theirs"}}).lines ==
          std::vector<std::string>{"Mine", "Shared", "Theirs"});
}

TEST_CASE("both views draw the help path, and the console's way back leaves it") {
    LoadedFlow loaded = load_flow_file(kHelpFlowToDraw);
    REQUIRE(loaded.ok());
    ChartModel chart(loaded.flow);
    const HelpBlock help = help_block(HelpLines{{"Call Sam: 555 0199"}, {}});
    ViewContext console(1280, 720), audience(1920, 1080);
    PresenterView pv;
    AudienceView av;
    PresentController show(loaded.program, PresentStart{});
    show.apply({PresentAction::choose, 1});
    show.apply({PresentAction::help, 0});
    frame(console, audience, pv, av, show, chart, 0.5, ImVec2(-1, -1), false, help);
    show.apply({PresentAction::help_on_air, 0});
    frame(console, audience, pv, av, show, chart, 1.0, ImVec2(-1, -1), false, help);
    show.apply({PresentAction::help_on_air, 0});
    show.apply({PresentAction::choose, 1});
    REQUIRE(show.at_help_ending());
    frame(console, audience, pv, av, show, chart, 2.0, ImVec2(-1, -1), false, help);
    // Sweep the mouse down the node column, below the top bar: the first button is the way back.
    std::vector<PresentCommand> pressed;
    for (float y = pv.header().bottom + 1; y < 720 && pressed.empty(); y += 8) {
        frame(console, audience, pv, av, show, chart, 3.0, ImVec2(200, y), true, help);
        pressed = frame(console, audience, pv, av, show, chart, 3.0, ImVec2(200, y), false, help);
    }
    REQUIRE(pressed.size() == 1u);
    CHECK(pressed.front().action == PresentAction::leave_help);
    show.apply(pressed.front());
    CHECK(loaded.program->node(*show.session().current()).id.value == "middle");
}

TEST_CASE("the console's header parts never overlap, at 800x560, the default size and text 2.0") {
    LoadedFlow loaded = load_flow_file(kFlows / "heart-of-the-matter.toml");
    REQUIRE(loaded.ok());
    ChartModel chart(loaded.flow);
    struct Case {
        float width, height, text;
    };
    for (const Case c : {Case{800, 560, 1.0f}, Case{800, 560, 2.0f}, Case{1280, 720, 1.0f},
                         Case{1280, 720, 2.0f}, Case{1920, 1080, 2.0f}}) {
        CAPTURE(c.width);
        CAPTURE(c.text);
        ViewContext console(c.width, c.height, presenter_font_sizes(c.height, c.text));
        ViewContext audience(c.width, c.height);
        PresenterView pv;
        AudienceView av;
        PresentController show(loaded.program, PresentStart{});
        show.apply({PresentAction::timer, 0}); // paused: the longest timer word
        frame(console, audience, pv, av, show, chart, 0.0);
        const HeaderLayout& h = pv.header();
        std::vector<PixelRect> all{h.title, h.timer};
        all.insert(all.end(), h.buttons.begin(), h.buttons.end());
        REQUIRE(h.buttons.size() == 5u);
        CHECK(h.title.max.x - h.title.min.x > 0.0f); // some of the title shows
        for (std::size_t i = 0; i < all.size(); ++i) {
            CAPTURE(i);
            CHECK(all[i].min.x >= 0.0f);
            CHECK(all[i].max.x <= c.width);
            CHECK(all[i].max.y < c.height * 0.6f); // the header leaves room for the step
            for (std::size_t j = i + 1; j < all.size(); ++j)
                CHECK_FALSE(overlaps(all[i], all[j]));
        }
    }
}

namespace {

// Fails when a label of `placed` covers a box or another label, or leaves [min, max].
void check_labels_apart(const ChartPlacement& placed, ImVec2 min, ImVec2 max) {
    for (std::size_t i = 0; i < placed.labels.size(); ++i) {
        const PixelRect& r = placed.labels[i].rect;
        CAPTURE(i);
        CHECK(r.min.x >= min.x);
        CHECK(r.min.y >= min.y);
        CHECK(r.max.x <= max.x);
        CHECK(r.max.y <= max.y);
        for (const PixelRect& box : placed.boxes)
            CHECK_FALSE(overlaps(r, box));
        for (std::size_t j = i + 1; j < placed.labels.size(); ++j)
            CHECK_FALSE(overlaps(r, placed.labels[j].rect));
    }
}

} // namespace

TEST_CASE("the audience chart labels the path taken beside the boxes, covering none") {
    LoadedFlow loaded = load_flow_file(kFlows / "heart-of-the-matter.toml");
    REQUIRE(loaded.ok());
    ChartModel chart(loaded.flow);
    ViewContext audience(1280, 720, audience_font_sizes(720, 1.0f));
    const kit::Palette& p = kit::palette(kit::Theme::dark);
    PresentController show(loaded.program, PresentStart{});
    for (int choice : {1, 1, 1, 1, 1, 1, 1})
        show.apply({PresentAction::choose, choice});
    const ChartMarks marks = chart_marks(chart, show.session().path());
    REQUIRE(marks.recent.size() >= 6u);
    CHECK(marks.recent.front() == *marks.current);
    ChartLook look;
    look.palette = &p;
    look.label_font = audience.fonts.ui;
    look.callout_font = audience.fonts.ui;
    look.path_font = audience.fonts.small;
    // The audience window's chart panel at 1280x720 (its least and most width there).
    for (ImVec2 size : {ImVec2(460, 648), ImVec2(725, 648)}) {
        CAPTURE(size.x);
        const ImVec2 min(680, 36), max(680 + size.x, 36 + size.y);
        const ChartPlacement placed = place_chart(min, max, chart, marks, look);
        REQUIRE(placed.boxes.size() == loaded.flow->nodes.size());
        check_labels_apart(placed, min, max);
        std::vector<std::uint32_t> named;
        for (const ChartLabel& l : placed.labels)
            named.push_back(l.node);
        CHECK(named == marks.recent); // every node of the path has its label
        REQUIRE_FALSE(placed.labels.empty());
        CHECK(placed.labels.front().current);
    }
}

TEST_CASE("chart labels go where they fit: near the box, never on a box or a label placed first") {
    const std::vector<PixelRect> boxes{{ImVec2(100, 100), ImVec2(160, 120)},
                                       {ImVec2(100, 130), ImVec2(160, 150)},
                                       {ImVec2(170, 100), ImVec2(230, 120)}};
    const std::vector<LabelWanted> wanted{{0, {ImVec2(80, 20)}},
                                          {0, {ImVec2(80, 20)}},
                                          {1, {ImVec2(80, 20)}},
                                          {2, {ImVec2(500, 20), ImVec2(450, 40)}}};
    const PixelRect bounds{ImVec2(0, 0), ImVec2(400, 300)};
    const auto placed = place_labels(boxes, wanted, bounds, 4.0f);
    REQUIRE(placed.size() == 4u);
    REQUIRE(placed[0]);
    CHECK(placed[0]->rect.max.y <= 96.0f); // the nearest free place: just above its box
    CHECK(placed[0]->rect.min.x < 160.0f);
    REQUIRE(placed[1]);
    CHECK(placed[1]->rect.max.x <= 100.0f); // the next: beside it, not over the first
    REQUIRE(placed[2]);
    CHECK_FALSE(placed[3]); // wider than the bounds: no place, rather than over something
    const std::vector<PixelRect> labels{placed[0]->rect, placed[1]->rect, placed[2]->rect};
    for (std::size_t i = 0; i < labels.size(); ++i) {
        for (const PixelRect& b : boxes)
            CHECK_FALSE(overlaps(labels[i], b));
        for (std::size_t j = i + 1; j < labels.size(); ++j)
            CHECK_FALSE(overlaps(labels[i], labels[j]));
    }
}

TEST_CASE("the audience's breathing cue grows as they breathe in and shrinks as they breathe out") {
    Node node;
    node.kind = NodeKind::breathing;
    node.pattern = BreathPattern{4, 0, 6, 0};
    node.rounds = 2;
    const auto start = breathing_cue(node, 0.0, false);
    REQUIRE(start);
    CHECK(start->words == "Breathe in");
    CHECK(start->detail == "Breath 1 of 2");
    CHECK(start->size == doctest::Approx(kLeastBreath));
    CHECK(start->moving);
    const auto full = breathing_cue(node, 3.9, false);
    CHECK(full->words == "Breathe in");
    CHECK(full->size > 0.95f);
    const auto out = breathing_cue(node, 7.0, false);
    CHECK(out->words == "Breathe out");
    CHECK(out->size < full->size);
    CHECK(breathing_cue(node, 12.0, false)->detail == "Breath 2 of 2");
    const auto done = breathing_cue(node, 21.0, false);
    CHECK(done->words == "Well done");
    CHECK_FALSE(done->moving);

    // Reduced motion: the circle stands still; the words still follow the breath.
    const auto still_in = breathing_cue(node, 1.0, true),
               still_out = breathing_cue(node, 7.0, true);
    CHECK(still_in->size == doctest::Approx(still_out->size));
    CHECK_FALSE(still_in->moving);
    CHECK(still_in->words == "Breathe in");
    CHECK(still_out->words == "Breathe out");

    node.kind = NodeKind::prompt;
    CHECK_FALSE(breathing_cue(node, 1.0, false));
}

TEST_CASE("the console names a step's kind in words, never as the file's tag") {
    for (NodeKind kind :
         {NodeKind::question, NodeKind::prompt, NodeKind::reflection, NodeKind::body_check,
          NodeKind::breathing, NodeKind::ending, NodeKind::route}) {
        const std::string words = step_kind_words(kind), raw = kind_name(kind);
        CAPTURE(raw);
        CHECK(words != raw);
        CHECK(words.find(' ') != std::string::npos); // words, not a tag
        CHECK(words.find('_') == std::string::npos);
        CHECK(std::isupper(static_cast<unsigned char>(words[0])));
    }
}

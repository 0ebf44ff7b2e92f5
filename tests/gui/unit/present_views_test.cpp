// The presenter console and the audience window drawn headless (an ImGui context with no window)
// at the streaming sizes, through a whole walk and a whole tour, with every switch: ImGui's own
// end-of-frame checks catch unbalanced pushes and bad ids, and buttons are pressed with the mouse.
#include "heartflow/loader.h"
#include "present/present_views.h"
#include "headless_fonts.h"

#include <doctest/doctest.h>
#include <imgui.h>

#include <filesystem>

using namespace heartflow;
using namespace heartflow::gui;

namespace {

const std::filesystem::path kFlows = std::filesystem::path(HEARTFLOW_SOURCE_DIR) / "flows";

// An ImGui context of a given size with four default fonts, in the dark theme.
struct ViewContext : test::HeadlessFonts {
    ViewContext(float width, float height) : HeadlessFonts(width, height, 18.0f) { apply_theme(Theme::dark, 1.0f); }
};

// Draws one frame of both views (each in its own context, as the app does).
std::vector<PresentCommand> frame(ViewContext& console, ViewContext& audience, PresenterView& pv,
                                  AudienceView& av, const PresentController& show,
                                  const ChartModel& chart, double now,
                                  ImVec2 mouse = ImVec2(-1, -1), bool down = false) {
    const PresentKeys keys = default_present_keys();
    const ChartMarks marks =
        chart_marks(chart, show.session().path(), show.mode() == PresentMode::walk);
    ImGui::SetCurrentContext(console.context);
    ImGui::GetIO().MousePos = mouse;
    ImGui::GetIO().MouseDown[0] = down;
    ImGui::NewFrame();
    auto commands = pv.draw(
        PresentFrame{show, chart, marks, keys, console.fonts, Theme::dark, false, now, "notes.md"});
    ImGui::Render();
    ImGui::SetCurrentContext(audience.context);
    ImGui::NewFrame();
    av.draw(PresentFrame{show, chart, marks, keys, audience.fonts, Theme::dark, false, now, ""},
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

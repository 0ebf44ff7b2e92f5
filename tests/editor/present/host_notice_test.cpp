// The host's standing notice (a missing CJK font): on the presenter console, in the words the
// player uses, and never in the audience window. The text each view draws with ImGui's text
// items is read back through ImGui's log (to its own clipboard, since the end of a view's window
// ends the log).
#include "heartflow/loader.h"
#include "kit/cjk_glyphs.h"
#include "kit/headless_fonts.h"
#include "present/present_views.h"

#include <doctest/doctest.h>
#include <imgui.h>

#include <filesystem>
#include <string>

using namespace heartflow;
using namespace heartflow::present;

namespace {

const std::filesystem::path kNoticeFlow = std::filesystem::path(HEARTFLOW_SOURCE_DIR) / "tests" /
                                          "data" / "translations" / "breaths.toml";

// The text one view logs while it draws a frame in `window` (each view has its own context).
template <typename Draw> std::string logged_text(kit::test::HeadlessFonts& window, Draw draw) {
    ImGui::SetCurrentContext(window.context);
    ImGui::NewFrame();
    ImGui::SetClipboardText("");
    ImGui::LogToClipboard();
    draw();
    ImGui::LogFinish();
    ImGui::Render();
    return ImGui::GetClipboardText();
}

} // namespace

TEST_CASE("the missing-font notice is on the presenter console and never on air") {
    LoadedFlow loaded = load_flow_file(kNoticeFlow);
    REQUIRE(loaded.ok());
    ChartModel chart(loaded.flow);
    PresentController show(loaded.program, PresentStart{});
    const PresentKeys keys = default_present_keys();
    const HelpBlock help = help_block({});
    const ChartMarks marks = chart_marks(chart, show.session().path(), true);
    kit::test::HeadlessFonts console(1280, 720, 18.0f), audience(1280, 720, 18.0f);
    PresenterView pv;
    AudienceView av;
    for (const std::string& notice : {std::string(kit::kNoCjkFontNotice), std::string()}) {
        CAPTURE(notice);
        const std::string on_console = logged_text(console, [&] {
            pv.draw(PresentFrame{show, chart, marks, keys, help, console.fonts, kit::Theme::dark,
                                 true, 1.0, "notes.md", notice});
        });
        const std::string on_air = logged_text(audience, [&] {
            av.draw(PresentFrame{show, chart, marks, keys, help, audience.fonts, kit::Theme::dark,
                                 true, 1.0, "", notice},
                    AudienceLook{});
        });
        CHECK(on_console.find("Breathe in slowly") != std::string::npos); // the log reads the step
        CHECK((on_console.find("install fonts-noto-cjk") != std::string::npos) == !notice.empty());
        CHECK(on_air.find("fonts-noto-cjk") == std::string::npos);
    }
}

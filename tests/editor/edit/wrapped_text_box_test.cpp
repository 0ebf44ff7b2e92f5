// The inspector's wrapping text boxes: soft breaks go in where a line is too wide and come out
// again, so the text handed back is exactly what was typed; typing in a box keeps wrapping.
#include "edit/editor_test_rig.h"
#include "edit/wrapped_text_box.h"
#include "headless_imgui.h"

#include <doctest/doctest.h>

using namespace heartflow::editor;
using heartflow::editor::test::HeadlessImGui;

TEST_CASE("soft breaks wrap long lines at spaces and come out again exactly") {
    HeadlessImGui imgui;
    imgui.frame({0, 0}, false, [] {
        const std::string text =
            "Take a moment to notice what is here, and where in the body you feel it.\nThen go on.";
        const float width = ImGui::CalcTextSize("Take a moment to notice").x;
        const std::string wrapped = wrap_softly(text, width);
        CHECK(wrapped.find("\r\n") != std::string::npos);
        CHECK(unwrap(wrapped) == text);
        std::size_t line_start = 0;
        for (std::size_t at = wrapped.find('\n'); at != std::string::npos;
             at = wrapped.find('\n', line_start)) {
            const std::string line = wrapped.substr(line_start, at - line_start);
            std::string visible = line.ends_with('\r') ? line.substr(0, line.size() - 1) : line;
            while (visible.ends_with(' '))
                visible.pop_back(); // a space at a break is not drawn
            CHECK(ImGui::CalcTextSize(visible.c_str()).x <= width + 1.0f);
            line_start = at + 1;
        }
        CHECK(wrap_softly("short", width) == "short");
        CHECK(unwrap("no breaks\nat all") == "no breaks\nat all");
        // A letter typed inside a soft break joins the line; the break does not become real.
        CHECK(unwrap("one \rx\ntwo") == "one xtwo");
    });
}

TEST_CASE("typing into a wrapping box hands back the text without soft breaks") {
    HeadlessImGui imgui;
    std::string text =
        "A long line of words that is certainly wider than the little box it sits in";
    bool changed = false;
    auto draw = [&] {
        ImGui::SetCursorPos({10, 10});
        changed |= wrapped_text_box("##box", text, {160.0f, 120.0f});
    };
    imgui.frame({50, 40}, false, draw);
    imgui.frame({50, 40}, true, draw); // click into it
    imgui.frame({50, 40}, false, draw);
    ImGui::GetIO().AddInputCharacter('!');
    imgui.frame({50, 40}, false, draw);
    imgui.frame({50, 40}, false, draw);
    CHECK(changed);
    CHECK(text.find('\r') == std::string::npos);
    CHECK(text.find('\n') == std::string::npos);
    CHECK(text.find('!') != std::string::npos);
}

TEST_CASE("a one-line value grows to show all of itself, and a typed line break is a space") {
    HeadlessImGui imgui;
    std::string author = "heartflow content team (original design from the seed text)";
    float height = 0.0f;
    bool changed = false;
    auto draw = [&] {
        ImGui::SetCursorPos({10, 10});
        ImGui::BeginChild("panel", {170.0f, 300.0f});
        changed |= wrapped_line_box("##author", author);
        height = ImGui::GetItemRectSize().y;
        ImGui::EndChild();
    };
    imgui.frame({50, 20}, false, draw);
    const float one_line = ImGui::GetFrameHeight();
    CHECK(height > one_line * 2.0f);   // wrapped over three lines or more, none of it cut off
    imgui.frame({50, 20}, true, draw); // click into it
    imgui.frame({50, 20}, false, draw);
    ImGui::GetIO().AddInputCharacter('\n');
    imgui.frame({50, 20}, false, draw);
    imgui.frame({50, 20}, false, draw);
    CHECK(changed);
    CHECK(author.find('\n') == std::string::npos);
    CHECK(author.find('\r') == std::string::npos);
    CHECK(author.size() ==
          std::string("heartflow content team (original design from the seed text)").size() + 1);

    std::string title = "Short";
    auto draw_short = [&] {
        ImGui::BeginChild("wide", {400.0f, 100.0f});
        wrapped_line_box("##title", title);
        height = ImGui::GetItemRectSize().y;
        ImGui::EndChild();
    };
    imgui.frame({500, 500}, false, draw_short);
    CHECK(height == doctest::Approx(one_line));
}

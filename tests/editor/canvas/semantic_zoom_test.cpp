// Semantic zoom: titles are shortened at a character, never through one; every shipped flow
// opens fitted to the default window with every node drawn as a titled box, its title whole; Find's
// and Problems' jumps land at a zoom where the card's text can be read.
#include "canvas/canvas_view.h"
#include "canvas/fit_text.h"
#include "document/shaped_layout.h"
#include "edit/editor_test_rig.h"
#include "edit/plain_problem.h"
#include "generated_flow.h"
#include "heartflow/writer.h"

#include <doctest/doctest.h>

#include <cmath>
#include <filesystem>

using namespace heartflow;
using namespace heartflow::editor;
using heartflow::editor::test::EditorRig;
using heartflow::editor::test::HeadlessImGui;

namespace {

float width_of(std::string_view s) {
    ImFont* font = ImGui::GetFont();
    return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0f, s.data(), s.data() + s.size()).x;
}

Flow load_shipped(const std::string& name) {
    ParseResult parsed =
        parse_flow(test::read_text(std::filesystem::path(HEARTFLOW_SOURCE_DIR) / "flows" / name));
    REQUIRE(parsed.flow);
    return *parsed.flow;
}

// True when the whole flow is in view and no node is a dot.
bool fitted_and_titled(Editor& editor) {
    CanvasView& canvas = editor.canvas();
    const Rect& c = canvas.canvas_rect();
    const Rect view{canvas.camera().to_world(c.min), canvas.camera().to_world(c.max)};
    const Rect all = canvas.model().bounds();
    bool titled = true;
    for (std::size_t i = 0; i < editor.document().flow().nodes.size(); ++i)
        titled = titled && canvas.look(i) != NodeLook::dot;
    return view.contains(all.min) && view.contains(all.max) && titled;
}

// The titles drawn shortened, a line each: the layout spaced for the fitted view leaves every
// title room to be drawn whole (a plate is the text and 4 pixels each side).
std::string cut_titles(Editor& editor) {
    const float size = title_pixels(editor.canvas().camera().zoom, kLeastTitlePixels);
    ImFont* font = ImGui::GetFont();
    std::string out;
    for (const auto& [node, plate] : editor.canvas().drawn_titles()) {
        const std::string& title = editor.document().flow().nodes[node].display_title();
        const float whole =
            font->CalcTextSizeA(size, FLT_MAX, 0.0f, title.data(), title.data() + title.size()).x;
        if (plate.size().x + 0.5f < whole + 8.0f) out += title + "\n";
    }
    return out;
}

} // namespace

TEST_CASE("fitted text is cut at a whole character, ends with dots, and fits") {
    HeadlessImGui imgui;
    imgui.frame({0, 0}, false, [] {
        ImFont* font = ImGui::GetFont();
        const float size = font->FontSize;
        FitBuffer buffer;
        CHECK(fit_text("Red lights", font, size, 1000.0f, buffer) == "Red lights");
        CHECK(fit_text("two\nlines", font, size, 1000.0f, buffer) == "two lines");
        const std::string_view cut = fit_text("Feeling bad is not being bad", font, size,
                                              width_of("Feeling bad is"), buffer);
        CHECK(cut.ends_with("\xe2\x80\xa6"));
        CHECK(width_of(cut) <= width_of("Feeling bad is"));
        CHECK_FALSE(cut.ends_with(" \xe2\x80\xa6"));
        // "é" is two bytes: a cut never leaves half of it.
        const std::string_view accents =
            fit_text("éééééééééééé", font, size, width_of("éééé"), buffer);
        for (char c : accents.substr(0, accents.size() - 3))
            CHECK(static_cast<unsigned char>(c) >= 0x80);
        CHECK((accents.size() - 3) % 2 == 0);
        CHECK(fit_text("Anything", font, size, 1.0f, buffer).empty());
    });
}

TEST_CASE("a node's look follows the room for its title: dot, titled box, then card") {
    const ImVec2 room{300.0f, 120.0f};
    CHECK(node_look(0.01f, room, kLeastTitlePixels) == NodeLook::dot);
    CHECK(node_look(0.12f, room, kLeastTitlePixels) == NodeLook::label);
    CHECK(node_look(1.0f, room, kLeastTitlePixels) == NodeLook::card);
    // Titles are never drawn smaller than the least size, however far out.
    CHECK(title_pixels(0.12f, kLeastTitlePixels) >= 11.0f);
    CHECK(card_text_shown(1.0f));
    CHECK_FALSE(card_text_shown(0.3f));
}

TEST_CASE("a deep flow is laid out wider towards the view's shape, through the layout's options") {
    const Flow flow = load_shipped("heart-of-the-matter.toml");
    const Layout plain = shaped_layout(flow, 0.0);
    const Layout wide = shaped_layout(flow, 1.3);
    CHECK(plain.width < plain.height * 0.6);
    CHECK(wide.width / wide.height == doctest::Approx(1.3).epsilon(0.15));
    CHECK(wide.height == doctest::Approx(plain.height));
}

TEST_CASE("every shipped flow opens fitted at the default window size with every title readable") {
    for (const char* name : {"heart-of-the-matter.toml", "caretaking-or-care-partnering.toml",
                             "genuine-yes-and-no.toml", "mutual-support-conversation.toml",
                             "noticing-caretaking.toml", "relational-care-check-in.toml"}) {
        CAPTURE(name);
        EditorRig rig;
        Editor& editor = rig.start(std::filesystem::path(HEARTFLOW_SOURCE_DIR) / "flows" / name);
        rig.step();
        CHECK(fitted_and_titled(editor));
        CHECK(title_pixels(editor.canvas().camera().zoom, kLeastTitlePixels) >= 11.0f);
        CHECK(cut_titles(editor) == "");
    }
}

TEST_CASE("going to a node from Find or Problems zooms in until its text can be read") {
    EditorRig rig;
    Editor& editor = rig.start(std::filesystem::path(HEARTFLOW_SOURCE_DIR) / "flows" /
                               "heart-of-the-matter.toml");
    REQUIRE(editor.canvas().camera().zoom < 0.5f);
    editor.canvas().request_focus(5);
    rig.step();
    CHECK(card_text_shown(editor.canvas().camera().zoom));
    CHECK(editor.canvas().look(5) == NodeLook::card);
}

TEST_CASE("laying out a flow again right after it opens moves no step past a grid step") {
    // A flow written by hand is laid out as it opens; Ctrl+L then, with nothing edited, finds
    // the same places (within the layout's rounding): titles measured and the canvas's shape
    // taken alike both times.
    constexpr float kGrid = 40.0f; // the editor's grid step, world units
    for (const char* name : {"heart-of-the-matter.toml", "noticing-caretaking.toml"}) {
        CAPTURE(name);
        EditorRig rig;
        Editor& editor = rig.start(std::filesystem::path(HEARTFLOW_SOURCE_DIR) / "flows" / name);
        rig.step();
        const std::vector<ImVec2> opened = editor.canvas().model().positions;
        editor.run(EditorCommand::auto_layout);
        rig.settle();
        const std::vector<ImVec2>& again = editor.canvas().model().positions;
        REQUIRE(again.size() == opened.size());
        std::size_t moved = 0;
        for (std::size_t i = 0; i < opened.size(); ++i)
            moved += std::hypot(again[i].x - opened[i].x, again[i].y - opened[i].y) > kGrid;
        CHECK(moved == 0);
    }
}

TEST_CASE("undoing an auto-layout brings back the view it had") {
    EditorRig rig;
    Editor& editor = rig.start(std::filesystem::path(HEARTFLOW_SOURCE_DIR) / "flows" /
                               "heart-of-the-matter.toml");
    editor.canvas().camera().zoom = 0.7f;
    editor.canvas().camera().pan = {123.0f, 456.0f};
    const Camera before = editor.canvas().camera();
    editor.run(EditorCommand::auto_layout);
    rig.settle();
    CHECK(editor.canvas().camera().zoom != doctest::Approx(0.7f));
    editor.run(EditorCommand::undo);
    rig.step();
    CHECK(editor.canvas().camera().zoom == doctest::Approx(before.zoom));
    CHECK(editor.canvas().camera().pan.x == doctest::Approx(before.pan.x));
    CHECK(editor.canvas().camera().pan.y == doctest::Approx(before.pan.y));
}

TEST_CASE("problems read in plain words, the checker's message kept for the rest") {
    Diagnostic d;
    d.code = DiagCode::no_way_out;
    d.message = "node 'x' has no choices and no next";
    CHECK(plain_problem(d) == "This step has no way forward: add a choice or a Continue.");
    d.code = DiagCode::expr_syntax;
    CHECK(plain_problem(d) == d.message);
}

TEST_CASE("far out, clicking a node's title selects the node, even past its small box") {
    EditorRig rig;
    Editor& editor = rig.start(std::filesystem::path(HEARTFLOW_SOURCE_DIR) / "flows" /
                               "heart-of-the-matter.toml");
    CanvasView& canvas = editor.canvas();
    REQUIRE(canvas.look(0) == NodeLook::label);
    const Rect box = canvas.model().node_rect(0);
    const ImVec2 right_of_box =
        canvas.camera().to_screen({box.max.x, (box.min.y + box.max.y) * 0.5f});
    rig.mouse = {right_of_box.x + 6.0f, right_of_box.y}; // on the title, outside the box
    rig.step();
    rig.step({}, 0.05, {}, true);
    rig.step();
    CHECK(editor.selection().indices() == std::vector<std::size_t>{0});
}

TEST_CASE(
    "a broad generated flow opens fitted when its titles can be read there, else at its start") {
    // A generated flow branches two to four ways at every step, so 40 steps already put over 20
    // in one layer: wider than the canvas at a readable zoom, which the layout's options cannot
    // fold. Such a flow opens at its start, readable, instead of fitted as dots.
    for (const std::uint32_t count : {20u, 40u, 60u}) {
        CAPTURE(count);
        EditorRig rig;
        const auto file = rig.home / "generated.toml";
        test::write_text(file, write_flow(testing::generated_flow(count)));
        Editor& editor = rig.start(file);
        rig.step();
        if (count == 20)
            CHECK(fitted_and_titled(editor));
        else
            CHECK(card_text_shown(editor.canvas().camera().zoom));
        CHECK(editor.canvas().look(0) != NodeLook::dot);
    }
}

TEST_CASE("a title borrows what a neighbour's shorter title leaves, and two titles never meet") {
    TitleRoom room;
    room.half = {200.0f, 100.0f};
    room.left = 1;
    room.right = 2;
    room.left_apart = room.right_apart = 1000.0f; // 100 px apart at zoom 0.1
    const float z = 0.1f;
    // Both neighbours want much: half the space each side, less the padding.
    CHECK(shared_label_width(z, room, 500.0f, 500.0f, 500.0f, 12.0f) == doctest::Approx(96.0f));
    // Short neighbours leave room: up to 100 - 20 px each side.
    CHECK(shared_label_width(z, room, 500.0f, 40.0f, 40.0f, 12.0f) == doctest::Approx(156.0f));
    // Never more than it wants, nor than 24 times the title size.
    CHECK(shared_label_width(z, room, 60.0f, 40.0f, 40.0f, 12.0f) == doctest::Approx(60.0f));
    CHECK(shared_label_width(z, room, 500.0f, 0.0f, 0.0f, 5.0f) == doctest::Approx(120.0f));
    // Side by side, what two neighbours take never adds up to more than the space between them.
    for (float a : {20.0f, 90.0f, 150.0f, 400.0f})
        for (float b : {20.0f, 90.0f, 150.0f, 400.0f}) {
            const float mine = std::min(a, shared_label_width(z, room, a, b, b, 12.0f));
            const float theirs = std::min(b, shared_label_width(z, room, b, a, a, 12.0f));
            CHECK((mine + theirs) * 0.5f <= room.right_apart * z);
        }
}

TEST_CASE("the layout measures titles with the canvas's font, at text size 1 and the largest") {
    HeadlessImGui imgui;
    imgui.frame({0, 0}, false, [] {
        ImFont* font = ImGui::GetFont();
        for (const float least : {kLeastTitlePixels, kLeastTitlePixels * 2.0f}) {
            CAPTURE(least);
            const TitleMetrics measured = title_metrics(font, least, {900.0f, 700.0f});
            CHECK(measured.least_px == least);
            for (const std::string_view title : {"Three slow breaths", "WWW MMM", "iii lll", "é"}) {
                CAPTURE(title);
                CHECK(text_ems(title, measured) * least ==
                      doctest::Approx(font->CalcTextSizeA(least, FLT_MAX, 0.0f, title.data(),
                                                          title.data() + title.size())
                                          .x)
                          .epsilon(0.02));
            }
        }
        // Without a font, a letter count (the estimate the layout had before).
        const TitleMetrics estimated{};
        CHECK(text_ems("Three", estimated) == doctest::Approx(5 * 0.62));
    });
}

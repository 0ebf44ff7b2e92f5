// The node view.
//
// [SECTION] Kind-specific parts (journal, body prompt, breathing)
// [SECTION] The first-step check-in and the step's text
// [SECTION] Entry point
#include "player/node_view.h"

#include "kit/breathing_pacer.h"
#include "kit/widgets.h"
#include "player/help_view.h"

#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>

namespace heartflow::player {

namespace {

// [SECTION] Kind-specific parts

constexpr const char* kJournalNote = "Only you see this; it is kept on this computer with your "
                                     "session. Ctrl+Enter continues, Esc leaves the box.";

// The journal box's height: seven lines, but never so tall that the question has no room at
// large text sizes (at most about three tenths of a column `column_height` tall).
float journal_box_height(const NodeViewContext& ctx, float column_height) {
    const float line = ctx.fonts.body->FontSize;
    return std::max(line * 3.0f, std::min(line * 7.0f, column_height * 0.3f));
}

// The height the journal box and the note under it take in `width`.
float journal_height(const NodeViewContext& ctx, float column_height, float width) {
    ImFont* note = ctx.fonts.small;
    return ImGui::GetStyle().ItemSpacing.y + journal_box_height(ctx, column_height) +
           ImGui::GetStyle().ItemSpacing.y +
           note->CalcTextSizeA(note->FontSize, FLT_MAX, width, kJournalNote).y;
}

// The journal box, under the step's text and outside its scrolling, so that the box taking the
// keyboard never scrolls the question away.
void draw_journal(NodeViewContext& ctx, const Node& node, float column_height) {
    ImGui::PushFont(ctx.fonts.body);
    ImVec2 size(-1.0f, journal_box_height(ctx, column_height));
    if (ctx.focus_journal) ImGui::SetKeyboardFocusHere();
    ImVec2 at = ImGui::GetCursorScreenPos();
    if (ImGui::InputTextMultiline("##journal", &ctx.journal, size,
                                  ImGuiInputTextFlags_NoHorizontalScroll))
        ctx.session.set_journal(ctx.journal);
    kit::focus_ring(ctx.palette);
    if (ctx.journal.empty()) {
        const char* hint = node.placeholder.empty() ? "Write as much or as little as you like."
                                                    : node.placeholder.c_str();
        ImVec2 pad = ImGui::GetStyle().FramePadding;
        ImGui::GetWindowDrawList()->AddText(ctx.fonts.body, ctx.fonts.body->FontSize,
                                            ImVec2(at.x + pad.x, at.y + pad.y),
                                            ImGui::ColorConvertFloat4ToU32(ctx.palette.text_soft),
                                            hint, nullptr, ImGui::GetItemRectSize().x - 2 * pad.x);
    }
    ImGui::PopFont();
    kit::wrapped_text(ctx.fonts.small, kJournalNote, ctx.palette.text_soft);
}

void draw_body_prompt(const NodeViewContext& ctx) {
    kit::wrapped_text(
        ctx.fonts.body,
        "Take a slow breath. Notice your jaw, your shoulders, your chest, your belly. "
        "Whatever you find there is okay; there is no wrong answer.",
        ctx.palette.text_soft);
}

// The pacer, at most four tenths of a column `column_height` tall, and the count under it.
PacerDraw draw_breathing(const NodeViewContext& ctx, const Node& node, float column_height) {
    kit::BreathingPacer pacer(node.pattern.value_or(kDefaultBreathPattern),
                              node.rounds.value_or(kDefaultBreathRounds));
    kit::PacerState s = pacer.at(ctx.seconds_at_node);
    const float body = ctx.fonts.body->FontSize;
    const float height = std::max(body * 3.0f, std::min({ImGui::GetContentRegionAvail().x * 0.5f,
                                                         column_height * 0.4f, body * 10.0f}));
    ImVec2 top = ImGui::GetCursorScreenPos();
    float width = ImGui::GetContentRegionAvail().x;
    ImGui::Dummy(ImVec2(width, height));
    ImVec2 centre(top.x + width * 0.5f, top.y + height * 0.5f);
    float fill = ctx.reduced_motion ? 0.7f : s.fill;
    const char* words = s.done ? "Well done" : kit::phase_words(s.phase);
    ImFont* f = ctx.fonts.heading;
    ImVec2 w = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, words);
    ImGui::GetWindowDrawList()->AddText(f, f->FontSize,
                                        ImVec2(centre.x - w.x * 0.5f, centre.y - w.y * 0.5f),
                                        ImGui::ColorConvertFloat4ToU32(ctx.palette.text), words);
    std::string detail = "Continue whenever you are ready.";
    if (!s.done)
        detail = std::to_string(static_cast<int>(std::ceil(s.seconds_left))) + " · breath " +
                 std::to_string(s.round) + " of " + std::to_string(pacer.rounds()) +
                 " · you can continue at any time";
    kit::wrapped_text(ctx.fonts.ui, detail, ctx.palette.text_soft);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    return PacerDraw{centre,
                     height * 0.48f,
                     fill,
                     ctx.palette.pacer,
                     dl->GetClipRectMin(),
                     dl->GetClipRectMax()};
}

// [SECTION] The first-step check-in and the step's text

void draw_check_in_before(const NodeViewContext& ctx) {
    kit::gap(0.5f);
    kit::wrapped_text(ctx.fonts.ui, "If you like: how big does this feel right now, from 0 to 10?",
                      ctx.palette.text_soft);
    if (auto r = kit::rating_strip("before", ctx.session.check_in(CheckIn::before), ctx.fonts,
                                   ctx.palette))
        ctx.session.set_check_in(CheckIn::before, *r);
}

// The lines above the choices: help lines on the help path, the pacer, the text, the journal
// or body prompt and, on the first step, the check-in.
std::optional<PacerDraw> draw_text_part(NodeViewContext& ctx, const Node& node, float column_height,
                                        Intent& intent) {
    std::optional<PacerDraw> pacer;
    if (ctx.session.on_help_path()) draw_help_lines(ctx.help_lines, ctx.fonts, ctx.palette, intent);
    if (node.kind == NodeKind::breathing) pacer = draw_breathing(ctx, node, column_height);
    kit::wrapped_text(ctx.fonts.body, ctx.session.current_text(), ctx.palette.text);
    if (node.kind == NodeKind::body_check) {
        kit::gap(0.4f);
        draw_body_prompt(ctx);
    }
    // The built-in check-in, unless the flow places its own (a scale step with check_in).
    if (ctx.session.path().size() == 1 && !ctx.session.on_help_path() &&
        !ctx.session.program().check_in_before)
        draw_check_in_before(ctx);
    return pacer;
}

// [SECTION] Scale and pick steps

// A scale's strip takes at most three tenths of a column `column_height` tall (its buttons
// smaller, a number still fitting), so the way on stays in view at large text sizes.
kit::RatingScale rating_scale(const Node& node, float column_height) {
    return {static_cast<int>(node.rating_min()), static_cast<int>(node.rating_max()),
            node.low.empty() ? std::string_view() : std::string_view(node.low),
            node.high.empty() ? std::string_view() : std::string_view(node.high),
            column_height * 0.3f};
}

// A scale's numbered buttons, under the text and outside its scrolling, as the journal is.
void draw_scale(NodeViewContext& ctx, const Node& node, float column_height, Intent& intent) {
    const NodeIndex at = *ctx.session.current();
    const auto now = ctx.session.rating(at);
    const std::optional<int> current =
        now ? std::optional<int>(static_cast<int>(*now)) : std::nullopt;
    if (auto r = kit::rating_strip("scale", current, ctx.fonts, ctx.palette,
                                   rating_scale(node, column_height)))
        intent.rate = *r;
}

// A pick's items as rows to toggle, each saying when it is picked, then the way on: "None of
// these" until one is picked, then "Continue". Numbered as they are drawn, the way on last.
std::vector<std::string> pick_rows(const NodeViewContext& ctx, const Node& node) {
    const auto picked = ctx.session.picks(*ctx.session.current());
    std::vector<std::string> rows;
    for (std::size_t i = 0; i < node.options.size(); ++i) {
        const bool on = std::find(picked.begin(), picked.end(), i) != picked.end();
        rows.push_back(node.option_label(i) + (on ? "  (picked)" : ""));
    }
    rows.push_back(picked.empty() ? "None of these" : "Continue");
    return rows;
}

} // namespace

// [SECTION] Entry point

std::optional<PacerDraw> draw_node(NodeViewContext& ctx, Intent& intent) {
    const Node& node = ctx.session.program().node(*ctx.session.current());
    const auto available = ctx.session.choices();
    const std::vector<std::string> rows =
        node.kind == NodeKind::pick ? pick_rows(ctx, node) : std::vector<std::string>();
    std::vector<std::string_view> labels;
    for (const std::string& row : rows)
        labels.push_back(row);
    for (const AvailableChoice& c : available)
        if (rows.empty()) labels.push_back(c.label);
    const ImGuiStyle& style = ImGui::GetStyle();
    ImVec2 room = ImGui::GetContentRegionAvail();
    const float column_height = room.y;
    if (node.kind == NodeKind::reflection) room.y -= journal_height(ctx, column_height, room.x);
    if (node.kind == NodeKind::scale)
        room.y -= kit::rating_strip_height(ctx.fonts, room.x, rating_scale(node, column_height)) +
                  style.ItemSpacing.y;
    // The text keeps at least a line and a half; the choices take what they need of the rest,
    // and are compact when the whole text (as tall as last frame) would not fit beside them.
    const float least_text = ctx.fonts.body->FontSize * 1.5f;
    const float whole_text = std::max(least_text, ctx.text_height);
    const std::array<ImFont*, 3> fonts = {ctx.fonts.body, ctx.fonts.ui, ctx.fonts.small};
    ChoiceFit fit = fit_choices(labels, fonts, room.x, room.y - whole_text - style.ItemSpacing.y);
    if (fit.smaller > 0 || fit.height > room.y - whole_text - style.ItemSpacing.y)
        fit = fit_choices(labels, fonts, room.x, room.y - least_text - style.ItemSpacing.y, true);
    const float text_room = std::max(least_text, room.y - fit.height - style.ItemSpacing.y);
    const float text_height =
        ctx.text_height < 0 ? text_room : std::min(ctx.text_height, text_room);
    ImGui::BeginChild("##text", ImVec2(0, std::floor(text_height)), false,
                      ImGuiWindowFlags_NavFlattened);
    std::optional<PacerDraw> pacer = draw_text_part(ctx, node, column_height, intent);
    const ImGuiWindow* text = ImGui::GetCurrentWindow();
    ctx.text_height = std::ceil(text->DC.CursorMaxPos.y - text->DC.CursorStartPos.y);
    ctx.drawn.text_scrolls = ctx.text_height > text_room;
    ImGui::EndChild();
    if (node.kind == NodeKind::reflection) draw_journal(ctx, node, column_height);
    if (node.kind == NodeKind::scale) draw_scale(ctx, node, column_height, intent);
    if (std::size_t chosen = draw_choice_list(labels, fit, ctx.palette, ctx.drawn.choices)) {
        if (node.kind == NodeKind::pick && chosen < labels.size())
            intent.toggle = chosen;
        else
            intent.choose = node.kind == NodeKind::pick ? 1 : chosen;
    }
    return pacer;
}

} // namespace heartflow::player

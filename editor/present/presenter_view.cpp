// The presenter console: a top bar (flow, mode, timer and the host's buttons), the node on the
// left (on the help path the help lines first, then title, text, host notes, the numbered
// choices and where each leads), the chart on the right, and a bottom bar (notices, the last
// show-notes line, key hints). Rectangles come from the main viewport each frame.
#include "present/present_views.h"

#include "kit/colour.h"
#include "kit/widgets.h"
#include "present/breathing_cue.h"

#include <algorithm>
#include <cfloat>
#include <cmath>

namespace heartflow::present {

namespace {

constexpr ImGuiWindowFlags kFixed =
    ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
    ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NoSavedSettings;

float bottom_height(const kit::Fonts& fonts) {
    const ImGuiStyle& style = ImGui::GetStyle();
    return fonts.ui->FontSize + fonts.small->FontSize + style.ItemSpacing.y * 2 +
           style.WindowPadding.y;
}

const char* timer_button_label(ShowTimerState state) {
    switch (state) {
    case ShowTimerState::not_started:
        return "Start timer";
    case ShowTimerState::running:
        return "Pause timer";
    case ShowTimerState::paused:
        return "Resume timer";
    }
    return "Start timer";
}

// The timer's show time and the word after it.
struct TimerText {
    std::string time;
    const char* word;
};

TimerText timer_text(const ShowNotes& notes) {
    const ShowTimerState state = notes.timer_state();
    return {format_show_time(notes.elapsed_ms()), state == ShowTimerState::running  ? "on air"
                                                  : state == ShowTimerState::paused ? "paused"
                                                                                    : "ready"};
}

// The timer's size: a dot, the time in the heading font, a space and the word.
ImVec2 timer_size(const PresentFrame& f) {
    const TimerText t = timer_text(f.show.notes());
    const float h = f.fonts.heading->FontSize, r = h * 0.22f;
    const float time = f.fonts.heading->CalcTextSizeA(h, FLT_MAX, 0, t.time.c_str()).x;
    const float word = f.fonts.small->CalcTextSizeA(f.fonts.small->FontSize, FLT_MAX, 0, t.word).x;
    return ImVec2(r * 4 + time + word, h);
}

// The timer: a dot (red when on air), the show time in the heading font and a word.
void draw_timer(const PresentFrame& f, ImVec2 at) {
    const kit::Palette& p = kit::palette(f.theme);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float h = f.fonts.heading->FontSize, r = h * 0.22f;
    const ShowTimerState state = f.show.notes().timer_state();
    const TimerText t = timer_text(f.show.notes());
    const ImVec4 red(0.85f, 0.18f, 0.16f, 1.0f), amber(0.86f, 0.56f, 0.08f, 1.0f);
    const ImVec4 dot = state == ShowTimerState::running  ? red
                       : state == ShowTimerState::paused ? amber
                                                         : p.text_soft;
    dl->AddCircleFilled(ImVec2(at.x + r, at.y + h * 0.55f), r, kit::colour_u32(dot));
    dl->AddText(f.fonts.heading, h, ImVec2(at.x + r * 3, at.y), kit::colour_u32(p.text),
                t.time.c_str());
    const float w = f.fonts.heading->CalcTextSizeA(h, FLT_MAX, 0, t.time.c_str()).x;
    dl->AddText(f.fonts.small, f.fonts.small->FontSize,
                ImVec2(at.x + r * 4 + w, at.y + (h - f.fonts.small->FontSize) * 0.6f),
                kit::colour_u32(state == ShowTimerState::paused ? amber : p.text_soft), t.word);
}

// `text` cut to `width` with an ellipsis when it is wider.
std::string fitted(ImFont* font, const std::string& text, float width) {
    auto wide = [&](const std::string& s) {
        return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, s.c_str()).x;
    };
    if (wide(text) <= width) return text;
    std::string cut = text;
    while (!cut.empty() && wide(cut + "\xe2\x80\xa6") > width) {
        cut.pop_back();
        while (!cut.empty() && (static_cast<unsigned char>(cut.back()) & 0xC0) == 0x80)
            cut.pop_back(); // never half a UTF-8 character
    }
    return cut.empty() ? std::string() : cut + "\xe2\x80\xa6";
}

// One row of text in a box.
struct BoxRow {
    ImFont* font;
    std::string text;
    ImVec4 colour;
};

// A tinted box with a bar in `accent` down its side and a small label over rows of text (one or
// more).
void draw_tinted_box(const PresentFrame& f, const std::string& label, const ImVec4& accent,
                     const std::vector<BoxRow>& rows) {
    const float pad = f.fonts.ui->FontSize * 0.6f, width = ImGui::GetContentRegionAvail().x;
    const float wrap = std::max(40.0f, width - 2 * pad), label_h = f.fonts.small->FontSize;
    const float between = f.fonts.ui->FontSize * 0.25f;
    float rows_h = between * static_cast<float>(rows.size() - 1);
    for (const BoxRow& r : rows)
        rows_h += r.font->CalcTextSizeA(r.font->FontSize, FLT_MAX, wrap, r.text.c_str()).y;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const ImVec2 end(at.x + width, at.y + label_h + rows_h + pad * 2.6f);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(at, end, kit::colour_u32(accent, 0.12f), 8.0f);
    dl->AddRectFilled(at, ImVec2(at.x + 4.0f, end.y), kit::colour_u32(accent), 2.0f);
    dl->AddText(f.fonts.small, label_h, ImVec2(at.x + pad, at.y + pad * 0.8f),
                kit::colour_u32(accent), label.c_str());
    float y = at.y + pad * 1.6f + label_h;
    for (const BoxRow& r : rows) {
        dl->AddText(r.font, r.font->FontSize, ImVec2(at.x + pad, y), kit::colour_u32(r.colour),
                    r.text.c_str(), nullptr, wrap);
        y += r.font->CalcTextSizeA(r.font->FontSize, FLT_MAX, wrap, r.text.c_str()).y + between;
    }
    ImGui::Dummy(ImVec2(width, end.y - at.y));
}

// The help box's label: whether the audience sees the lines, and the key that changes it.
std::string help_status(const PresentFrame& f) {
    const bool on_air = f.show.help_on_air();
    std::string label = on_air ? "Help lines: shown on air" : "Help lines: hidden from air";
    const std::string key = keys_of(f.keys, PresentAction::help_on_air, 1);
    if (!key.empty()) label += "  \xc2\xb7  " + key + (on_air ? " hides them" : " shows them");
    return label;
}

// The widest line of key hints that fits `width`, fewer keys per action first, then fewer actions.
std::string key_hints(const PresentKeys& keys, ImFont* font, float width) {
    struct Hint {
        const char* what;
        PresentAction action;
    };
    const Hint hints[] = {{"next", PresentAction::next},
                          {"back", PresentAction::back},
                          {"highlight", PresentAction::highlight_next},
                          {"blank", PresentAction::blank},
                          {"timer", PresentAction::timer},
                          {"restart timer", PresentAction::timer_restart},
                          {"tour", PresentAction::tour},
                          {"chart", PresentAction::audience_chart},
                          {"help", PresentAction::help},
                          {"full screen", PresentAction::full_screen},
                          {"notes", PresentAction::save_notes},
                          {"quit", PresentAction::quit}};
    const std::size_t count = std::size(hints);
    for (std::size_t shown = count; shown >= 4; --shown) {
        for (std::size_t most : {3u, 2u, 1u}) {
            std::string line = "1-9 choose";
            for (std::size_t i = 0; i < shown; ++i) {
                std::string k = keys_of(keys, hints[i].action, most);
                if (hints[i].action == PresentAction::highlight_next && !k.empty())
                    k += " / " + keys_of(keys, PresentAction::highlight_previous, 1);
                if (!k.empty()) line += std::string("  \xc2\xb7  ") + hints[i].what + " " + k;
            }
            if (font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, line.c_str()).x <= width)
                return line;
        }
    }
    return "1-9 choose  \xc2\xb7  quit " + keys_of(keys, PresentAction::quit, 1);
}

// A pick step's items and its way on, as buttons numbered for the digits, the highlight lit.
void draw_pick_rows(const PresentFrame& f, std::vector<PresentCommand>& out) {
    const kit::Palette& p = kit::palette(f.theme);
    const std::vector<std::string> rows = f.show.answer_rows();
    for (std::size_t i = 0; i < rows.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        const std::optional<int> number =
            i < 9 ? std::optional<int>(static_cast<int>(i) + 1) : std::nullopt;
        if (kit::choice_button("##item", rows[i], number, f.fonts.ui, p, 0.35f))
            out.push_back({PresentAction::choose, static_cast<int>(i) + 1});
        if (f.show.highlight() == i) {
            const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
            ImGui::GetWindowDrawList()->AddRect(ImVec2(a.x - 3, a.y - 3), ImVec2(b.x + 3, b.y + 3),
                                                kit::colour_u32(p.focus), 12.0f, 0, 3.0f);
        }
        ImGui::PopID();
    }
}

} // namespace

std::optional<std::uint32_t> preview_of(const PresentController& show) {
    const auto target = show.highlighted_target();
    return target ? std::optional(target->value) : std::nullopt;
}

kit::FontSizes presenter_font_sizes(float height, float text_scale) {
    const float f = std::clamp(height / 760.0f, 0.85f, 1.6f) * text_scale;
    auto px = [&](float base) {
        return std::round(base * f * 0.5f) * 2.0f;
    }; // even sizes: fewer rebuilds
    return kit::FontSizes{px(22.0f), px(28.0f), px(17.0f), px(14.0f)};
}

kit::FontSizes audience_font_sizes(float height, float text_scale) {
    auto px = [&](float share) {
        return std::max(12.0f, std::round(height * share * text_scale * 0.5f) * 2.0f);
    };
    return kit::FontSizes{px(0.046f), px(0.068f), px(0.032f), px(0.024f)};
}

bool PresenterView::animating(const PresentFrame& frame) const {
    return step_.moving(frame.now, frame.reduced_motion);
}

void PresenterView::draw_top_bar(const PresentFrame& f, std::vector<PresentCommand>& out) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const kit::Palette& p = kit::palette(f.theme);
    const PresentController& show = f.show;
    const char* labels[] = {timer_button_label(show.notes().timer_state()),
                            "Restart timer (match recording)", "Save show notes",
                            show.mode() == PresentMode::tour ? "End tour" : "Tour",
                            show.audience_blank() ? "Show audience" : "Blank audience"};
    const PresentAction actions[] = {PresentAction::timer, PresentAction::timer_restart,
                                     PresentAction::save_notes, PresentAction::tour,
                                     PresentAction::blank};
    std::string title = show.session().program().flow->info.title;
    title += show.mode() == PresentMode::tour
                 ? "  \xc2\xb7  Tour " + std::to_string(show.tour_position() + 1) + " of " +
                       std::to_string(show.tour().size())
                 : "  \xc2\xb7  Walk, step " + std::to_string(show.session().path().size());
    ImFont* ui = f.fonts.ui;
    HeaderParts parts;
    parts.title = ui->CalcTextSizeA(ui->FontSize, FLT_MAX, 0, title.c_str());
    parts.title_least = std::min(parts.title.x, ui->FontSize * 14.0f);
    parts.timer = timer_size(f);
    for (const char* l : labels)
        parts.buttons.emplace_back(kit::button_width(l, ui),
                                   ui->FontSize + 2 * style.FramePadding.y);
    parts.spacing = style.ItemSpacing;
    const ImVec2 origin = ImGui::GetWindowPos();
    const float width = ImGui::GetWindowWidth();
    header_ =
        lay_out_header(parts, origin.x + style.WindowPadding.x,
                       origin.x + width - style.WindowPadding.x, origin.y + style.WindowPadding.y);
    const std::string shown = fitted(ui, title, header_.title.max.x - header_.title.min.x);
    ImGui::GetWindowDrawList()->AddText(ui, ui->FontSize, header_.title.min,
                                        kit::colour_u32(p.text_soft), shown.c_str());
    draw_timer(f, header_.timer.min);
    for (std::size_t i = 0; i < std::size(labels); ++i) {
        ImGui::SetCursorScreenPos(header_.buttons[i].min);
        const bool on_air_blank = actions[i] == PresentAction::blank && show.audience_blank();
        if (kit::small_button(labels[i], ui, p, on_air_blank ? &p.help : nullptr))
            out.push_back({actions[i], 0});
    }
}

void PresenterView::draw_choices(const PresentFrame& f, std::vector<PresentCommand>& out) {
    const kit::Palette& p = kit::palette(f.theme);
    const Session& s = f.show.session();
    const Program& program = s.program();
    if (f.show.at_help_ending()) {
        kit::wrapped_text(
            f.fonts.ui,
            "A help-path ending. Next takes the way back to where the walk left the flow.",
            p.text_soft);
        return;
    }
    if (s.status() == SessionStatus::finished) {
        kit::wrapped_text(f.fonts.ui, "An ending. Back steps back; restart begins the walk again.",
                          p.text_soft);
        return;
    }
    const auto choices = s.choices();
    const bool touring = f.show.mode() == PresentMode::tour;
    if (touring) {
        const auto& tour = f.show.tour();
        const std::size_t at = f.show.tour_position();
        kit::wrapped_text(f.fonts.ui,
                          at + 1 < tour.size()
                              ? "Next in the tour: " +
                                    program.flow->nodes[tour[at + 1]].display_title()
                              : std::string("This is the last node of the tour."),
                          p.focus);
    }
    kit::wrapped_text(f.fonts.small,
                      touring               ? "ITS WAYS ON"
                      : choices.size() == 1 ? "NEXT KEY CONTINUES"
                                            : "CHOICES",
                      p.text_soft);
    const ImGuiStyle& style = ImGui::GetStyle();
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing,
                        ImVec2(style.ItemSpacing.x, f.fonts.ui->FontSize * 0.35f));
    if (program.node(*s.current()).kind == NodeKind::pick) { // items: digits toggle them
        draw_pick_rows(f, out);
        ImGui::PopStyleVar();
        return;
    }
    for (std::size_t i = 0; i < choices.size(); ++i) {
        const std::string label =
            choices[i].label + "  \xe2\x86\x92  " + program.node(choices[i].target).display_title();
        if (touring) {
            kit::wrapped_text(f.fonts.ui, std::to_string(i + 1) + "   " + label, p.text_soft);
            continue;
        }
        ImGui::PushID(static_cast<int>(i));
        const std::optional<int> number =
            i < 9 ? std::optional<int>(static_cast<int>(i) + 1) : std::nullopt;
        if (kit::choice_button("##choice", label, number, f.fonts.ui, p, 0.35f))
            out.push_back({PresentAction::choose, static_cast<int>(i) + 1});
        if (f.show.highlight() == i) {
            const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
            ImGui::GetWindowDrawList()->AddRect(ImVec2(a.x - 3, a.y - 3), ImVec2(b.x + 3, b.y + 3),
                                                kit::colour_u32(p.focus), 12.0f, 0, 3.0f);
            if (!ImGui::IsItemVisible()) ImGui::SetScrollHereY(0.5f);
        }
        ImGui::PopID();
    }
    ImGui::PopStyleVar();
}

void PresenterView::draw_node(const PresentFrame& f, std::vector<PresentCommand>& out) {
    const kit::Palette& p = kit::palette(f.theme);
    const Session& s = f.show.session();
    const Node& node = s.program().node(*s.current());
    const float t = step_.progress(f.now, f.reduced_motion);
    ImGui::PushStyleVar(ImGuiStyleVar_Alpha, 0.25f + 0.75f * t);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (1.0f - t) * f.fonts.body->FontSize * 0.5f);
    ImGui::PushID(static_cast<int>(s.path().size()));
    kit::wrapped_text(f.fonts.small, step_kind_words(node.kind), p.text_soft);
    std::vector<BoxRow> help;
    for (const StepBlock& b : step_blocks(f.show, f.help, true)) {
        if (b.role == BlockRole::help_heading || b.role == BlockRole::help_line) {
            const bool heading = b.role == BlockRole::help_heading;
            help.push_back(
                {heading ? f.fonts.ui : f.fonts.body, b.text, heading ? p.text_soft : p.text});
            continue;
        }
        if (!help.empty()) {
            draw_tinted_box(f, help_status(f), p.help, help);
            help.clear();
            kit::gap(0.3f);
        }
        switch (b.role) {
        case BlockRole::title:
            kit::wrapped_text(f.fonts.heading, b.text, p.text);
            break;
        case BlockRole::text:
        case BlockRole::help_ending:
            kit::wrapped_text(f.fonts.body, b.text, p.text);
            break;
        case BlockRole::way_back:
            if (kit::choice_button("##way_back", b.text, std::nullopt, f.fonts.ui, p, 0.35f))
                out.push_back({PresentAction::leave_help, 0});
            break;
        case BlockRole::help_heading:
        case BlockRole::help_line:
            break; // in the help box above
        }
    }
    if (auto cue = breathing_cue(node, f.now - step_.since(), f.reduced_motion))
        kit::wrapped_text(f.fonts.ui,
                          "On air now: " + cue->words +
                              (cue->detail.empty() ? "" : "  \xc2\xb7  " + cue->detail),
                          p.focus);
    if (!node.notes.empty())
        draw_tinted_box(f, "HOST NOTES (only you see these)", p.focus,
                        {{f.fonts.ui, node.notes, p.text}});
    draw_choices(f, out);
    ImGui::PopID();
    ImGui::PopStyleVar();
}

void PresenterView::draw_bottom_bar(const PresentFrame& f) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const kit::Palette& p = kit::palette(f.theme);
    const ImVec2 size = ImGui::GetWindowSize();
    const float y = size.y - bottom_height(f.fonts);
    std::string line = f.show.notice();
    ImVec4 colour = p.focus;
    if (line.empty()) {
        colour = p.text_soft;
        const auto& lines = f.show.notes().lines();
        for (auto it = lines.rbegin(); it != lines.rend(); ++it) {
            if (!it->node) continue;
            line = "Last note: " + format_show_time(it->at_ms) + " " + it->text;
            break;
        }
        if (!f.status.empty()) line += (line.empty() ? "" : "   \xc2\xb7   ") + f.status;
    }
    const ImVec2 origin = ImGui::GetWindowPos();
    const ImVec4 clip(origin.x, origin.y, origin.x + size.x - style.WindowPadding.x,
                      origin.y + size.y);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddText(f.fonts.ui, f.fonts.ui->FontSize,
                ImVec2(origin.x + style.WindowPadding.x, origin.y + y), kit::colour_u32(colour),
                line.c_str(), nullptr, 0.0f, &clip);
    const std::string hints = key_hints(f.keys, f.fonts.small, size.x - 2 * style.WindowPadding.x);
    dl->AddText(f.fonts.small, f.fonts.small->FontSize,
                ImVec2(origin.x + style.WindowPadding.x,
                       origin.y + y + f.fonts.ui->FontSize + style.ItemSpacing.y),
                kit::colour_u32(p.text_soft), hints.c_str());
}

std::vector<PresentCommand> PresenterView::draw(const PresentFrame& f) {
    step_.track(f.show.session(), f.now);
    std::vector<PresentCommand> out;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const ImGuiStyle& style = ImGui::GetStyle();
    const kit::Palette& p = kit::palette(f.theme);
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    ImGui::Begin("##console", nullptr,
                 kFixed | ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoBringToFrontOnFocus);
    draw_top_bar(f, out);
    float top = header_.bottom - vp->WorkPos.y + style.ItemSpacing.y;
    if (!f.host_notice.empty()) { // across the console, under its top bar; never on air
        ImGui::SetCursorPos(ImVec2(style.WindowPadding.x, top));
        kit::wrapped_text(f.fonts.ui, f.host_notice, p.focus);
        top = ImGui::GetCursorPosY() + style.ItemSpacing.y;
    }
    const float bottom = bottom_height(f.fonts) + style.ItemSpacing.y;
    const float pad = style.WindowPadding.x, left_w = std::floor(vp->WorkSize.x * 0.5f);
    const float body_h = std::max(50.0f, vp->WorkSize.y - top - bottom);
    ImGui::SetCursorPos(ImVec2(pad, top));
    ImGui::BeginChild("##node", ImVec2(left_w - pad, body_h), false, ImGuiWindowFlags_NoBackground);
    draw_node(f, out);
    ImGui::EndChild();

    const ImVec2 min(vp->WorkPos.x + left_w + pad, vp->WorkPos.y + top);
    const ImVec2 max(vp->WorkPos.x + vp->WorkSize.x - pad, vp->WorkPos.y + top + body_h);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(min, max, kit::colour_u32(p.panel, 0.75f), 12.0f);
    const std::string caption = std::string("The chart: the path lit  \xc2\xb7  audience sees ") +
                                (f.show.audience_blank()   ? "a blank screen"
                                 : f.show.audience_chart() ? "the text and the chart"
                                                           : "the text");
    const float cap = f.fonts.small->FontSize;
    const std::string shown = fitted(f.fonts.small, caption, max.x - min.x - pad * 1.6f);
    dl->AddText(f.fonts.small, cap, ImVec2(min.x + pad * 0.8f, min.y + pad * 0.5f),
                kit::colour_u32(f.show.audience_blank() ? p.help : p.text_soft), shown.c_str());
    ChartLook look{
        &p,   f.fonts.ui, f.fonts.ui,         step_.from(), step_.progress(f.now, f.reduced_motion),
        0.0f, true,       preview_of(f.show), f.fonts.small};
    draw_chart(dl, ImVec2(min.x, min.y + cap + pad * 0.5f), max, f.chart, f.marks, look);
    draw_bottom_bar(f);
    ImGui::End();
    return out;
}

} // namespace heartflow::present

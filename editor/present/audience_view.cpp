// The audience window: the node in large type on a card (fitted to the window: the type shrinks
// only as far as a long node needs), on the help path the help lines above it unless the host
// hides them from air, the choices numbered with the host's highlight, the chart beside it when
// asked for (always during a tour), and a fade to a blank screen. With a chroma key, everything
// that is not a card is the key colour, for OBS to key out.
#include "present/present_views.h"

#include "kit/colour.h"
#include "present/breathing_cue.h"

#include <algorithm>
#include <cfloat>
#include <cmath>

namespace heartflow::present {

namespace {

constexpr ImGuiWindowFlags kCanvas =
    ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
    ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NoSavedSettings |
    ImGuiWindowFlags_NoInputs | ImGuiWindowFlags_NoScrollbar |
    ImGuiWindowFlags_NoBringToFrontOnFocus;

// A card's fill: opaque over a chroma key (a key must never show through), else see-through.
ImU32 card_fill(const kit::Palette& p, const AudienceLook& look) {
    return look.chroma_key ? kit::colour_u32(ImVec4(p.panel.x, p.panel.y, p.panel.z, 1.0f))
                           : kit::colour_u32(p.panel, 0.6f);
}

// What the card says.
struct CardText {
    std::string caption;
    std::vector<StepBlock> blocks;
    std::optional<BreathingCue> breathing;
    std::vector<std::string> choices;
    std::optional<std::size_t> highlight;
};

// What the card says `seconds` after the step came on screen.
CardText card_text(const PresentController& show, const HelpBlock& help, double seconds,
                   bool reduced_motion) {
    const Session& s = show.session();
    CardText card;
    card.breathing = breathing_cue(s.program().node(*s.current()), seconds, reduced_motion);
    card.caption = show.mode() == PresentMode::tour
                       ? std::string(kTourHeading) + "  \xc2\xb7  " +
                             std::to_string(show.tour_position() + 1) + " of " +
                             std::to_string(show.tour().size())
                       : s.program().flow->info.title;
    card.blocks = step_blocks(show, help, show.help_on_air());
    const auto choices = s.choices();
    const bool real_choices = choices.size() > 1 || (choices.size() == 1 && choices[0].index);
    if (s.program().node(*s.current()).kind == NodeKind::pick)
        card.choices = show.answer_rows(); // the items to pick, then the way on
    else if (real_choices && show.mode() == PresentMode::walk)
        for (const AvailableChoice& c : choices)
            card.choices.push_back(c.label);
    card.highlight = show.highlight();
    return card;
}

// The breathing cue from `at`: a circle that grows and shrinks, the words beside it and the
// breath count under them. Returns where it ends.
float lay_out_cue(ImDrawList* dl, const BreathingCue& cue, const kit::Fonts& fonts,
                  const kit::Palette& p, ImVec2 at, float scale, float alpha) {
    const float body = fonts.body->FontSize * scale, top = at.y + body * 0.7f;
    const float words = fonts.heading->FontSize * scale, detail = fonts.ui->FontSize * scale;
    const float diameter = std::max(body * 3.0f, words + detail * 1.4f);
    if (dl) {
        const ImVec2 centre(at.x + diameter * 0.5f, top + diameter * 0.5f);
        const float radius = diameter * 0.5f;
        dl->AddCircleFilled(centre, radius * cue.size, kit::colour_u32(p.pacer, 0.45f * alpha), 64);
        dl->AddCircle(centre, radius, kit::colour_u32(p.pacer, alpha), 64,
                      std::max(2.0f, body * 0.06f));
        const float x = at.x + diameter + body * 0.7f;
        const float y = top + (diameter - words - detail * 1.2f) * 0.5f;
        dl->AddText(fonts.heading, words, ImVec2(x, y), kit::colour_u32(p.text, alpha),
                    cue.words.c_str());
        dl->AddText(fonts.ui, detail, ImVec2(x, y + words * 1.1f),
                    kit::colour_u32(p.text_soft, alpha), cue.detail.c_str());
    }
    return top + diameter;
}

// The numbered choices from `at`, the highlighted one lit. Returns where they end.
float lay_out_choices(ImDrawList* dl, const CardText& card, const kit::Fonts& fonts,
                      const kit::Palette& p, ImVec2 at, float width, float scale, float alpha) {
    float y = at.y;
    const float size = fonts.body->FontSize * 0.86f * scale, pad = size * 0.32f,
                badge = size * 1.6f;
    if (!card.choices.empty()) y += fonts.body->FontSize * 0.6f * scale;
    for (std::size_t i = 0; i < card.choices.size(); ++i) {
        const ImVec2 s = fonts.body->CalcTextSizeA(size, FLT_MAX, width - badge - 2 * pad,
                                                   card.choices[i].c_str());
        const ImVec2 row_min(at.x, y), row_max(at.x + width, y + s.y + 2 * pad);
        if (dl) {
            const bool lit = card.highlight == i;
            if (lit)
                dl->AddRectFilled(row_min, row_max, kit::colour_u32(p.focus, 0.22f * alpha),
                                  size * 0.4f);
            if (lit)
                dl->AddRect(row_min, row_max, kit::colour_u32(p.focus, alpha), size * 0.4f, 0,
                            std::max(2.0f, size * 0.08f));
            const ImVec2 c(at.x + pad + badge * 0.4f, y + pad + size * 0.55f);
            dl->AddCircle(c, size * 0.58f, kit::colour_u32(p.text_soft, alpha), 0,
                          std::max(1.5f, size * 0.05f));
            const std::string n = i < 9 ? std::to_string(i + 1) : "";
            const ImVec2 d = fonts.body->CalcTextSizeA(size * 0.8f, FLT_MAX, 0, n.c_str());
            dl->AddText(fonts.body, size * 0.8f, ImVec2(c.x - d.x * 0.5f, c.y - d.y * 0.5f),
                        kit::colour_u32(p.text_soft, alpha), n.c_str());
            dl->AddText(fonts.body, size, ImVec2(at.x + pad + badge, y + pad),
                        kit::colour_u32(p.text, alpha), card.choices[i].c_str(), nullptr,
                        width - badge - 2 * pad);
        }
        y = row_max.y + size * 0.18f;
    }
    return y;
}

// Lays the card's text out at `scale` from `at` within `width`; draws it when `dl` is set.
// Returns the height used.
float lay_out(ImDrawList* dl, const CardText& card, const kit::Fonts& fonts, const kit::Palette& p,
              ImVec2 at, float width, float scale, float alpha) {
    float y = at.y;
    auto block = [&](ImFont* font, float size, const std::string& text, const ImVec4& colour,
                     float indent = 0.0f) {
        const float wrap = width - indent;
        const ImVec2 s = font->CalcTextSizeA(size, FLT_MAX, wrap, text.c_str());
        if (dl)
            dl->AddText(font, size, ImVec2(at.x + indent, y), kit::colour_u32(colour, alpha),
                        text.c_str(), nullptr, wrap);
        y += s.y;
        return s;
    };
    const float body = fonts.body->FontSize * scale;
    block(fonts.ui, fonts.ui->FontSize * std::max(scale, 0.8f), card.caption, p.text_soft);
    y += fonts.ui->FontSize * 0.5f * scale;
    // The help lines sit beside a bar in the help colour, set apart from the step below them.
    const float bar = std::max(3.0f, body * 0.12f), help_indent = bar + body * 0.5f;
    float help_top = y;
    for (std::size_t i = 0; i < card.blocks.size(); ++i) {
        const StepBlock& b = card.blocks[i];
        switch (b.role) {
        case BlockRole::help_heading:
            help_top = y;
            block(fonts.ui, fonts.ui->FontSize * scale, b.text, p.text_soft, help_indent);
            y += body * 0.2f;
            break;
        case BlockRole::help_line:
            block(fonts.body, body, b.text, p.text, help_indent);
            y += body * 0.15f;
            break;
        case BlockRole::title:
            block(fonts.heading, fonts.heading->FontSize * scale, b.text, p.text);
            break;
        case BlockRole::text:
            y += body * 0.45f;
            block(fonts.body, body, b.text, p.text);
            break;
        case BlockRole::help_ending:
            y += body * 0.6f;
            block(fonts.body, body, b.text, p.text);
            break;
        case BlockRole::way_back: {
            y += body * 0.6f;
            const float size = body * 0.86f, pad = size * 0.32f;
            const float top = y;
            y += pad;
            block(fonts.body, size, b.text, p.text, pad * 2);
            y += pad;
            if (dl)
                dl->AddRect(ImVec2(at.x, top), ImVec2(at.x + width, y),
                            kit::colour_u32(p.focus, alpha), size * 0.4f, 0,
                            std::max(2.0f, size * 0.08f));
            break;
        }
        }
        const bool help_ends =
            b.role == BlockRole::help_line &&
            (i + 1 == card.blocks.size() || card.blocks[i + 1].role != BlockRole::help_line);
        if (help_ends) {
            if (dl)
                dl->AddRectFilled(ImVec2(at.x, help_top), ImVec2(at.x + bar, y),
                                  kit::colour_u32(p.help, alpha), bar * 0.5f);
            y += body * 0.8f;
        }
    }
    if (card.breathing)
        y = lay_out_cue(dl, *card.breathing, fonts, p, ImVec2(at.x, y), scale, alpha);
    y = lay_out_choices(dl, card, fonts, p, ImVec2(at.x, y), width, scale, alpha);
    return y - at.y;
}

} // namespace

bool AudienceView::animating(const PresentFrame& frame) const {
    const Session& s = frame.show.session();
    const auto cue = s.current() ? breathing_cue(s.program().node(*s.current()),
                                                 frame.now - step_.since(), frame.reduced_motion)
                                 : std::nullopt;
    return step_.moving(frame.now, frame.reduced_motion) || (cue && cue->moving) ||
           (!frame.reduced_motion && frame.now - blank_since_ < 0.35) ||
           (!frame.reduced_motion && frame.show.audience_chart());
}

void AudienceView::draw_text_card(const PresentFrame& f, const AudienceLook& look, ImVec2 min,
                                  ImVec2 max, float fade) {
    const kit::Palette& p = kit::palette(f.theme);
    const CardText card = card_text(f.show, f.help, f.now - step_.since(), f.reduced_motion);
    const float pad = f.fonts.body->FontSize * 0.9f;
    const float width = max.x - min.x - 2 * pad, room = max.y - min.y - 2 * pad;
    float scale = 1.0f, height = lay_out(nullptr, card, f.fonts, p, min, width, scale, 1.0f);
    while (height > room && scale > 0.4f) {
        scale *= 0.92f;
        height = lay_out(nullptr, card, f.fonts, p, min, width, scale, 1.0f);
    }
    const float top = std::max(min.y, (min.y + max.y) * 0.5f - height * 0.5f - pad);
    const float slide = (1.0f - fade) * f.fonts.body->FontSize * 0.8f;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(ImVec2(min.x, top), ImVec2(max.x, std::min(max.y, top + height + 2 * pad)),
                      card_fill(p, look), pad * 0.6f);
    dl->PushClipRect(min, max, true);
    lay_out(dl, card, f.fonts, p, ImVec2(min.x + pad, top + pad + slide), width, scale, fade);
    dl->PopClipRect();
}

void AudienceView::draw(const PresentFrame& f, const AudienceLook& look) {
    step_.track(f.show.session(), f.now);
    if (f.show.audience_blank() != blank_) {
        blank_ = f.show.audience_blank();
        blank_since_ = f.now;
    }
    const kit::Palette& p = kit::palette(f.theme);
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    ImGui::Begin("##audience", nullptr, kCanvas);
    const ImVec2 o = vp->WorkPos, size = vp->WorkSize;
    const float margin = std::min(size.x, size.y) * 0.05f;
    const float fade = step_.progress(f.now, f.reduced_motion);
    if (f.show.audience_chart()) {
        // The chart takes the width its shape needs at full height, within 30-60% of the window.
        const double aspect = f.chart.layout.width / std::max(1.0, f.chart.layout.height);
        const float room = size.x - 2 * margin,
                    chart_w = std::clamp(float(aspect) * (size.y - 2 * margin) + 2 * margin,
                                         room * 0.3f, room * 0.6f);
        const float split = o.x + margin + room - chart_w - margin * 0.6f;
        draw_text_card(f, look, ImVec2(o.x + margin, o.y + margin),
                       ImVec2(split, o.y + size.y - margin), fade);
        const ImVec2 min(split + margin * 0.6f, o.y + margin),
            max(o.x + size.x - margin, o.y + size.y - margin);
        ImDrawList* dl = ImGui::GetWindowDrawList();
        dl->AddRectFilled(min, max, card_fill(p, look), margin * 0.4f);
        const float pulse =
            f.reduced_motion ? 0.0f : 0.5f + 0.5f * static_cast<float>(std::sin(f.now * 2.4));
        ChartLook chart{&p,    f.fonts.ui, f.fonts.ui,         step_.from(), fade,
                        pulse, true,       preview_of(f.show), f.fonts.small};
        draw_chart(dl, min, max, f.chart, f.marks, chart);
    } else {
        const float column = std::min(size.x - 2 * margin, f.fonts.body->FontSize * 30.0f);
        const float x = o.x + (size.x - column) * 0.5f;
        draw_text_card(f, look, ImVec2(x, o.y + margin), ImVec2(x + column, o.y + size.y - margin),
                       fade);
    }
    const float shown = f.reduced_motion ? 1.0f : ease_out(blank_since_, f.now, 0.3);
    const float cover = blank_ ? shown : 1.0f - shown;
    if (cover > 0.0f) {
        const ImVec4 black(0, 0, 0, 1);
        ImGui::GetForegroundDrawList()->AddRectFilled(
            o, ImVec2(o.x + size.x, o.y + size.y),
            kit::colour_u32(look.chroma_key ? *look.chroma_key : black, cover));
    }
    ImGui::End();
}

} // namespace heartflow::present

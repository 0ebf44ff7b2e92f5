// Shared widgets.
#include "kit/widgets.h"

#include "kit/colour.h"

#include <algorithm>
#include <cfloat>
#include <cstdio>

namespace heartflow::kit {

namespace {

// Whether a focused widget took this frame's Enter (see begin_widgets_frame).
bool g_enter_taken = false;

// True when the last item has keyboard focus and Enter was pressed: Enter presses a focused
// button as Space does.
bool entered() {
    bool e = ImGui::IsItemFocused() && ImGui::GetIO().NavVisible &&
             ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false);
    g_enter_taken = g_enter_taken || e;
    return e;
}

} // namespace

void begin_widgets_frame() {
    g_enter_taken = false;
}

bool enter_taken_by_widget() {
    return g_enter_taken;
}

void wrapped_text(ImFont* font, std::string_view text, const ImVec4& colour) {
    ImGui::PushFont(font);
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

void focus_ring(const Palette& palette) {
    if (!ImGui::IsItemFocused() || !ImGui::GetIO().NavVisible) return;
    float t = std::max(2.0f, ImGui::GetFontSize() * 0.14f);
    ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ImGui::GetWindowDrawList()->AddRect(ImVec2(a.x - t, a.y - t), ImVec2(b.x + t, b.y + t),
                                        colour_u32(palette.focus),
                                        ImGui::GetStyle().FrameRounding + t, 0, t);
}

namespace {

// The room a choice button's number badge takes before its label.
float badge_width(bool numbered, ImFont* font) {
    return numbered ? font->FontSize * 1.5f : 0.0f;
}

// The width a choice button's label wraps at.
float label_wrap(bool numbered, ImFont* font, float padding, float width) {
    return std::max(40.0f, width - 2 * font->FontSize * padding - badge_width(numbered, font));
}

} // namespace

float choice_button_height(std::string_view label, bool numbered, ImFont* font, float padding,
                           float width) {
    const float wrap = label_wrap(numbered, font, padding, width);
    const ImVec2 text = font->CalcTextSizeA(font->FontSize, FLT_MAX, wrap, label.data(),
                                            label.data() + label.size());
    return std::max(text.y, font->FontSize) + 2 * font->FontSize * padding;
}

bool choice_button(const char* id, std::string_view label, std::optional<int> number, ImFont* font,
                   const Palette& palette, float padding, float width) {
    ImGui::PushFont(font);
    const float pad = font->FontSize * padding;
    const float badge = badge_width(number.has_value(), font);
    if (width <= 0.0f) width = ImGui::GetContentRegionAvail().x;
    const float wrap = label_wrap(number.has_value(), font, padding, width);
    ImVec2 size(width, choice_button_height(label, number.has_value(), font, padding, width));
    ImVec2 pos = ImGui::GetCursorScreenPos();
    bool pressed = ImGui::InvisibleButton(id, size);
    pressed = entered() || pressed;
    bool hovered = ImGui::IsItemHovered(), held = ImGui::IsItemActive();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float rounding = ImGui::GetStyle().FrameRounding;
    ImVec2 end(pos.x + size.x, pos.y + size.y);
    dl->AddRectFilled(pos, end,
                      colour_u32(held      ? palette.button_active
                                 : hovered ? palette.button_hover
                                           : palette.button),
                      rounding);
    dl->AddRect(pos, end, colour_u32(palette.border), rounding, 0,
                ImGui::GetStyle().FrameBorderSize);
    if (number) {
        char digit[2] = {static_cast<char>('0' + *number), 0};
        ImVec2 c(pos.x + pad + badge * 0.35f, pos.y + pad + font->FontSize * 0.5f);
        dl->AddCircle(c, font->FontSize * 0.62f, colour_u32(palette.text_soft), 0, 1.5f);
        ImVec2 d = font->CalcTextSizeA(font->FontSize * 0.8f, FLT_MAX, 0, digit);
        dl->AddText(font, font->FontSize * 0.8f, ImVec2(c.x - d.x * 0.5f, c.y - d.y * 0.5f),
                    colour_u32(palette.text_soft), digit);
    }
    dl->AddText(font, font->FontSize, ImVec2(pos.x + pad + badge, pos.y + pad),
                colour_u32(palette.text), label.data(), label.data() + label.size(), wrap);
    focus_ring(palette);
    ImGui::PopFont();
    return pressed;
}

bool small_button(const char* label, ImFont* font, const Palette& palette, const ImVec4* fill) {
    ImGui::PushFont(font);
    if (fill) {
        ImGui::PushStyleColor(ImGuiCol_Button, *fill);
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, fill_hovered(*fill));
        ImGui::PushStyleColor(ImGuiCol_ButtonActive, fill_pressed(*fill));
        ImGui::PushStyleColor(ImGuiCol_Text, text_on_fill());
    }
    bool pressed = ImGui::Button(label);
    pressed = entered() || pressed;
    if (fill) ImGui::PopStyleColor(4);
    focus_ring(palette);
    ImGui::PopFont();
    return pressed;
}

namespace {

// How a rating strip is laid out in a column: buttons to a row, their side and the spacing.
struct StripLayout {
    int per_row = 1;
    float side = 0.0f;
    float spacing = 0.0f;
    int rows = 1;
};

StripLayout strip_layout(const Fonts& fonts, float width, const RatingScale& scale) {
    StripLayout l;
    l.spacing = ImGui::GetStyle().ItemSpacing.x * 0.5f;
    const int count = std::max(1, scale.max - scale.min + 1);
    // Up to eleven (the 0-10 check-in) share one row, as before; longer scales wrap, each
    // button still easy to hit.
    const float least = fonts.ui->FontSize * 1.8f;
    l.per_row =
        count <= 11
            ? count
            : std::clamp(static_cast<int>((width + l.spacing) / (least + l.spacing)), 1, count);
    l.rows = (count + l.per_row - 1) / l.per_row;
    l.side = std::min(fonts.ui->FontSize * 2.4f,
                      (width - l.spacing * static_cast<float>(l.per_row - 1)) /
                          static_cast<float>(l.per_row));
    if (scale.most_height > 0.0f) { // a short column: smaller buttons, a number still fits
        const float words = fonts.small->FontSize * 1.4f + 3.0f * ImGui::GetStyle().ItemSpacing.y;
        const float fit = (scale.most_height - words) / static_cast<float>(l.rows) - l.spacing;
        l.side = std::min(l.side, std::max(fonts.ui->FontSize * 1.5f, fit));
    }
    return l;
}

} // namespace

float rating_strip_height(const Fonts& fonts, float width, const RatingScale& scale) {
    const StripLayout l = strip_layout(fonts, width, scale);
    // The rows, the end words' line and the spacing after each (generous: a strip that takes
    // less leaves a gap, one that takes more would push the way on out of view).
    return static_cast<float>(l.rows) * (l.side + l.spacing) + fonts.small->FontSize * 1.4f +
           3.0f * ImGui::GetStyle().ItemSpacing.y;
}

std::optional<int> rating_strip(const char* id, std::optional<int> current, const Fonts& fonts,
                                const Palette& palette, const RatingScale& scale) {
    std::optional<int> picked;
    ImGui::PushID(id);
    ImGui::PushFont(fonts.ui);
    const StripLayout l = strip_layout(fonts, ImGui::GetContentRegionAvail().x, scale);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(l.spacing, l.spacing));
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(0.0f, 0.0f)); // numbers centred
    for (int r = scale.min; r <= scale.max; ++r) {
        if ((r - scale.min) % l.per_row != 0) ImGui::SameLine();
        bool chosen = current && *current == r;
        if (chosen) {
            ImGui::PushStyleColor(ImGuiCol_Button, palette.focus);
            ImGui::PushStyleColor(ImGuiCol_Text, palette.background_top);
        }
        char label[16];
        std::snprintf(label, sizeof label, "%d", r);
        if (ImGui::Button(label, ImVec2(l.side, l.side)) || entered()) picked = r;
        if (chosen) ImGui::PopStyleColor(2);
        focus_ring(palette);
    }
    ImGui::PopStyleVar(2);
    ImGui::PopFont();
    ImGui::PushFont(fonts.small);
    ImGui::PushStyleColor(ImGuiCol_Text, palette.text_soft);
    const std::string low(scale.low), high(scale.high);
    const float row_width =
        l.side * static_cast<float>(l.per_row) + l.spacing * static_cast<float>(l.per_row - 1);
    const float right = row_width - ImGui::CalcTextSize(high.c_str()).x;
    const float x0 = ImGui::GetCursorPosX();
    ImGui::TextUnformatted(low.c_str());
    ImGui::SameLine(x0 + std::max(right, ImGui::CalcTextSize((low + "  ").c_str()).x));
    ImGui::TextUnformatted(high.c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
    ImGui::PopID();
    return picked;
}

void same_line_if_fits(const char* label, ImFont* font) {
    const ImGuiStyle& style = ImGui::GetStyle();
    float width =
        font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, label).x + 2 * style.FramePadding.x;
    float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    if (ImGui::GetItemRectMax().x + style.ItemSpacing.x + width <= right) ImGui::SameLine();
}

void gap(float lines) {
    ImGui::Dummy(ImVec2(1.0f, ImGui::GetFontSize() * lines));
}

float button_width(const char* label, ImFont* font) {
    return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, label).x +
           2 * ImGui::GetStyle().FramePadding.x;
}

} // namespace heartflow::kit

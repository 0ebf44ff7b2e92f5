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

std::optional<int> rating_strip(const char* id, std::optional<int> current, const Fonts& fonts,
                                const Palette& palette) {
    std::optional<int> picked;
    ImGui::PushID(id);
    ImGui::PushFont(fonts.ui);
    const float spacing = ImGui::GetStyle().ItemSpacing.x * 0.5f;
    const float avail = ImGui::GetContentRegionAvail().x;
    const float side = std::min(fonts.ui->FontSize * 2.4f, (avail - spacing * 10) / 11);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(spacing, spacing));
    for (int r = 0; r <= 10; ++r) {
        if (r > 0) ImGui::SameLine();
        bool chosen = current && *current == r;
        if (chosen) {
            ImGui::PushStyleColor(ImGuiCol_Button, palette.focus);
            ImGui::PushStyleColor(ImGuiCol_Text, palette.background_top);
        }
        char label[8];
        std::snprintf(label, sizeof label, "%d", r);
        if (ImGui::Button(label, ImVec2(side, side)) || entered()) picked = r;
        if (chosen) ImGui::PopStyleColor(2);
        focus_ring(palette);
    }
    ImGui::PopStyleVar();
    ImGui::PopFont();
    ImGui::PushFont(fonts.small);
    ImGui::PushStyleColor(ImGuiCol_Text, palette.text_soft);
    const char* high = "overwhelming";
    float right = side * 11 + spacing * 10 - ImGui::CalcTextSize(high).x;
    const float x0 = ImGui::GetCursorPosX();
    ImGui::TextUnformatted("calm");
    ImGui::SameLine(x0 + std::max(right, ImGui::CalcTextSize("calm  ").x));
    ImGui::TextUnformatted(high);
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

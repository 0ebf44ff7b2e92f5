// Theme palettes: calm, low-saturation colours. All text meets WCAG AA (4.5:1) on everything it
// is drawn on (tests/editor/kit/theme_test.cpp); the high-contrast theme meets AAA.
#include "kit/theme.h"

namespace heartflow::kit {

namespace {

ImVec4 rgb(int r, int g, int b, float a = 1.0f) {
    return ImVec4(r / 255.0f, g / 255.0f, b / 255.0f, a);
}

const Palette kLight = {
    rgb(246, 241, 232), rgb(225, 233, 236),        rgb(255, 255, 255, 0.55f), rgb(38, 48, 58),
    rgb(88, 100, 110),  rgb(255, 255, 255, 0.78f), rgb(236, 244, 246),        rgb(214, 230, 234),
    rgb(150, 170, 180), rgb(40, 110, 150),         rgb(252, 250, 246, 0.96f), rgb(176, 70, 60),
    rgb(96, 150, 170),
};

const Palette kDark = {
    rgb(24, 32, 44),    rgb(18, 40, 48),        rgb(70, 110, 130, 0.35f), rgb(232, 236, 238),
    rgb(196, 205, 211), rgb(44, 58, 72, 0.85f), rgb(56, 74, 90),          rgb(60, 80, 97),
    rgb(92, 112, 128),  rgb(140, 200, 230),     rgb(28, 36, 48, 0.97f),   rgb(165, 72, 64),
    rgb(120, 180, 200),
};

const Palette kHighContrast = {
    rgb(0, 0, 0), rgb(0, 0, 0),    rgb(0, 0, 0, 0.0f), rgb(255, 255, 255), rgb(255, 255, 255),
    rgb(0, 0, 0), rgb(40, 40, 40), rgb(70, 70, 70),    rgb(255, 255, 255), rgb(255, 230, 0),
    rgb(0, 0, 0), rgb(160, 0, 0),  rgb(70, 150, 255),
};

} // namespace

const char* theme_name(Theme theme) {
    switch (theme) {
    case Theme::light:
        return "light";
    case Theme::dark:
        return "dark";
    case Theme::high_contrast:
        return "high-contrast";
    }
    return "light";
}

std::optional<Theme> parse_theme(std::string_view name) {
    for (Theme t : {Theme::light, Theme::dark, Theme::high_contrast})
        if (name == theme_name(t)) return t;
    return std::nullopt;
}

const Palette& palette(Theme theme) {
    switch (theme) {
    case Theme::light:
        return kLight;
    case Theme::dark:
        return kDark;
    case Theme::high_contrast:
        return kHighContrast;
    }
    return kLight;
}

ImVec4 text_on_fill() {
    return ImVec4(1, 1, 1, 1);
}

ImVec4 fill_hovered(const ImVec4& fill) {
    return ImVec4(fill.x * 1.1f, fill.y * 1.1f, fill.z * 1.1f, 1);
}

ImVec4 fill_pressed(const ImVec4& fill) {
    return ImVec4(fill.x * 0.9f, fill.y * 0.9f, fill.z * 0.9f, 1);
}

void apply_theme(Theme theme, float scale) {
    const Palette& p = palette(theme);
    ImGuiStyle style;
    if (theme == Theme::light)
        ImGui::StyleColorsLight(&style);
    else
        ImGui::StyleColorsDark(&style);
    style.WindowRounding = 10.0f;
    style.ChildRounding = 10.0f;
    style.FrameRounding = 10.0f;
    style.GrabRounding = 8.0f;
    style.WindowPadding = ImVec2(18, 18);
    style.FramePadding = ImVec2(16, 10);
    style.ItemSpacing = ImVec2(14, 14);
    style.ItemInnerSpacing = ImVec2(10, 8);
    style.ScrollbarSize = 18.0f;
    style.FrameBorderSize = theme == Theme::high_contrast ? 2.0f : 1.0f;
    style.WindowBorderSize = 0.0f;
    style.ScaleAllSizes(scale);
    ImVec4* c = style.Colors;
    c[ImGuiCol_Text] = p.text;
    c[ImGuiCol_TextDisabled] = p.text_soft;
    c[ImGuiCol_WindowBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_PopupBg] = p.panel;
    c[ImGuiCol_Border] = p.border;
    c[ImGuiCol_FrameBg] = p.button;
    c[ImGuiCol_FrameBgHovered] = p.button_hover;
    c[ImGuiCol_FrameBgActive] = p.button_active;
    c[ImGuiCol_Button] = p.button;
    c[ImGuiCol_ButtonHovered] = p.button_hover;
    c[ImGuiCol_ButtonActive] = p.button_active;
    c[ImGuiCol_CheckMark] = p.focus;
    c[ImGuiCol_NavHighlight] = ImVec4(0, 0, 0, 0); // widgets draw their own focus ring
    c[ImGuiCol_TextSelectedBg] = ImVec4(p.focus.x, p.focus.y, p.focus.z, 0.35f);
    c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_Separator] = p.border;
    ImGui::GetStyle() = style;
}

} // namespace heartflow::kit

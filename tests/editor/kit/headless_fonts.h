// An ImGui context with no window (imgui's example_null technique) and four default fonts in the
// player's slots, shared by the headless tests of the player and present mode.
#pragma once

#include "kit/fonts.h"

#include <imgui.h>

namespace heartflow::kit::test {

/// Owns an ImGui context of `width` x `height` whose font atlas holds body, heading, ui and
/// small fonts of `font_size` pixels; it is current from construction on.
struct HeadlessFonts {
    kit::Fonts fonts;                ///< The four fonts, for the views' frames.
    ImGuiContext* context = nullptr; ///< The context, to switch between several.

    HeadlessFonts(float width, float height, float font_size) {
        context = ImGui::CreateContext(); // keeps the current context current
        ImGui::SetCurrentContext(context);
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(width, height);
        io.DeltaTime = 1.0f / 60.0f;
        ImFont** slots[] = {&fonts.body, &fonts.heading, &fonts.ui, &fonts.small};
        for (ImFont** slot : slots) {
            ImFontConfig config;
            config.SizePixels = font_size;
            *slot = io.Fonts->AddFontDefault(&config);
        }
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    }
    ~HeadlessFonts() { ImGui::DestroyContext(context); }
    HeadlessFonts(const HeadlessFonts&) = delete;
    HeadlessFonts& operator=(const HeadlessFonts&) = delete;
};

} // namespace heartflow::kit::test

// An ImGui context with no window (imgui's example_null technique) and four default fonts in the
// player's slots, shared by the headless tests of the player and present mode.
#pragma once

#include "kit/fonts.h"

#include <imgui.h>

#include <utility>

namespace heartflow::kit::test {

/// Owns an ImGui context of `width` x `height` whose font atlas holds body, heading, ui and
/// small fonts (ImGui's default face) of `font_size` pixels; it is current from construction on.
struct HeadlessFonts {
    kit::Fonts fonts;                ///< The four fonts, for the views' frames.
    ImGuiContext* context = nullptr; ///< The context, to switch between several.

    HeadlessFonts(float width, float height, float font_size)
        : HeadlessFonts(width, height, kit::FontSizes{font_size, font_size, font_size, font_size}) {
    }

    /// As above with each font at its own size (the player's sizes for a text scale).
    HeadlessFonts(float width, float height, const kit::FontSizes& sizes) {
        context = ImGui::CreateContext(); // keeps the current context current
        ImGui::SetCurrentContext(context);
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(width, height);
        io.DeltaTime = 1.0f / 60.0f;
        const std::pair<ImFont**, float> slots[] = {{&fonts.body, sizes.body},
                                                    {&fonts.heading, sizes.heading},
                                                    {&fonts.ui, sizes.ui},
                                                    {&fonts.small, sizes.small}};
        for (const auto& [slot, size] : slots) {
            ImFontConfig config;
            config.SizePixels = size;
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

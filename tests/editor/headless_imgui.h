// A headless ImGui context for driving views in tests (imgui's examples/example_null technique):
// a display size, a built font atlas, and frames run with a scripted mouse.
#pragma once

#include <imgui.h>

#include <functional>
#include <initializer_list>

namespace heartflow::editor::test {

/// Owns an ImGui context for the life of a test.
class HeadlessImGui {
public:
    /// Creates the context with a `width` x `height` display and builds the font atlas.
    HeadlessImGui(float width = 1000.0f, float height = 700.0f) {
        context_ = ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = {width, height};
        io.DeltaTime = 1.0f / 60.0f;
        io.IniFilename = nullptr;
        io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset; // as the OpenGL3 backend does
        io.KeyMap[ImGuiKey_Space] = 32;
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    }
    ~HeadlessImGui() { ImGui::DestroyContext(context_); }
    HeadlessImGui(const HeadlessImGui&) = delete;
    HeadlessImGui& operator=(const HeadlessImGui&) = delete;

    /// Runs one frame with the mouse at `mouse` and the left button `down`, calling `body`
    /// inside a borderless window that fills the display.
    void frame(ImVec2 mouse, bool down, const std::function<void()>& body, float wheel = 0.0f) {
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = mouse;
        io.MouseDown[0] = down;
        io.MouseWheel = wheel;
        ImGui::NewFrame();
        ImGui::SetNextWindowPos({0, 0});
        ImGui::SetNextWindowSize(io.DisplaySize);
        ImGui::Begin("test", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove);
        body();
        ImGui::End();
        ImGui::Render();
    }

    /// Runs one frame with the mouse at `mouse`, the left button `down` and the keys in `keys`
    /// held (ImGui key indices), calling `body` at the top
    /// level (it makes its own windows, as a whole view does).
    void bare_frame(ImVec2 mouse, bool down, const std::function<void()>& body,
                    std::initializer_list<int> keys = {}) {
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = mouse;
        io.MouseDown[0] = down;
        io.MouseWheel = 0.0f;
        for (bool& k : io.KeysDown)
            k = false;
        for (int k : keys)
            io.KeysDown[k] = true;
        ImGui::NewFrame();
        body();
        ImGui::Render();
    }

private:
    ImGuiContext* context_;
};

} // namespace heartflow::editor::test

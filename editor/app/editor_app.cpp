// The editor's frame loop, in the order of imgui's example_glfw_opengl3: poll events, (re)build
// fonts, new frame, the editor, render, swap. Closing the window asks about unsaved changes.
#include "app/editor_app.h"

#include "app/font_loader.h"
#include "app/screenshot.h"
#include "app/start_timing.h"
#include "app/window.h"
#include "edit/editor.h"
#include "kit/cjk_glyphs.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <future>
#include <optional>

namespace heartflow::app {

namespace {

// Frames drawn after the flow has opened before a --screenshot is taken (layout settles).
constexpr int kScreenshotSettleFrames = 4;
// Most frames a --screenshot waits for a flow to open (about 20 s).
constexpr int kScreenshotMaxFrames = 1200;

// The editor's font sizes at a monitor's content scale and the editor's own text size.
kit::FontSizes editor_font_sizes(float content_scale, float text_scale) {
    const float scale = content_scale * text_scale;
    kit::FontSizes sizes;
    sizes.body = std::round(19.0f * scale);
    sizes.heading = std::round(30.0f * scale); // also the canvas's font, drawn scaled with the zoom
    sizes.ui = std::round(17.0f * scale);
    sizes.small = std::round(15.0f * scale);
    return sizes;
}

void apply_editor_style(float scale) {
    ImGuiStyle style;
    ImGui::StyleColorsDark(&style);
    style.WindowRounding = 0.0f;
    style.FrameRounding = 4.0f;
    style.PopupRounding = 6.0f;
    style.GrabRounding = 4.0f;
    style.FramePadding = {8.0f, 5.0f};
    style.ItemSpacing = {8.0f, 7.0f};
    style.WindowPadding = {12.0f, 10.0f};
    style.Colors[ImGuiCol_WindowBg] = {0.13f, 0.14f, 0.17f, 1.0f};
    style.Colors[ImGuiCol_PopupBg] = {0.15f, 0.16f, 0.20f, 0.98f};
    style.Colors[ImGuiCol_ModalWindowDimBg] = {0.0f, 0.0f, 0.0f, 0.45f};
    style.ScaleAllSizes(scale);
    ImGui::GetStyle() = style;
}

int run_loop(Window& window, editor::Editor& editor, const editor::EditorOptions& options,
             const FontFiles& font_files) {
    kit::FontSizes built_sizes;
    kit::Fonts fonts;
    const bool screenshot = !options.screenshot.empty();
    int settled = 0;
    bool follow_up = true;
    bool opened = false; // a frame showed the flow opened (logged once for the benchmark)
    // The CJK characters of each file opened, and those typed as they come.
    std::set<ImWchar> cjk;
    std::optional<std::filesystem::path> scanned; // the file whose characters were added last
    for (int frame = 0; !editor.wants_close(); ++frame) {
        // A press and its release can arrive in one batch of events; drawing the next frame at
        // once lets ImGui see the release before a second press (else a double-click is lost).
        window.wait_events(screenshot || follow_up ? 0.0 : editor.active() ? 1.0 / 60.0 : 0.25);
        if (window.should_close()) {
            window.keep_open();
            (void)editor.request_close();
        }
        const float scale = window.content_scale();
        const kit::FontSizes wanted = editor_font_sizes(scale, editor.text_scale());
        const std::size_t cjk_before = cjk.size();
        for (ImWchar typed : ImGui::GetIO().InputQueueCharacters)
            if (kit::is_cjk(typed)) cjk.insert(typed);
        if (editor.file() != scanned) { // opened (Open, a recent file) or saved under a new name
            scanned = editor.file();
            cjk.merge(kit::cjk_glyphs_of_file(scanned->string()));
        }
        if (frame == 0 || wanted != built_sizes || cjk.size() != cjk_before) {
            fonts = build_fonts(font_files, wanted, kit::kScriptsAll, cjk);
            window.rebuild_font_texture();
            apply_editor_style(scale);
            built_sizes = wanted;
        }
        window.begin_frame();
        const std::vector<kit::KeyPress> presses = window.take_key_presses();
        editor.frame(fonts, presses, ImGui::GetTime());
        const ImGuiIO& io = ImGui::GetIO();
        follow_up = frame < 2 || !presses.empty() || io.MouseDown[0] || io.MouseDown[1] ||
                    io.MouseDown[2] || io.MouseWheel != 0.0f;
        window.set_title(editor.window_title());
        int fb_w = 0, fb_h = 0;
        window.render(ImVec4(0.1f, 0.11f, 0.13f, 1.0f), [&](int w, int h) {
            fb_w = w;
            fb_h = h;
        });
        settled = editor.busy() ? 0 : settled + 1;
        if (screenshot && (settled >= kScreenshotSettleFrames || frame >= kScreenshotMaxFrames)) {
            const std::string failed = save_screenshot(options.screenshot, fb_w, fb_h);
            if (!failed.empty()) std::fprintf(stderr, "heartflow: %s\n", failed.c_str());
            return failed.empty() ? 0 : 1;
        }
        window.swap();
        if (frame == 0) log_start_timing("first frame");
        if (!opened && !editor.busy()) log_start_timing("first frame with the flow open");
        opened = opened || !editor.busy();
    }
    return 0;
}

} // namespace

int run_editor_window(const editor::EditorOptions& options) {
    int code = 0;
    {
        // fontconfig reads its configuration and caches while the window system starts.
        std::future<FontFiles> font_files = std::async(std::launch::async, find_font_files);
        std::string error;
        auto window = Window::open({options.width, options.height, "heartflow editor"}, error);
        if (!window) {
            std::fprintf(stderr, "heartflow: %s\n", error.c_str());
            return 1;
        }
        editor::Editor editor(options);
        code = run_loop(*window, editor, options, font_files.get());
    }
    // Work the person cancelled (a long layout, say) may still be running; it has nothing to
    // finish, so leave without waiting for it.
    if (editor::abandoned_jobs_running() > 0) {
        std::fflush(nullptr);
        std::_Exit(code);
    }
    return code;
}

} // namespace heartflow::app

// The frame loop, in the order of imgui's example_glfw_opengl3: poll events, (re)build fonts,
// new frame, views, render (clear, shader passes, ImGui), swap.
#include "app/player_app.h"

#include "app/font_loader.h"
#include "app/scene_renderer.h"
#include "app/screenshot.h"
#include "app/start_timing.h"
#include "app/window.h"
#include "kit/cjk_glyphs.h"
#include "player/key_commands.h"
#include "player/player.h"
#include "player/player_glyphs.h"

#include <cstdio>
#include <future>
#include <string>

namespace heartflow::app {

namespace {

// Frames drawn before a --screenshot is taken, so ImGui's layout has settled.
constexpr int kScreenshotFrame = 3;

} // namespace

int run_player_window(const player::PlayerOptions& options) {
    // fontconfig reads its configuration and caches while the window system starts.
    std::future<FontFiles> font_files_found = std::async(std::launch::async, find_font_files);
    player::Player player(options);
    std::string error;
    auto window = Window::open({options.width, options.height, player.window_title()}, error);
    if (!window) {
        std::fprintf(stderr, "heartflow: %s\n", error.c_str());
        return 1;
    }
    SceneRenderer renderer;
    const FontFiles font_files = font_files_found.get();
    player::PlayerGlyphs glyphs(player);
    kit::FontSizes built_sizes;
    kit::Fonts fonts;
    const bool screenshot = !options.screenshot.empty();
    bool told_no_cjk = false; // the person is told once that CJK text needs fonts-noto-cjk
    for (int frame = 0; !window->should_close() && !player.wants_close(); ++frame) {
        window->wait_events(screenshot || frame < 2 ? 0.0 : player.animating() ? 1.0 / 30.0 : 0.25);
        kit::FontSizes wanted = player.font_sizes(window->content_scale());
        const bool more_glyphs = glyphs.update(player);
        if (frame == 0 || wanted != built_sizes || more_glyphs) {
            fonts = build_fonts(font_files, wanted, glyphs.scripts(), glyphs.cjk());
            window->rebuild_font_texture();
            built_sizes = wanted;
        }
        if (!told_no_cjk && !glyphs.cjk().empty() && font_files.cjk.empty()) {
            player.set_notice(kit::kNoCjkFontNotice, ImGui::GetTime(), 20.0);
            std::fprintf(stderr, "heartflow: %s\n", kit::kNoCjkFontNotice);
            told_no_cjk = true;
        }
        window->begin_frame();
        std::vector<kit::KeyPress> presses = window->take_key_presses();
        std::vector<player::KeyCommand> keys = player::key_commands(presses);
        player.frame(fonts, keys, ImGui::GetTime());
        window->set_title(player.window_title());
        const player::Scene& scene = player.scene();
        renderer.add_fallback_shapes(scene);
        int fb_w = 0, fb_h = 0;
        window->render(scene.top, [&](int w, int h) {
            fb_w = w;
            fb_h = h;
            renderer.draw(scene, w, h, ImGui::GetTime());
        });
        if (screenshot && frame == kScreenshotFrame) {
            std::string failed = save_screenshot(options.screenshot, fb_w, fb_h);
            if (!failed.empty()) std::fprintf(stderr, "heartflow: %s\n", failed.c_str());
            return failed.empty() ? 0 : 1;
        }
        window->swap();
        if (frame == 0) log_start_timing("first frame");
    }
    if (!player.wants_close()) player.save(true);
    return 0;
}

} // namespace heartflow::app

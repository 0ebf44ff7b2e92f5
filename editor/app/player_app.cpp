// The frame loop, in the order of imgui's example_glfw_opengl3: poll events, (re)build fonts,
// new frame, views, render (clear, shader passes, ImGui), swap.
#include "app/player_app.h"

#include "app/font_loader.h"
#include "app/scene_renderer.h"
#include "app/screenshot.h"
#include "app/window.h"
#include "player/key_commands.h"
#include "player/player.h"

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <unistd.h>

namespace heartflow::app {

namespace {

// Frames drawn before a --screenshot is taken, so ImGui's layout has settled.
constexpr int kScreenshotFrame = 3;

// Milliseconds since this process started (Linux: /proc/self/stat against the boot clock, to
// 10 ms), so start-up time includes loading the program; -1 when unknown.
double ms_since_process_start() {
    std::ifstream in("/proc/self/stat");
    std::string stat((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto close = stat.rfind(')');
    if (close == std::string::npos) return -1.0;
    std::istringstream fields(stat.substr(close + 2));
    std::string field;
    for (int i = 3; i <= 22 && fields >> field; ++i) {
    }
    timespec boot{};
    if (field.empty() || clock_gettime(CLOCK_BOOTTIME, &boot) != 0) return -1.0;
    double started = std::stod(field) / static_cast<double>(sysconf(_SC_CLK_TCK));
    return (boot.tv_sec + boot.tv_nsec * 1e-9 - started) * 1000.0;
}

} // namespace

int run_player_window(const player::PlayerOptions& options) {
    const bool log_timing = std::getenv("HEARTFLOW_LOG_TIMING") != nullptr;
    player::Player player(options);
    std::string error;
    auto window = Window::open({options.width, options.height, player.window_title()}, error);
    if (!window) {
        std::fprintf(stderr, "heartflow: %s\n", error.c_str());
        return 1;
    }
    SceneRenderer renderer;
    const FontFiles font_files = find_font_files();
    kit::FontSizes built_sizes;
    kit::Fonts fonts;
    const bool screenshot = !options.screenshot.empty();
    for (int frame = 0; !window->should_close() && !player.wants_close(); ++frame) {
        window->wait_events(screenshot || frame < 2 ? 0.0 : player.animating() ? 1.0 / 30.0 : 0.25);
        kit::FontSizes wanted = player.font_sizes(window->content_scale());
        if (frame == 0 || wanted != built_sizes) {
            fonts = build_fonts(font_files, wanted);
            window->rebuild_font_texture();
            built_sizes = wanted;
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
        if (frame == 0 && log_timing)
            std::fprintf(stderr, "heartflow: first frame %.0f ms after start\n",
                         ms_since_process_start());
    }
    if (!player.wants_close()) player.save(true);
    return 0;
}

} // namespace heartflow::app

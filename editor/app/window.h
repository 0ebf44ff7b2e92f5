// A GLFW window: an OpenGL 3.3 core context loaded by glad, an ImGui context with the GLFW and
// OpenGL3 backends, and the frame steps in the order of imgui's
// examples/example_glfw_opengl3/main.cpp. Several may be open at once (present mode's two):
// each has its own GL and ImGui contexts, make_current() switches to one, and GLFW's callbacks
// reach the ImGui context of the window they came from (ImGui 1.86's backend would otherwise
// feed whichever context is current).
#pragma once

#include "kit/key.h"
#include "kit/key_tap_hold.h"

#include <imgui.h>

#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

struct GLFWwindow;
struct ImGuiContext;

namespace heartflow::app {

/// How to open the window.
struct WindowConfig {
    int width = 1200;  ///< Width in screen units.
    int height = 820;  ///< Height in screen units.
    std::string title; ///< Title bar text.
};

/// More about how to open a window, for views with several windows.
struct WindowPlacementHints {
    /// Top-left on the desktop in screen units; empty: the system's choice.
    std::optional<std::pair<int, int>> position;
    /// Wait for the display's refresh on swap (of several windows, only one should).
    bool vsync = true;
};

/// A window with GL and ImGui ready. Move-only owner; closing it tears both down.
class Window {
public:
    /// Opens the window; on failure returns null and says why in `error`.
    [[nodiscard]] static std::unique_ptr<Window> open(const WindowConfig& config,
                                                      std::string& error);
    /// Opens the window placed as `hints` say; on failure returns null and says why in `error`.
    [[nodiscard]] static std::unique_ptr<Window>
    open(const WindowConfig& config, const WindowPlacementHints& hints, std::string& error);
    ~Window();
    Window(const Window&) = delete;
    Window& operator=(const Window&) = delete;

    /// True once the person closed the window with the title bar's close button.
    [[nodiscard]] bool should_close() const;
    /// Clears a close request (a window that must stay open, e.g. while the view asks first).
    void keep_open();
    /// Sets the title bar text (cheap when unchanged).
    void set_title(const std::string& title);
    /// How much bigger than 96 dpi text must be drawn in window units: the monitor's content
    /// scale, less what the platform already scales (Wayland and macOS give a framebuffer
    /// bigger than the window; X11 does not).
    [[nodiscard]] float content_scale() const;
    /// Waits up to `seconds` for input (0 = just poll); does not wait while mouse button changes
    /// are still queued for the coming frames.
    void wait_events(double seconds);
    /// Uploads the font atlas again after ImGui's io.Fonts was rebuilt.
    void rebuild_font_texture();
    /// The key presses since the last call, oldest first. Kept in a queue so that a press and
    /// its release arriving between two frames are not lost.
    [[nodiscard]] std::vector<kit::KeyPress> take_key_presses();
    /// Starts an ImGui frame (backends first, then ImGui::NewFrame). Mouse buttons change at
    /// most once per frame: a press and release that arrived together reach ImGui in two frames,
    /// so a quick click (and a double-click) is never lost.
    void begin_frame();
    /// Ends the ImGui frame and draws it: clear to `clear`, run `custom_pass(fb_width, fb_height)`,
    /// then ImGui's draw data. Does not swap.
    void render(const ImVec4& clear, const std::function<void(int, int)>& custom_pass);
    /// Shows the drawn frame.
    void swap();
    /// The framebuffer size in pixels.
    void framebuffer_size(int& width, int& height) const;
    /// The window's size in screen units (what ImGui's display size will be).
    void window_size(int& width, int& height) const;

    /// Makes this window's GL context and ImGui context current. Needed when several windows
    /// are open: rebuild_font_texture, begin_frame and render use the current ones.
    void make_current();
    /// Full screen on the monitor under the window's centre, or back to the window it was.
    void toggle_full_screen();
    /// Full screen on monitor `index` (0-based, as GLFW lists them); false when there is none.
    bool full_screen_on(int index);
    /// True while the window is full screen.
    [[nodiscard]] bool is_full_screen() const;

private:
    explicit Window(GLFWwindow* window) : window_(window) {}
    static void on_key(GLFWwindow* window, int key, int scancode, int action, int mods);
    static void on_mouse_button(GLFWwindow* window, int button, int action, int mods);
    void feed_mouse_buttons();
    void release_held_keys();

    struct ButtonChange {
        int button;
        bool pressed;
    };
    static ImGuiContext* context_of(GLFWwindow* window);
    void install_callbacks();

    GLFWwindow* window_;
    ImGuiContext* context_ = nullptr;
    std::string title_;
    std::vector<kit::KeyPress> presses_;
    std::deque<ButtonChange> button_changes_;
    kit::KeyTapHold taps_;           // a quick tap's release waits until a frame saw the key down
    int windowed_[4] = {0, 0, 0, 0}; // x, y, width, height before full screen
};

/// True when a display is set and GLFW can start on it.
[[nodiscard]] bool can_open_window();

} // namespace heartflow::app

// GLFW + glad + ImGui backends.
#include "app/window.h"

#include "app/glfw_keys.h"
#include "app/input_report.h"
#include "kit/window_fit.h"

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <glad/gl.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <utility>

namespace heartflow::app {

namespace {

void log_glfw_error(int code, const char* description) {
    std::fprintf(stderr, "heartflow: window system error %d: %s\n", code, description);
}

// Windows open now: GLFW is started with the first and stopped with the last.
int g_open_windows = 0;

// Makes an ImGui context current for a scope, then puts the one before back.
class ContextScope {
public:
    explicit ContextScope(ImGuiContext* context) : previous_(ImGui::GetCurrentContext()) {
        ImGui::SetCurrentContext(context);
    }
    ~ContextScope() { ImGui::SetCurrentContext(previous_); }
    ContextScope(const ContextScope&) = delete;
    ContextScope& operator=(const ContextScope&) = delete;

private:
    ImGuiContext* previous_;
};

// Sizes `w` to fit the primary monitor's work area with its frame and centres it there, or
// puts it at the position asked for; the size limits keep room for the bars.
void place_in_work_area(GLFWwindow* w, const WindowPlacementHints& hints) {
    int width = 0, height = 0; // as created: already scaled to the monitor (GLFW_SCALE_TO_MONITOR)
    glfwGetWindowSize(w, &width, &height);
    kit::ScreenRect work{0, 0, width, height};
    if (GLFWmonitor* monitor = glfwGetPrimaryMonitor())
        glfwGetMonitorWorkarea(monitor, &work.x, &work.y, &work.width, &work.height);
    int left = 0, top = 0, right = 0, bottom = 0;
    glfwGetWindowFrameSize(w, &left, &top, &right, &bottom);
    const kit::ScreenRect r = kit::fit_window(width, height, work, left + right, top + bottom, top);
    glfwSetWindowSizeLimits(w, std::min(640, r.width), std::min(480, r.height), GLFW_DONT_CARE,
                            GLFW_DONT_CARE);
    glfwSetWindowSize(w, r.width, r.height);
    if (hints.position)
        glfwSetWindowPos(w, hints.position->first, hints.position->second);
    else
        glfwSetWindowPos(w, r.x, r.y);
}

} // namespace

bool can_open_window() {
    const char* x11 = std::getenv("DISPLAY");
    const char* wayland = std::getenv("WAYLAND_DISPLAY");
    if ((!x11 || !*x11) && (!wayland || !*wayland)) return false;
    glfwSetErrorCallback(nullptr);
    bool ok = glfwInit() == GLFW_TRUE;
    if (ok) glfwTerminate();
    return ok;
}

std::unique_ptr<Window> Window::open(const WindowConfig& config, std::string& error) {
    return open(config, WindowPlacementHints{}, error);
}

std::unique_ptr<Window> Window::open(const WindowConfig& config, const WindowPlacementHints& hints,
                                     std::string& error) {
    glfwSetErrorCallback(log_glfw_error);
    if (!glfwInit()) {
        error = "could not start the window system";
        return nullptr;
    }
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GL_TRUE);
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
    glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE); // shown once it fits the screen
    GLFWwindow* w =
        glfwCreateWindow(config.width, config.height, config.title.c_str(), nullptr, nullptr);
    glfwDefaultWindowHints();
    if (!w) {
        if (g_open_windows == 0) glfwTerminate();
        error = "could not open a window with OpenGL 3.3";
        return nullptr;
    }
    place_in_work_area(w, hints);
    glfwShowWindow(w);
    glfwMakeContextCurrent(w);
    if (!gladLoadGL(glfwGetProcAddress)) {
        glfwDestroyWindow(w);
        if (g_open_windows == 0) glfwTerminate();
        error = "could not load OpenGL 3.3 functions";
        return nullptr;
    }
    glfwSwapInterval(hints.vsync ? 1 : 0);
    ++g_open_windows;
    IMGUI_CHECKVERSION();
    std::unique_ptr<Window> window(new Window(w));
    window->context_ = ImGui::CreateContext(); // CreateContext keeps the current one current
    ImGui::SetCurrentContext(window->context_);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // nothing about the person is written behind their back
    io.LogFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    ImGui_ImplGlfw_InitForOpenGL(w, false); // our callbacks forward to it in this window's context
    ImGui_ImplOpenGL3_Init("#version 330 core");
    window->title_ = config.title;
    window->install_callbacks();
    return window;
}

Window::~Window() {
    make_current();
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext(context_);
    glfwDestroyWindow(window_);
    if (--g_open_windows == 0) glfwTerminate();
}

void Window::install_callbacks() {
    glfwSetWindowUserPointer(window_, this);
    glfwSetWindowFocusCallback(window_, [](GLFWwindow* w, int focused) {
        ContextScope scope(context_of(w));
        ImGui_ImplGlfw_WindowFocusCallback(w, focused);
    });
    glfwSetCursorEnterCallback(window_, [](GLFWwindow* w, int entered) {
        ContextScope scope(context_of(w));
        ImGui_ImplGlfw_CursorEnterCallback(w, entered);
    });
    glfwSetMouseButtonCallback(window_, on_mouse_button);
    glfwSetScrollCallback(window_, [](GLFWwindow* w, double x, double y) {
        ContextScope scope(context_of(w));
        ImGui_ImplGlfw_ScrollCallback(w, x, y);
    });
    glfwSetCharCallback(window_, [](GLFWwindow* w, unsigned int c) {
        count_typed_char();
        ContextScope scope(context_of(w));
        ImGui_ImplGlfw_CharCallback(w, c);
    });
    glfwSetKeyCallback(window_, on_key);
}

ImGuiContext* Window::context_of(GLFWwindow* w) {
    return static_cast<Window*>(glfwGetWindowUserPointer(w))->context_;
}

void Window::on_key(GLFWwindow* w, int key, int scancode, int action, int mods) {
    auto* self = static_cast<Window*>(glfwGetWindowUserPointer(w));
    if (action == GLFW_PRESS) self->presses_.push_back({key_from_glfw(key), mods_from_glfw(mods)});
    if (action != GLFW_RELEASE) count_key_press();
    if (action == GLFW_PRESS) self->taps_.pressed(key);
    if (action == GLFW_RELEASE && !self->taps_.release_now({key, scancode, mods})) return;
    ContextScope scope(self->context_);
    ImGui_ImplGlfw_KeyCallback(w, key, scancode, action, mods);
}

void Window::release_held_keys() {
    for (const kit::KeyRelease& r : taps_.frame_starts())
        ImGui_ImplGlfw_KeyCallback(window_, r.key, r.scancode, GLFW_RELEASE, r.mods);
}

void Window::on_mouse_button(GLFWwindow* w, int button, int action, int mods) {
    auto* self = static_cast<Window*>(glfwGetWindowUserPointer(w));
    if (action != GLFW_REPEAT) self->button_changes_.push_back({button, action == GLFW_PRESS});
    if (action == GLFW_PRESS) count_button_press();
    ContextScope scope(self->context_);
    ImGui_ImplGlfw_MouseButtonCallback(w, button, action, mods);
}

void Window::feed_mouse_buttons() {
    ImGuiIO& io = ImGui::GetIO();
    bool changed[IM_ARRAYSIZE(io.MouseDown)] = {};
    for (auto it = button_changes_.begin(); it != button_changes_.end();) {
        const int b = it->button;
        if (b < 0 || b >= IM_ARRAYSIZE(io.MouseDown)) {
            it = button_changes_.erase(it);
        } else if (changed[b]) {
            ++it; // this button's next change waits for the next frame
        } else {
            changed[b] = true;
            io.MouseDown[b] = it->pressed;
            it = button_changes_.erase(it);
        }
    }
}

void Window::make_current() {
    glfwMakeContextCurrent(window_);
    ImGui::SetCurrentContext(context_);
}

bool Window::is_full_screen() const {
    return glfwGetWindowMonitor(window_) != nullptr;
}

void Window::keep_open() {
    glfwSetWindowShouldClose(window_, GLFW_FALSE);
}

bool Window::full_screen_on(int index) {
    int count = 0;
    GLFWmonitor** monitors = glfwGetMonitors(&count);
    if (index < 0 || index >= count) return false;
    if (!is_full_screen()) {
        glfwGetWindowPos(window_, &windowed_[0], &windowed_[1]);
        glfwGetWindowSize(window_, &windowed_[2], &windowed_[3]);
    }
    const GLFWvidmode* mode = glfwGetVideoMode(monitors[index]);
    if (!mode) return false;
    glfwSetWindowMonitor(window_, monitors[index], 0, 0, mode->width, mode->height,
                         mode->refreshRate);
    return true;
}

void Window::toggle_full_screen() {
    if (is_full_screen()) {
        glfwSetWindowMonitor(window_, nullptr, windowed_[0], windowed_[1], windowed_[2],
                             windowed_[3], 0);
        return;
    }
    int x = 0, y = 0, w = 0, h = 0, count = 0;
    glfwGetWindowPos(window_, &x, &y);
    glfwGetWindowSize(window_, &w, &h);
    GLFWmonitor** monitors = glfwGetMonitors(&count);
    int best = 0;
    for (int i = 0; i < count; ++i) {
        int mx = 0, my = 0;
        glfwGetMonitorPos(monitors[i], &mx, &my);
        const GLFWvidmode* mode = glfwGetVideoMode(monitors[i]);
        if (mode && x + w / 2 >= mx && x + w / 2 < mx + mode->width && y + h / 2 >= my &&
            y + h / 2 < my + mode->height)
            best = i;
    }
    full_screen_on(best);
}

std::vector<kit::KeyPress> Window::take_key_presses() {
    return std::exchange(presses_, {});
}

bool Window::should_close() const {
    return glfwWindowShouldClose(window_);
}

void Window::set_title(const std::string& title) {
    if (title == title_) return;
    title_ = title;
    glfwSetWindowTitle(window_, title.c_str());
}

float Window::content_scale() const {
    float x = 1.0f, y = 1.0f;
    glfwGetWindowContentScale(window_, &x, &y);
    int window_w = 0, window_h = 0, fb_w = 0, fb_h = 0;
    glfwGetWindowSize(window_, &window_w, &window_h);
    glfwGetFramebufferSize(window_, &fb_w, &fb_h);
    float platform = window_w > 0 && fb_w > window_w ? float(fb_w) / float(window_w) : 1.0f;
    return x > 0.0f ? std::max(1.0f, x / platform) : 1.0f;
}

void Window::wait_events(double seconds) {
    if (seconds <= 0.0 || !button_changes_.empty() || taps_.waiting())
        glfwPollEvents();
    else
        glfwWaitEventsTimeout(seconds);
}

void Window::rebuild_font_texture() {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
}

void Window::begin_frame() {
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    feed_mouse_buttons();
    release_held_keys();
    ImGui::NewFrame();
}

void Window::framebuffer_size(int& width, int& height) const {
    glfwGetFramebufferSize(window_, &width, &height);
}

void Window::window_size(int& width, int& height) const {
    glfwGetWindowSize(window_, &width, &height);
}

void Window::render(const ImVec4& clear, const std::function<void(int, int)>& custom_pass) {
    ImGui::Render();
    int w = 0, h = 0;
    framebuffer_size(w, h);
    glViewport(0, 0, w, h);
    glClearColor(clear.x, clear.y, clear.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    custom_pass(w, h);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

void Window::swap() {
    glfwSwapBuffers(window_);
    report_frame_done();
}

} // namespace heartflow::app

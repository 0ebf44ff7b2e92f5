// Present mode's frame loop. Each frame: wait for input (paced to 60 frames a second while
// something moves), turn both windows' key presses into commands for the one controller, then
// draw each window in turn with its own GL and ImGui contexts made current (the order of imgui's
// example_glfw_opengl3 per window), and save the show notes when they changed.
#include "app/present_app.h"

#include "app/font_loader.h"
#include "app/scene_renderer.h"
#include "app/screenshot.h"
#include "app/window.h"
#include "heartflow/atomic_file.h"
#include "heartflow/help_lines.h"
#include "heartflow/session_store.h"
#include "kit/cjk_glyphs.h"
#include "kit/comfort_settings.h"
#include "present/present_views.h"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>

namespace heartflow::app {

namespace {

namespace fs = std::filesystem;

// One of the two windows and what it draws with.
struct ShowWindow {
    ShowWindow() = default;
    ShowWindow(const ShowWindow&) = delete;
    ShowWindow& operator=(const ShowWindow&) = delete;
    ~ShowWindow() {
        if (!window) return;
        window->make_current(); // the renderer's GL objects belong to this window's context
        renderer.reset();
    }
    std::unique_ptr<Window> window;
    std::unique_ptr<SceneRenderer> renderer;
    std::string screenshot;
    kit::FontSizes built{};
    kit::Fonts fonts;
    bool fonts_ready = false;
};

double seconds_now() {
    using namespace std::chrono;
    return duration<double>(steady_clock::now().time_since_epoch()).count();
}

// Where the notes go without --show-notes: the data folder, named by flow and start time.
fs::path default_notes_file(const std::string& flow_id) {
    std::time_t t = std::time(nullptr);
    std::tm local{};
    char stamp[32] = "show";
    if (localtime_r(&t, &local)) std::strftime(stamp, sizeof stamp, "%Y-%m-%d-%H%M", &local);
    return default_data_dir() / "show-notes" / (flow_id + "-" + stamp + ".md");
}

// The app: both windows, the controller and the views.
class PresentApp {
public:
    PresentApp(const present::PresentOptions& options, std::shared_ptr<const Program> program,
               present::PresentKeys keys)
        : options_(options), keys_(std::move(keys)),
          controller_(program, {options.tour, options.audience_chart}), chart_(program->flow),
          help_(present::help_block(
              gather_help_lines(*program->flow, help_lines_file(default_config_dir())))),
          notes_file_(options.show_notes.empty() ? default_notes_file(program->flow->info.id)
                                                 : fs::path(options.show_notes)) {
        kit::ComfortSettings c = kit::load_comfort(default_config_dir() / "comfort.toml");
        theme_ = options.theme.value_or(c.theme);
        text_scale_ = options.text_scale.value_or(c.text_scale);
        reduced_motion_ = options.reduced_motion || c.reduced_motion;
        if (!cjk_.empty() && font_files_.cjk.empty()) {
            host_notice_ = kit::kNoCjkFontNotice;
            std::fprintf(stderr, "heartflow present: %s\n", kit::kNoCjkFontNotice);
        }
    }

    // Opens the two windows; on failure says why in `error`.
    bool open(std::string& error) {
        const std::string& title = controller_.session().program().flow->info.title;
        if (!open_window(presenter_, options_.presenter, "heartflow presenter \xc2\xb7 " + title,
                         false, error))
            return false;
        return open_window(audience_, options_.audience, "heartflow audience", true, error);
    }

    // Runs the show until the host ends it; returns the exit code.
    int run();

private:
    bool open_window(ShowWindow& sw, const present::WindowPlacement& placement,
                     const std::string& title, bool vsync, std::string& error);
    void dispatch(const present::PresentCommand& command, ShowWindow& from);
    void take_keys();
    void draw(ShowWindow& sw, bool last);
    void save_notes(bool announce);
    [[nodiscard]] std::string status() const;
    // True once the notes hold more than the show's first step (or the host restarted the timer).
    [[nodiscard]] bool worth_saving() const {
        return controller_.notes().steps() > 1 || controller_.notes().timer_restarted();
    }

    present::PresentOptions options_;
    present::PresentKeys keys_;
    present::PresentController controller_;
    present::ChartModel chart_;
    present::HelpBlock help_; // gathered once: present mode does not reload the flow
    fs::path notes_file_;
    kit::Theme theme_ = kit::Theme::light;
    float text_scale_ = 1.0f;
    bool reduced_motion_ = false;
    FontFiles font_files_ = find_font_files();
    std::set<ImWchar> cjk_ =
        kit::cjk_glyphs_of(controller_.session().program()); // its CJK characters
    std::string host_notice_; // shown on the console for the whole show: the CJK font is missing
    ShowWindow presenter_, audience_;
    present::PresenterView presenter_view_;
    present::AudienceView audience_view_;
    present::ChartMarks marks_;
    std::uint64_t saved_revision_ = 0;
    bool saved_once_ = false;
    std::string save_error_;
    bool quitting_ = false;
    double now_ = 0.0;
};

bool PresentApp::open_window(ShowWindow& sw, const present::WindowPlacement& placement,
                             const std::string& title, bool vsync, std::string& error) {
    sw.window = Window::open({placement.width, placement.height, title},
                             {placement.position, vsync}, error);
    if (!sw.window) return false;
    sw.window->make_current();
    ImGui::GetIO().ConfigFlags &= ~ImGuiConfigFlags_NavEnableKeyboard; // every key is the show's
    sw.renderer = std::make_unique<SceneRenderer>();
    sw.screenshot = placement.screenshot;
    if (placement.monitor && !sw.window->full_screen_on(*placement.monitor - 1))
        std::fprintf(stderr, "heartflow: there is no monitor %d; '%s' stays in a window\n",
                     *placement.monitor, title.c_str());
    return true;
}

void PresentApp::dispatch(const present::PresentCommand& command, ShowWindow& from) {
    switch (command.action) {
    case present::PresentAction::full_screen:
        from.window->toggle_full_screen();
        break;
    case present::PresentAction::audience_full_screen:
        audience_.window->toggle_full_screen();
        break;
    case present::PresentAction::save_notes:
        save_notes(true);
        break;
    case present::PresentAction::quit:
        quitting_ = true;
        break;
    default:
        controller_.apply(command);
        break;
    }
}

void PresentApp::take_keys() {
    for (ShowWindow* sw : {&presenter_, &audience_})
        for (const kit::KeyPress& press : sw->window->take_key_presses())
            if (auto command = present::present_command(keys_, press)) dispatch(*command, *sw);
}

std::string PresentApp::status() const {
    if (!save_error_.empty()) return save_error_;
    return (saved_once_ ? "Show notes: " : "Show notes will go to ") + notes_file_.string();
}

void PresentApp::save_notes(bool announce) {
    const ShowNotes& notes = controller_.notes();
    std::error_code ec;
    if (notes_file_.has_parent_path()) fs::create_directories(notes_file_.parent_path(), ec);
    const WriteStatus written = write_file_atomically(notes_file_, notes.markdown());
    saved_revision_ = notes.revision();
    save_error_ = written.ok ? std::string() : "Show notes not saved: " + written.message;
    if (!written.ok) {
        std::fprintf(stderr, "heartflow: %s\n", written.message.c_str());
        return;
    }
    saved_once_ = true;
    if (announce) {
        std::printf("heartflow: show notes written to %s\n", notes_file_.c_str());
        std::fflush(stdout);
    }
}

void PresentApp::draw(ShowWindow& sw, bool last) {
    const bool is_presenter = &sw == &presenter_;
    sw.window->make_current();
    int w = 0, h = 0;
    sw.window->window_size(w, h);
    const float height = static_cast<float>(std::max(h, 1));
    const kit::FontSizes wanted = is_presenter ? present::presenter_font_sizes(height, text_scale_)
                                               : present::audience_font_sizes(height, text_scale_);
    if (!sw.fonts_ready || wanted != sw.built) {
        sw.fonts = build_fonts(font_files_, wanted, kit::kScriptsAll, cjk_);
        sw.window->rebuild_font_texture();
        kit::apply_theme(theme_, sw.fonts.ui->FontSize / 20.0f);
        sw.built = wanted;
        sw.fonts_ready = true;
    }
    sw.window->begin_frame();
    // The last frame is drawn settled (no easing half way) so its screenshot shows the state.
    present::PresentFrame frame{controller_, chart_,   marks_,      keys_,
                                help_,       sw.fonts, theme_,      reduced_motion_ || last,
                                now_,        status(), host_notice_};
    if (is_presenter) {
        for (const present::PresentCommand& c : presenter_view_.draw(frame))
            dispatch(c, sw);
    } else {
        audience_view_.draw(frame, present::AudienceLook{options_.chroma_key});
    }
    const kit::Palette& p = kit::palette(theme_);
    const bool keyed = !is_presenter && options_.chroma_key;
    const ImVec4 key = keyed ? *options_.chroma_key : p.background_top;
    player::Scene scene{key, keyed ? key : p.background_bottom, keyed ? ImVec4(0, 0, 0, 0) : p.glow,
                        !reduced_motion_ && !is_presenter, std::nullopt};
    int fb_w = 0, fb_h = 0;
    sw.window->render(scene.top, [&](int fw, int fh) {
        fb_w = fw;
        fb_h = fh;
        if (!keyed) sw.renderer->draw(scene, fw, fh, now_);
    });
    if (last && !sw.screenshot.empty()) {
        const std::string failed = save_screenshot(sw.screenshot, fb_w, fb_h);
        if (!failed.empty()) std::fprintf(stderr, "heartflow: %s\n", failed.c_str());
    }
    sw.window->swap();
}

int PresentApp::run() {
    double frame_start = seconds_now();
    for (int frame = 0;; ++frame) {
        present::PresentFrame probe{
            controller_, chart_,          marks_, keys_, help_, presenter_.fonts,
            theme_,      reduced_motion_, now_,   {},    {}};
        const bool moving =
            frame < 3 || presenter_view_.animating(probe) || audience_view_.animating(probe);
        const double wait =
            moving ? std::max(0.001, 1.0 / 60.0 - (seconds_now() - frame_start)) : 0.25;
        presenter_.window->wait_events(wait);
        frame_start = now_ = seconds_now();
        take_keys();
        if (presenter_.window->should_close()) quitting_ = true;
        if (audience_.window->should_close())
            audience_.window->keep_open(); // only the console ends the show
        marks_ = present::chart_marks(chart_, controller_.session().path(),
                                      controller_.mode() == present::PresentMode::walk);
        const bool last = quitting_;
        draw(presenter_, last);
        draw(audience_, last);
        if (worth_saving() && controller_.notes().revision() != saved_revision_) save_notes(false);
        if (last) break;
    }
    controller_.end_show();
    if (worth_saving() || !options_.show_notes.empty()) save_notes(true);
    return save_error_.empty() ? 0 : 1;
}

} // namespace

int run_present_windows(const present::PresentOptions& options,
                        std::shared_ptr<const Program> program, present::PresentKeys keys) {
    PresentApp app(options, std::move(program), std::move(keys));
    std::string error;
    if (!app.open(error)) {
        std::fprintf(stderr, "heartflow: %s\n", error.c_str());
        return 1;
    }
    return app.run();
}

} // namespace heartflow::app

// The editor: one flow file open in a canvas, an inspector, a problems panel, find, a help
// overlay and a player beside the canvas (play from here). It owns the document and every panel,
// turns key presses and canvas events into document commands, and does file work (open, save,
// autosave, reload) with big flows on other threads. ImGui only (the app owns the window), so
// tests drive it headlessly with key presses and mouse positions.
#pragma once

#include "canvas/canvas_view.h"
#include "document/document.h"
#include "edit/background_job.h"
#include "edit/editor_options.h"
#include "edit/editor_settings.h"
#include "edit/file_browser.h"
#include "edit/find.h"
#include "edit/inspector.h"
#include "edit/live_validation.h"
#include "edit/panel_sizes.h"
#include "edit/play_panel.h"
#include "edit/recent_files.h"
#include "edit/recovery.h"
#include "edit/shortcuts.h"
#include "kit/flow_watcher.h"
#include "kit/fonts.h"
#include "kit/key.h"

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace heartflow::editor {

/// The editor's fixed panels: no title bar, never moved, resized or brought to the front.
inline constexpr ImGuiWindowFlags kPanelFlags =
    ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
    ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings |
    ImGuiWindowFlags_NoBringToFrontOnFocus;

/// A question the editor waits on: a modal with buttons (one question at a time).
struct Prompt {
    std::string title;                ///< Window title.
    std::string message;              ///< What happened and what the buttons do.
    std::vector<std::string> buttons; ///< Button labels, left to right.
    int default_button = 0;           ///< Pressed by Enter.
    int cancel_button = -1;           ///< Pressed by Escape (-1: Escape does nothing).
    std::function<void(int)> answer;  ///< Called with the pressed button's index.
};

/// Work in progress that the person waits for (with a progress indicator), e.g. opening.
struct BusyTask {
    std::string what;             ///< "Opening flows/big.toml".
    std::function<bool()> poll;   ///< Finishes the work when it is done; true then.
    std::function<void()> cancel; ///< Abandons it; empty when it cannot be cancelled.
    double started = 0.0;         ///< When it began (seconds, the frame clock).
};

/// What reading a flow file for editing gave (on a loading thread).
struct LoadOutcome {
    std::filesystem::path path; ///< The file.
    std::shared_ptr<Flow> flow; ///< The flow, stamped and placed; null when it cannot be edited.
    Validation validation;      ///< The flow's validation.
    std::vector<Diagnostic> errors; ///< Why it cannot be edited (located in the file).
    std::shared_ptr<const std::string>
        text;               ///< The file's text, which saves edit (null for a new flow).
    bool new_file = false;  ///< The file does not exist yet or is empty: a new flow.
    std::size_t placed = 0; ///< Nodes that had no position and were laid out.
};

/// Reads `path` for editing: a missing or empty file gives a new empty flow named after it.
/// Nodes without a place are laid out towards `aspect` (the view's width / height; 0: as the
/// layout comes). Safe on any thread; stops early (with no flow) when `cancelled` turns true.
[[nodiscard]] LoadOutcome load_for_editing(const std::filesystem::path& path,
                                           const std::atomic<bool>& cancelled, double aspect = 0.0,
                                           const TitleMetrics& metrics = {});

/// The whole editor.
class Editor {
public:
    /// Opens `options.flow_file` when given, else starts with an empty untitled flow and offers
    /// the templates, Open and the recent files. Recent files are kept in `recent_store`.
    explicit Editor(const EditorOptions& options,
                    std::filesystem::path recent_store = RecentFiles::default_store());
    ~Editor();
    Editor(const Editor&) = delete;
    Editor& operator=(const Editor&) = delete;

    /// One frame of the editor (call between ImGui::NewFrame and ImGui::Render). `presses` are
    /// this frame's key presses; `now` is a steady clock in seconds.
    void frame(const kit::Fonts& fonts, std::span<const kit::KeyPress> presses, double now);
    /// The window's close button: true when the editor may close now; otherwise it asks about
    /// unsaved changes first and closes (wants_close) once answered.
    bool request_close();
    /// True once the editor is done and the window should close.
    [[nodiscard]] bool wants_close() const { return closing_; }
    /// The window title: file name, a dot when unsaved, and the node being played.
    [[nodiscard]] std::string window_title() const;
    /// True while work runs that needs frames to be drawn (a busy task or a preview).
    [[nodiscard]] bool active() const;

    /// Runs a command as its shortcut or menu item would.
    void run(EditorCommand command);
    /// The document being edited.
    [[nodiscard]] Document& document() { return *doc_; }
    /// The selected nodes.
    [[nodiscard]] Selection& selection() { return selection_; }
    /// The canvas.
    [[nodiscard]] CanvasView& canvas() { return canvas_; }
    /// The open file ("" when untitled).
    [[nodiscard]] const std::filesystem::path& file() const { return file_; }
    /// The question being asked, if any.
    [[nodiscard]] const Prompt* prompt() const {
        return prompts_.empty() ? nullptr : &prompts_.front();
    }
    /// Answers the question being asked with button `button`.
    void answer(int button);
    /// True while a busy task runs (opening, laying out, saving a big flow), or the file named
    /// on the command line waits for the first frame to be opened.
    [[nodiscard]] bool busy() const {
        return busy_.has_value() || open_at_first_frame_.has_value();
    }
    /// The last message shown in the status bar.
    [[nodiscard]] const std::string& notice() const { return notice_; }
    /// The editor's own text size (a multiple of the normal size), for the app's fonts.
    [[nodiscard]] float text_scale() const { return settings_.text_scale; }
    /// What the layout measures titles by: the canvas's font, text size and size.
    [[nodiscard]] TitleMetrics layout_metrics() const;
    /// The shape (width / height) a fitted flow gets on the canvas: the canvas's own once a
    /// frame has laid it out, else the one expected before any frame.
    [[nodiscard]] double canvas_aspect() const;
    /// The settings the editor remembers.
    [[nodiscard]] const EditorSettings& settings() const { return settings_; }
    /// The play-from-here panel.
    [[nodiscard]] const PlayPanel& play_panel() const { return play_; }

private:
    // [editor.cpp] frame and layout
    void route_keys(std::span<const kit::KeyPress> presses, std::vector<kit::KeyPress>& for_player);
    void layout_panels(const kit::Fonts& fonts, std::span<const kit::KeyPress> player_keys,
                       double now);
    void draw_canvas(ImVec2 pos, ImVec2 size);
    void after_edit();
    void apply(Change change, std::string label, std::string merge_key = {});
    void set_notice(std::string text, double seconds = 6.0);
    void poll_busy(double now);
    void start_busy(std::string what, std::function<bool()> poll, std::function<void()> cancel);
    void ask(Prompt prompt);
    [[nodiscard]] bool pressed(kit::Key key) const;
    [[nodiscard]] std::optional<std::size_t> current_node() const;

    // [editor_files.cpp] files
    void open_path(const std::filesystem::path& path);
    void install(LoadOutcome outcome);
    void offer_recovery();
    void new_from_template(const Flow& flow, const std::filesystem::path& path = {});
    void save(std::function<void()> then = {});
    void save_as(std::function<void()> then = {});
    void write_to(const std::filesystem::path& path, std::function<void()> then);
    void saved_to(const std::filesystem::path& path, std::uint64_t revision,
                  const std::string& error, const std::function<void()>& then);
    void guard_unsaved(const std::string& doing, std::function<void()> proceed);
    void ask_about_broken_file();
    void poll_disk(double now);
    void reload_from_disk(LoadOutcome outcome);
    void show_load_errors(const LoadOutcome& outcome);
    [[nodiscard]] std::string file_label() const;

    // [editor_other_flows.cpp] the flows detours open, and the way back
    void open_other_flow(const std::filesystem::path& path);
    void back_to_previous_flow();
    void draw_back_to_flow();

    // [editor_commands.cpp] commands and canvas events
    void handle_canvas(const CanvasEvents& events);
    void add_node_of(NodeKind kind, Vec2 at);
    void connect(const ConnectEvent& e);
    void insert_step(const InsertEvent& e);
    void copy_selection(bool cut);
    void paste();
    void duplicate_selection();
    void delete_selection();
    void play_from_here();
    void auto_layout_flow();
    void laid_out(Change change);
    void select_and_centre(std::size_t node, bool focus = false);
    void zoom_by(float factor);
    void nudge_by(Vec2 delta);
    void step_selection(bool forward);
    void undo_or_redo(bool redo);
    void change_settings(EditorSettings changed, const std::string& what);

    // [editor_panels.cpp] panels
    void draw_menu_bar();
    void draw_status_bar(ImVec2 pos, ImVec2 size);
    void draw_inspector(ImVec2 pos, ImVec2 size);
    void draw_problems(ImVec2 pos, ImVec2 size);
    bool problem_row(int row, const NodeDiagnostic& d);
    void disk_error_rows();
    void draw_find();
    void draw_help();
    void draw_prompt();
    void draw_busy(double now);
    void draw_welcome();
    void draw_file_browser();

    EditorOptions options_;
    std::filesystem::path settings_file_ = default_editor_settings_file();
    EditorSettings settings_ = load_editor_settings(settings_file_);
    double first_aspect_; // the canvas's shape before any frame: flows opened are laid out to it
    // The file named on the command line, opened at the end of the first frame: the fonts are
    // built and the canvas sized by then, so a flow laid out as it opens has its titles measured
    // and its shape taken as Ctrl+L takes them.
    std::optional<std::filesystem::path> open_at_first_frame_;
    std::unique_ptr<Document> doc_;
    std::filesystem::path file_;
    std::shared_ptr<const std::string>
        saved_text_; // the file as loaded or last saved; null: a new flow
    std::shared_ptr<const Flow>
        saved_flow_; // what saved_text_ stands for, with the provisional layout
    std::optional<kit::FlowWatcher> watcher_;
    double next_disk_poll_ = 0.0;

    CanvasView canvas_;
    Selection selection_;
    Inspector inspector_;
    LiveValidation validation_;
    Autosaver autosaver_;
    RecentFiles recent_;
    FileBrowser browser_;
    std::function<void(const std::filesystem::path&)> on_browsed_;
    PlayPanel play_;
    std::shared_ptr<const Program> played_program_;

    bool show_help_ = false;
    bool show_find_ = false;
    bool focus_find_ = false;
    bool find_typing_ = false;
    std::string find_query_;
    std::vector<FindMatch> find_matches_;
    std::size_t find_cursor_ = 0;
    bool show_welcome_ = false;
    bool focus_canvas_ = true;
    bool canvas_focused_ = false;

    std::vector<std::filesystem::path> came_from_; // flows left to open the one a detour opens

    std::vector<kit::KeyPress> frame_presses_;
    std::vector<kit::KeyPress> typed_ahead_; // shortcuts pressed while busy, run when it ends
    std::vector<Prompt> prompts_;
    std::optional<BusyTask> busy_;
    std::string notice_;
    double notice_until_ = 0.0;
    double now_ = 0.0;
    bool closing_ = false;
    std::string autosave_error_;
    mutable std::uint64_t current_cache_revision_ = ~std::uint64_t{0};
    mutable std::string current_cache_id_;
    mutable std::optional<std::size_t> current_cache_;
    std::optional<std::size_t> revealed_current_;
    std::vector<Diagnostic> disk_errors_;     // the file's mistakes after another program broke it
    std::vector<Camera> views_before_layout_; // the view before each auto-layout still undoable
};

} // namespace heartflow::editor

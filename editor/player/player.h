// The player: one session over one flow file, shown one node at a time. Owns the loaded flow,
// the session, the store, the comfort settings and the panels; applies what the person asks
// for (keyboard or mouse) once per frame. ImGui only: the app owns the window and GL.
#pragma once

#include "heartflow/flow_catalog.h"
#include "heartflow/help_lines.h"
#include "heartflow/loader.h"
#include "heartflow/session.h"
#include "heartflow/session_store.h"
#include "kit/comfort_settings.h"
#include "kit/flow_watcher.h"
#include "kit/fonts.h"
#include "player/choice_list.h"
#include "player/flow_chooser_view.h"
#include "player/help_view.h"
#include "player/history_view.h"
#include "player/intent.h"
#include "player/key_command.h"
#include "player/player_options.h"
#include "player/scene.h"

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace heartflow::player {

/// The windowed player's state and views.
class Player {
public:
    /// Loads the flow, comfort settings and help lines from the XDG folders. Never throws;
    /// a flow with errors shows them instead of a node.
    explicit Player(PlayerOptions options);
    /// A preview walk for the editor ("play from here"): runs `program` from `start` (a snapshot
    /// naming the node and the variables to begin with). A preview never saves a session,
    /// watches no file and never offers to continue an old walk. Precondition: program is set.
    Player(std::shared_ptr<const Program> program, const SessionSnapshot& start,
           PlayerOptions options);
    Player(const Player&) = delete;
    Player& operator=(const Player&) = delete;

    /// Font sizes for the current text size at a monitor content scale (1 = 96 dpi).
    [[nodiscard]] kit::FontSizes font_sizes(float content_scale) const;
    /// Builds one frame's interface (call between ImGui::NewFrame and ImGui::Render).
    /// `now` is a steady clock in seconds.
    void frame(const kit::Fonts& fonts, std::span<const KeyCommand> keys, double now);
    /// Builds one frame inside the screen rectangle at `pos` of `size` (a preview beside the
    /// editor's canvas). Its theme applies to its own windows only, and it paints its background
    /// and breathing pacer itself into ImGui's background draw list.
    void frame_in(const kit::Fonts& fonts, std::span<const KeyCommand> keys, double now, ImVec2 pos,
                  ImVec2 size);
    /// Runs an edited version of the flow, keeping the walk where it is when its node still
    /// exists (as a reload from disk does). Precondition: program is not null.
    void update_program(std::shared_ptr<const Program> program);
    /// The flow file played; "" while the flows are offered to choose from.
    [[nodiscard]] const std::string& flow_file() const { return options_.flow_file; }
    /// The flows offered when none was named, in the person's language.
    [[nodiscard]] const std::vector<CatalogEntry>& catalog() const { return catalog_; }
    /// The walk; null when the flow had errors from the start.
    [[nodiscard]] const Session* session() const { return session_.get(); }
    /// What to draw under the interface this frame.
    [[nodiscard]] const Scene& scene() const { return scene_; }
    /// True once the person asked to close; the session has been saved by then.
    [[nodiscard]] bool wants_close() const { return close_requested_; }
    /// True while something on screen moves or the layout is settling, so frames should keep
    /// coming.
    [[nodiscard]] bool animating() const { return !comfort().reduced_motion || settling_; }
    /// Where the last frame drew the reading column and the step's choices.
    [[nodiscard]] const DrawnLayout& drawn() const { return drawn_; }
    /// Saves the session when it holds anything worth keeping; with `announce`, prints where.
    /// False when the save failed (then a notice and stderr say why).
    bool save(bool announce);
    /// The window title.
    [[nodiscard]] std::string window_title() const;
    /// The comfort settings in effect (saved ones with this run's overrides).
    [[nodiscard]] kit::ComfortSettings comfort() const;
    /// Shows `text` in the window's notice line from `now` for `seconds` (the app's own news too,
    /// such as a missing font).
    void set_notice(std::string text, double now, double seconds = 8.0);

private:
    enum class Screen { choose_flow, flow_errors, resume_offer, walking };

    Player(PlayerOptions options, bool preview); // settings, help lines file and store only

    void open_flow();
    void begin_walk();
    void start_fresh();
    void reload();
    void adopt(LoadedFlow fresh);
    void draw_frame(const kit::Fonts& fonts, std::span<const KeyCommand> keys, double now,
                    ImVec2 pos, ImVec2 size);
    void poll_file(double now);
    void keys_to_intent(std::span<const KeyCommand> keys, Intent& intent) const;
    void apply(const Intent& intent, double now);
    void apply_comfort(const Intent& intent);
    void apply_walk(const Intent& intent);
    void go_to_help();
    void leave_help();
    void open_panel(Panel panel);
    void save_help_lines(const std::vector<std::string>& lines, double now);
    void pause();
    void export_transcript(bool to_clipboard);
    void track_changes(double now);

    void draw_top_bar(const kit::Fonts& fonts, Intent& intent);
    void draw_bottom_bar(const kit::Fonts& fonts, Intent& intent);
    void draw_column(const kit::Fonts& fonts, Intent& intent, double now);
    void draw_walk(const kit::Fonts& fonts, Intent& intent, double now);
    void draw_words_panel(const kit::Fonts& fonts, Intent& intent);

    PlayerOptions options_;
    std::filesystem::path comfort_file_;
    kit::ComfortSettings saved_comfort_;
    std::filesystem::path help_file_; // the person's own help lines
    HelpLines help_lines_;            // theirs and the flow's, gathered when it loads
    HelpLinesSetup help_setup_;
    SessionStore store_;
    kit::FlowWatcher watcher_;
    double next_poll_ = 0.0;

    std::vector<CatalogEntry> catalog_; // the flows offered when none was named
    FlowChooser chooser_;
    LoadedFlow loaded_;              // the last version that loaded without errors
    std::vector<Diagnostic> errors_; // what is wrong with the file now
    std::unique_ptr<Session> session_;
    std::optional<StoredSession> resume_;
    Screen screen_ = Screen::walking;
    Panel panel_ = Panel::none;
    HistoryView history_;

    std::string journal_;       // edit buffer of the current reflection
    float text_height_ = -1.0f; // the step's text height last frame; -1 unknown
    bool settling_ = false;     // the text height changed: draw again at once
    DrawnLayout drawn_;
    bool focus_journal_ = false;
    double node_entered_at_ = 0.0;
    std::size_t seen_steps_ = 0;
    std::optional<NodeIndex> seen_node_;
    std::optional<int> seen_before_, seen_after_;
    std::string seen_journal_;
    // A step is saved at once; typing and ratings at most this long after they change, so a
    // kill -9 loses at most about a second of a journal.
    static constexpr double kSaveDelaySeconds = 1.0;
    // How soon a failed save is tried again.
    static constexpr double kSaveRetrySeconds = 5.0;
    bool saved_once_ = false;
    double unsaved_since_ = -1.0;  // when unsaved changes began; -1 when none
    std::string save_error_;       // why the last save failed; empty when it did not
    bool closing_unsaved_ = false; // asked to close once while saving failed
    bool scroll_to_top_ = false;
    bool focus_column_ = true;
    Screen shown_screen_ = Screen::walking;

    std::string notice_;
    double notice_until_ = 0.0;
    std::optional<kit::Theme> applied_theme_;
    float applied_ui_size_ = 0.0f;
    Scene scene_;
    bool close_requested_ = false;
    bool preview_ = false; // a preview inside the editor
};

} // namespace heartflow::player

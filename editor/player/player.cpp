// The player's state: loading and reloading the flow, the session's life (begin, resume, save,
// help detour, export), comfort changes, and turning keys into intents. Drawing is in
// player_frame.cpp.
//
// [SECTION] Loading, beginning and reloading
// [SECTION] Saving and exporting
// [SECTION] Applying intents
#include "player/player.h"

#include "player/answer_keys.h"
#include "player/player_language.h"

#include "heartflow/transcript.h"

#include <imgui.h>

#include <cstdio>

namespace heartflow::player {

// [SECTION] Loading, beginning and reloading

Player::Player(PlayerOptions options, bool preview)
    : options_(std::move(options)), comfort_file_(default_config_dir() / "comfort.toml"),
      saved_comfort_(kit::load_comfort(comfort_file_)),
      help_file_(help_lines_file(default_config_dir())), store_(default_data_dir()),
      watcher_(options_.flow_file), preview_(preview) {}

Player::Player(PlayerOptions options) : Player(std::move(options), false) {
    store_.remove_stale_temp_files(); // left by saves that a crash or kill -9 cut short
    if (options_.flow_file.empty()) {
        catalog_ = flow_catalog(options_.flows_dir, options_.language);
        screen_ = Screen::choose_flow;
        help_lines_.personal = read_help_lines_file(help_file_);
        return;
    }
    open_flow();
}

void Player::open_flow() {
    watcher_ = kit::FlowWatcher(options_.flow_file);
    LoadedFlow loaded = load_in_language(options_.flow_file, options_.language);
    for (const Diagnostic& d : loaded.diagnostics)
        std::fprintf(stderr, "%s\n", format_diagnostic(options_.flow_file, d).c_str());
    if (!loaded.ok()) {
        errors_ = std::move(loaded.diagnostics);
        screen_ = Screen::flow_errors;
        help_lines_.personal = read_help_lines_file(help_file_); // help stays one step away
        return;
    }
    loaded_ = std::move(loaded);
    help_lines_ = gather_help_lines(*loaded_.flow, help_file_);
    begin_walk();
}

Player::Player(std::shared_ptr<const Program> program, const SessionSnapshot& start,
               PlayerOptions options)
    : Player(std::move(options), true) {
    loaded_.flow = program->flow;
    loaded_.program = std::move(program);
    help_lines_ = gather_help_lines(*loaded_.flow, help_file_);
    session_ = std::make_unique<Session>(loaded_.program);
    if (session_->restore(start) != SessionError::ok) session_->start();
}

void Player::begin_walk() {
    session_ = std::make_unique<Session>(loaded_.program);
    screen_ = Screen::walking;
    if (!options_.fresh && !options_.start_at) {
        resume_ = store_.latest(loaded_.program->flow->info.id);
        if (resume_ && resume_->snapshot.status != SessionStatus::finished &&
            !resume_->snapshot.path.empty()) {
            screen_ = Screen::resume_offer;
            return;
        }
        resume_.reset();
    }
    start_fresh();
}

void Player::start_fresh() {
    session_ = std::make_unique<Session>(loaded_.program);
    saved_once_ = false;
    screen_ = Screen::walking;
    std::optional<NodeIndex> at =
        options_.start_at ? loaded_.program->find(*options_.start_at) : std::nullopt;
    if (options_.start_at && !at)
        std::fprintf(stderr, "heartflow: there is no node '%s'; starting at the beginning\n",
                     options_.start_at->c_str());
    options_.start_at.reset();
    if (at)
        session_->start_at(*at);
    else
        session_->start();
}

void Player::reload() {
    LoadedFlow fresh = load_in_language(options_.flow_file, options_.language);
    if (!fresh.ok()) {
        for (const Diagnostic& d : fresh.diagnostics)
            std::fprintf(stderr, "%s\n", format_diagnostic(options_.flow_file, d).c_str());
        errors_ = std::move(fresh.diagnostics);
        screen_ = Screen::flow_errors;
        return;
    }
    std::fprintf(stderr, "heartflow: reloaded %s\n", options_.flow_file.c_str());
    adopt(std::move(fresh));
}

void Player::update_program(std::shared_ptr<const Program> program) {
    if (program == loaded_.program) return;
    LoadedFlow fresh;
    fresh.flow = program->flow;
    fresh.program = std::move(program);
    adopt(std::move(fresh));
}

void Player::adopt(LoadedFlow fresh) {
    errors_.clear();
    loaded_ = std::move(fresh);
    help_lines_ = gather_help_lines(*loaded_.flow, help_file_);
    if (!session_) {
        begin_walk();
        return;
    }
    SessionSnapshot place = session_->snapshot();
    session_ = std::make_unique<Session>(loaded_.program);
    if (screen_ == Screen::flow_errors) screen_ = Screen::walking;
    if (place.status == SessionStatus::not_started) return;
    if (session_->restore(place) == SessionError::ok) {
        set_notice("The flow was updated. You are where you were.", ImGui::GetTime());
    } else {
        session_->start();
        set_notice(
            "The flow was updated and your step is gone from it, so this is the start again. "
            "Your words are kept.",
            ImGui::GetTime());
    }
}

void Player::poll_file(double now) {
    if (preview_ || now < next_poll_) return;
    next_poll_ = now + 0.5;
    if (watcher_.changed()) reload();
}

// [SECTION] Saving and exporting

bool Player::save(bool announce) {
    if (preview_ || !session_ || session_->status() == SessionStatus::not_started) return true;
    bool worth = session_->path().size() > 1 || !session_->journal_entries().empty() ||
                 session_->check_in(CheckIn::before) || session_->check_in(CheckIn::after);
    if (!worth && !saved_once_) return true;
    StoreStatus st = store_.save(session_->snapshot());
    const double now = ImGui::GetTime();
    unsaved_since_ = -1.0;
    if (!st.ok) {
        // Said once per distinct failure (the message names the file and the reason, never the
        // person's words); tried again a few seconds later while it keeps failing.
        if (st.message != save_error_) std::fprintf(stderr, "heartflow: %s\n", st.message.c_str());
        save_error_ = st.message;
        unsaved_since_ = now + kSaveRetrySeconds - kSaveDelaySeconds;
        set_notice("Your session could not be saved just now (" + st.message +
                       "). Your words are still here, and heartflow keeps trying.",
                   now, 3600.0);
        return false;
    }
    if (!save_error_.empty()) set_notice("Your session is saved again.", now);
    save_error_.clear();
    saved_once_ = true;
    if (announce) {
        const Node& at = session_->program().node(*session_->current());
        std::printf("heartflow: saved your session at '%s' in %s\n", at.id.value.c_str(),
                    st.message.c_str());
        std::fflush(stdout);
    }
    return true;
}

void Player::export_transcript(bool to_clipboard) {
    if (!session_) return;
    SessionSnapshot snap = session_->snapshot();
    std::string markdown = session_transcript(snap, loaded_.program->flow.get());
    if (to_clipboard) {
        ImGui::SetClipboardText(markdown.c_str());
        set_notice("The transcript is copied. You can paste it into a note or a message.",
                   ImGui::GetTime());
        return;
    }
    save(false);
    StoreStatus st = store_.save_transcript(SessionStore::key_of(snap), markdown);
    set_notice(st.ok ? "Saved the transcript to " + st.message : st.message, ImGui::GetTime(),
               30.0);
    scroll_to_top_ = true;
}

void Player::go_to_help() {
    const Program& program = session_->program();
    if (!program.help) {
        panel_ = Panel::help; // a flow with no help step still shows the help lines
        return;
    }
    panel_ = Panel::none;
    if (session_->status() == SessionStatus::not_started) session_->start();
    const std::optional<NodeIndex> help = session_->help_step(); // the current flow's, if any
    if (session_->current() != help) (void)session_->jump_to(*help);
}

void Player::leave_help() {
    if (session_->leave_help() == SessionError::at_start) session_->restart();
}

void Player::open_panel(Panel panel) {
    if (panel != panel_) notice_.clear(); // notices belong to the screen they were given on
    if (panel == Panel::history && panel_ != Panel::history) {
        save(false);
        history_.refresh(store_);
    }
    if (panel == Panel::help_lines && panel_ != Panel::help_lines)
        help_setup_.open(help_lines_.personal);
    panel_ = panel;
}

void Player::save_help_lines(const std::vector<std::string>& lines, double now) {
    WriteStatus saved = save_help_lines_file(help_file_, lines);
    if (!saved.ok) {
        std::fprintf(stderr, "heartflow: %s\n", saved.message.c_str());
        set_notice("Your help lines could not be saved (" + saved.message + ").", now, 30.0);
        return;
    }
    help_lines_ = gather_help_lines(*loaded_.flow, help_file_);
    std::printf("heartflow: saved %zu help line%s\n", help_lines_.personal.size(),
                help_lines_.personal.size() == 1 ? "" : "s");
    std::fflush(stdout);
    set_notice("Saved. Your lines show first whenever you press Get help now.", now);
}

void Player::pause() {
    std::printf("heartflow: paused. Your place is saved.\n");
    std::fflush(stdout);
    panel_ = Panel::paused;
}

void Player::set_notice(std::string text, double now, double seconds) {
    notice_ = std::move(text);
    notice_until_ = now + seconds;
}

void Player::track_changes(double now) {
    if (!session_ || session_->status() == SessionStatus::not_started) return;
    std::optional<NodeIndex> node = session_->current();
    if (session_->path().size() != seen_steps_ || node != seen_node_) {
        seen_node_ = node;
        node_entered_at_ = now;
        journal_ = session_->journal(*node);
        seen_journal_ = journal_;
        // The journal takes the keyboard when the walk comes to it, not when Back returns to
        // it: Enter there then continues instead of adding a line.
        const bool forward = session_->path().size() > seen_steps_;
        focus_journal_ = forward && session_->program().node(*node).kind == NodeKind::reflection;
        text_height_ = -1.0f;
        seen_steps_ = session_->path().size();
        scroll_to_top_ = true;
        focus_column_ = true;
        save(false);
        return;
    }
    auto before = session_->check_in(CheckIn::before), after = session_->check_in(CheckIn::after);
    if (before != seen_before_ || after != seen_after_ || journal_ != seen_journal_) {
        seen_before_ = before;
        seen_after_ = after;
        seen_journal_ = journal_;
        if (unsaved_since_ < 0) unsaved_since_ = now;
    }
    if (unsaved_since_ >= 0 && now - unsaved_since_ >= kSaveDelaySeconds) save(false);
}

// [SECTION] Applying intents

kit::ComfortSettings Player::comfort() const {
    kit::ComfortSettings c = saved_comfort_;
    if (options_.text_scale) c.text_scale = *options_.text_scale;
    if (options_.theme) c.theme = *options_.theme;
    if (options_.reduced_motion) c.reduced_motion = true;
    return c;
}

kit::FontSizes Player::font_sizes(float content_scale) const {
    return kit::font_sizes_for(comfort().text_scale, content_scale);
}

std::string Player::window_title() const {
    std::string title = loaded_.flow ? loaded_.flow->info.title : std::string();
    return title.empty() ? std::string("heartflow") : "heartflow · " + title;
}

void Player::keys_to_intent(std::span<const KeyCommand> keys, Intent& intent) const {
    const bool walking = panel_ == Panel::none;
    auto toggle = [&](Panel p) { intent.panel = panel_ == p ? Panel::none : p; };
    for (const KeyCommand& k : keys) {
        switch (k.command) {
        case Command::choose:
        case Command::adjust:
            if (walking && session_ && session_->current())
                answer_intent(*session_, k, intent); // a digit rates or picks at those steps
            else if (walking && k.command == Command::choose && k.number > 0)
                intent.choose = static_cast<std::size_t>(k.number);
            break;
        case Command::confirm:
            (walking ? intent.confirm : intent.confirm_panel) = true;
            break;
        case Command::back:
            if (walking) intent.back = true;
            break;
        case Command::quit:
            intent.close = true;
            break;
        case Command::pause:
            intent.pause = true;
            break;
        case Command::get_help:
            intent.help = true;
            break;
        case Command::text_bigger:
            intent.text_step = +1;
            break;
        case Command::text_smaller:
            intent.text_step = -1;
            break;
        case Command::text_reset:
            intent.text_reset = true;
            break;
        case Command::show_words:
            toggle(Panel::words);
            break;
        case Command::show_history:
            toggle(Panel::history);
            break;
        case Command::show_comfort:
            toggle(Panel::comfort);
            break;
        case Command::cycle_theme:
            intent.cycle_theme = true;
            break;
        case Command::toggle_motion:
            intent.toggle_motion = true;
            break;
        case Command::export_transcript:
            intent.export_transcript = true;
            break;
        case Command::close_panel:
            intent.panel = Panel::none;
            break;
        case Command::show_keys:
            toggle(Panel::keys);
            break;
        }
    }
}

void Player::apply_comfort(const Intent& intent) {
    kit::ComfortSettings c = comfort();
    if (intent.text_step != 0) c.text_scale = kit::step_text_scale(c.text_scale, intent.text_step);
    if (intent.text_reset) c.text_scale = 1.0f;
    if (intent.cycle_theme) c.theme = static_cast<kit::Theme>((static_cast<int>(c.theme) + 1) % 3);
    if (intent.theme) c.theme = *intent.theme;
    if (intent.toggle_motion) c.reduced_motion = !c.reduced_motion;
    if (c == comfort()) return;
    saved_comfort_ = c;
    options_.text_scale.reset();
    options_.theme.reset();
    options_.reduced_motion = false;
    if (std::string error = kit::save_comfort(comfort_file_, c); !error.empty())
        std::fprintf(stderr, "heartflow: %s\n", error.c_str());
}

void Player::apply_walk(const Intent& intent) {
    Session& s = *session_;
    if (intent.help) {
        go_to_help();
        return;
    }
    if (intent.leave_help) {
        leave_help();
        return;
    }
    if (intent.restart) {
        s.restart();
        return;
    }
    if (intent.export_transcript || intent.copy_transcript)
        export_transcript(intent.copy_transcript);
    apply_answer(s, intent);
    if (intent.back)
        s.back();
    else if (intent.choose)
        s.choose(*intent.choose);
    else if (intent.confirm && s.choices().size() == 1)
        s.choose(1);
    else if (intent.confirm && s.status() == SessionStatus::finished && s.on_help_path())
        leave_help();
}

void Player::apply(const Intent& intent, double now) {
    apply_comfort(intent);
    if (intent.close || intent.pause) {
        if (!save(true) && !closing_unsaved_) {
            // The first request stays open so the notice can say what failed; a second closes.
            closing_unsaved_ = true;
            notice_ += " To close without saving, press Pause or Ctrl+Q again.";
            return;
        }
        // Pause shows a calm screen that the person closes; a second Pause, Ctrl+Q or a preview's
        // Stop closes at once.
        // Before a flow is chosen nothing is under way to pause: Pause closes, as Ctrl+Q does.
        if (intent.pause && !intent.close && !preview_ && panel_ != Panel::paused &&
            screen_ != Screen::choose_flow) {
            pause();
            return;
        }
        close_requested_ = true;
        return;
    }
    if (intent.panel) open_panel(*intent.panel);
    if (screen_ == Screen::choose_flow) {
        if (intent.help) panel_ = Panel::help;
        if (intent.choose && *intent.choose <= catalog_.size()) {
            options_.flow_file = catalog_[*intent.choose - 1].file.string();
            screen_ = Screen::walking;
            open_flow();
        }
        return;
    }
    if (screen_ == Screen::flow_errors) {
        if ((intent.choose == 1u || intent.help) && session_) screen_ = Screen::walking;
        if (intent.help && session_)
            go_to_help();
        else if (intent.help)
            panel_ = Panel::help;
        return;
    }
    if (screen_ == Screen::resume_offer) {
        if (intent.choose == 1u || intent.confirm || intent.help) {
            if (session_->restore(resume_->snapshot) != SessionError::ok) start_fresh();
            saved_once_ = true;
            screen_ = Screen::walking;
            set_notice("Welcome back. This is where you paused.", now);
            if (intent.help) go_to_help();
        } else if (intent.choose == 2u) {
            start_fresh();
        }
        return;
    }
    if (session_ && session_->status() != SessionStatus::not_started) apply_walk(intent);
}

} // namespace heartflow::player

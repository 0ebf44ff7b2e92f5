// The terminal player.
//
// [SECTION] Showing a step
// [SECTION] Sessions: continuing, check-ins, saving, transcripts
// [SECTION] The loop
#include "tty_player.h"

#include "tty_answers.h"
#include "tty_help.h"
#include "tty_io.h"

#include <heartflow/session.h>
#include <heartflow/session_store.h>
#include <heartflow/transcript.h>

#include <chrono>
#include <cmath>
#include <thread>

namespace heartflow::cli {

namespace {

class TtyPlayer {
public:
    TtyPlayer(const std::shared_ptr<const Program>& program, std::FILE* in, std::FILE* out,
              TtyOptions options)
        : session_(program), program_(*program), io_(in, out, options.interactive),
          help_(*program->flow, options.help_file), store_(options.data_dir),
          options_(std::move(options)) {}

    int run();

private:
    enum class Command { none, back, restart, quit, help, transcript };

    static Command command_of(const std::string& line) {
        const std::string t = typed(line);
        if (t == "b") return Command::back;
        if (t == "r") return Command::restart;
        if (t == "q") return Command::quit;
        if (t == "h") return Command::help;
        if (t == "t") return Command::transcript;
        return Command::none;
    }

    // [SECTION] Showing a step

    void show_header() {
        io_.say(program_.flow->info.title + "\n");
        io_.say_wrapped(
            "Type a number and press Enter. b goes back, r starts again, q saves and quits, "
            "t saves a transcript, h gets help now.");
    }

    void show_node() {
        const Node& node = program_.node(*session_.current());
        if (session_.on_help_path()) help_.show(io_);
        io_.say("\n" + std::string(node.display_title()) + "\n\n");
        io_.say_wrapped(session_.current_text());
        if (node.kind == NodeKind::body_check)
            io_.say_wrapped(
                "\nTake a moment. Notice your chest, belly, shoulders and jaw before you answer.");
    }

    void show_choices() {
        auto choices = session_.choices();
        io_.say("\n");
        for (std::size_t i = 0; i < choices.size(); ++i)
            io_.say_choice(i + 1, choices[i].label);
        if (choices.empty()) io_.say_wrapped("There is no way on from here. Type b to go back.");
    }

    void pause_seconds(double seconds) {
        if (io_.interactive() && seconds > 0)
            std::this_thread::sleep_for(
                std::chrono::milliseconds(static_cast<long>(seconds * 1000)));
    }

    void breathe(const Node& node) {
        BreathPattern p = node.pattern.value_or(kDefaultBreathPattern);
        int rounds = node.rounds.value_or(kDefaultBreathRounds);
        if (io_.interactive()) {
            auto line =
                io_.ask("\nPress Enter to begin breathing, or type s and Enter to skip.\n> ");
            if (!line || typed(*line) == "s") return;
        }
        const char* phases[] = {"Breathe in", "Hold", "Breathe out", "Hold"};
        for (int r = 1; r <= rounds; ++r) {
            io_.say("\nRound " + std::to_string(r) + " of " + std::to_string(rounds) + "\n");
            for (int k = 0; k < 4; ++k) {
                int counts = static_cast<int>(std::lround(p[k]));
                if (counts <= 0) continue;
                io_.say(std::string(phases[k]) + ":");
                for (int c = 1; c <= counts; ++c) {
                    io_.say(" " + std::to_string(c));
                    pause_seconds(p[k] / counts);
                }
                io_.say("\n");
            }
        }
        io_.say("\nWell done.\n");
    }

    // Journaling at a reflection node. Returns a command when the person typed one instead.
    Command journal(const Node& node) {
        NodeIndex here = *session_.current();
        std::string before = session_.journal(here);
        if (!before.empty()) io_.say_wrapped("\nYou wrote before: " + before);
        if (io_.interactive()) {
            io_.say_wrapped(
                std::string("\nWrite your words below, then press Enter on an empty line.") +
                (before.empty() ? "" : " An empty line keeps what you wrote before."));
            if (!node.placeholder.empty()) io_.say_wrapped("(" + node.placeholder + ")");
        }
        std::string text;
        while (auto line = io_.ask(text.empty() ? "> " : "  ")) {
            if (text.empty())
                if (Command c = command_of(*line); c != Command::none) return c;
            if (line->empty() || !io_.interactive()) {
                if (!io_.interactive()) text = *line;
                break;
            }
            text += (text.empty() ? "" : "\n") + *line;
        }
        if (!text.empty() || before.empty()) (void)session_.set_journal(text);
        return Command::none;
    }

    // The way the person came, read well aloud: "Welcome, then A first breath, then ...".
    std::string path_summary() const {
        std::string s;
        for (const PathStep& step : session_.path())
            s += (s.empty() ? "" : ", then ") + program_.node(step.node).display_title();
        return as_sentence(s);
    }

    void show_ending() {
        io_.say("\n");
        io_.say_wrapped("Your path: " + path_summary());
        auto words = session_.journal_entries();
        if (!words.empty()) {
            io_.say("\nYour words:\n");
            for (const auto& [node, text] : words) {
                const std::string title(program_.node(node).display_title());
                io_.say_item(title + std::string(answer_joiner(title)) + text);
            }
        }
        if (!program_.check_in_after && // a flow that places its own check-in asked it already
            ask_check_in(CheckIn::after, "\nHow big does it feel now, from 0 to 10? Type a "
                                         "number, or press Enter to skip.") == Command::help)
            help_.show(io_); // at the end, the help lines
        auto before = session_.check_in(CheckIn::before), after = session_.check_in(CheckIn::after);
        if (before && after)
            io_.say_wrapped("At the start it felt like " + std::to_string(*before) +
                            ". Now: " + std::to_string(*after) + ". Any number is fine.");
        keep();
        auto line = io_.ask(
            "\nType t to save a transcript to bring to therapy, or press Enter to close.\n> ");
        if (line && command_of(*line) == Command::transcript) save_transcript();
        io_.say("\nTake care of yourself.\n");
    }

    // A help-path ending: the lines, the ending's words and a calm sentence; then the way back.
    bool help_ending() {
        io_.say("\n");
        io_.say_wrapped(std::string(kHelpEndingSentence));
        while (true) {
            auto line = io_.ask("\nType b to go back to where you were, s to add a local help "
                                "line, or q to close.\n> ");
            if (!line) return false;
            if (typed(*line) == "s" && help_.can_set_up()) {
                help_.set_up(io_);
                continue;
            }
            if (command_of(*line) == Command::back) {
                if (session_.leave_help() == SessionError::at_start) (void)session_.restart();
                return true;
            }
            if (obey(command_of(*line))) return !quit_;
        }
    }

    // Help for a flow with no help step of its own: the lines, then back to where the person was.
    void help_without_step() {
        help_.show(io_);
        auto line = io_.ask("\nPress Enter to go back to where you were.\n> ");
        if (line && typed(*line) == "s" && help_.can_set_up()) help_.set_up(io_);
    }

    // [SECTION] Sessions: continuing, check-ins, saving, transcripts

    // Offers to continue the person's last unfinished walk of this flow; true when it did.
    bool offer_to_continue() {
        if (options_.fresh || options_.data_dir.empty()) return false;
        auto saved = store_.latest(program_.flow->info.id);
        if (!saved || saved->snapshot.status == SessionStatus::finished ||
            saved->snapshot.path.empty())
            return false;
        const std::string& id = saved->snapshot.path.back().node;
        const Node* at = program_.flow->find_node(id);
        io_.say_wrapped("\nYou paused this flow at \"" + (at ? at->display_title() : id) +
                        "\" on " + format_local_time(saved->saved_at_ms) + ".");
        io_.say("  1. Continue where I left off\n  2. Start again (your last walk stays in your "
                "history)\n");
        while (auto line = io_.ask()) {
            if (typed(*line) == "1" && session_.restore(saved->snapshot) == SessionError::ok) {
                io_.say_wrapped("\nWelcome back. This is where you paused.");
                return true;
            }
            if (typed(*line) == "1" || typed(*line) == "2") return false;
            io_.say_wrapped("Please type 1 to continue, or 2 to start again.");
        }
        return false;
    }

    // Asks a 0 to 10 check-in; returns the command typed instead of a number (h for help, q to
    // quit...), which skips it, or Command::none.
    Command ask_check_in(CheckIn which, const std::string& question) {
        io_.say_wrapped(question);
        while (auto line = io_.ask()) {
            const std::string t = typed(*line);
            if (t.empty()) return Command::none;
            if (const Command c = command_of(*line); c != Command::none) return c;
            bool number = t.size() <= 2 && t.find_first_not_of("0123456789") == std::string::npos;
            if (number && session_.set_check_in(which, std::stoi(t)) == SessionError::ok)
                return Command::none;
            io_.say_wrapped("Please type a number from 0 to 10, or press Enter to skip.");
        }
        return Command::none;
    }

    // Saves the walk in the person's store (the window player's store and format, 0600), when
    // there is something worth keeping.
    void keep() {
        if (options_.data_dir.empty()) return;
        bool worth = session_.path().size() > 1 || !session_.journal_entries().empty() ||
                     session_.check_in(CheckIn::before) || session_.check_in(CheckIn::after);
        if (!worth && !kept_once_) return;
        if (StoreStatus st = store_.save(session_.snapshot()); !st.ok)
            io_.say_wrapped("Your place could not be saved: " + st.message);
        else
            kept_once_ = true;
    }

    void save_transcript() {
        if (options_.data_dir.empty()) return;
        keep();
        SessionSnapshot snapshot = session_.snapshot();
        StoreStatus st = store_.save_transcript(SessionStore::key_of(snapshot),
                                                session_transcript(snapshot, program_.flow.get()));
        io_.say_wrapped(st.ok ? "Saved a transcript to " + st.message + " (only you can read it)."
                              : "The transcript could not be saved: " + st.message);
    }

    // [SECTION] The loop

    bool obey(Command c) {
        switch (c) {
        case Command::back:
            if (session_.back() == SessionError::at_start) io_.say("This is the first step.\n");
            return true;
        case Command::restart:
            (void)session_.restart();
            return true;
        case Command::help:
            if (!program_.help)
                help_without_step();
            else if (session_.current() != session_.help_step()) // the current flow's, if any
                (void)session_.jump_to(*session_.help_step());
            return true;
        case Command::transcript:
            save_transcript();
            return true;
        case Command::quit:
            keep();
            io_.say_wrapped(options_.data_dir.empty()
                                ? "\nStopped here. Take care."
                                : "\nStopped here, and your place is saved. Next time, this flow "
                                  "offers to continue where you left off. Take care.");
            quit_ = true;
            return true;
        case Command::none:
            return false;
        }
        return false;
    }

    // Handles one step; returns false when the walk is over.
    bool step() {
        keep();
        show_node();
        const Node& node = program_.node(*session_.current());
        if (session_.status() == SessionStatus::finished) {
            if (session_.on_help_path()) return help_ending();
            show_ending();
            return false;
        }
        if (node.kind == NodeKind::breathing) breathe(node);
        if (node.kind == NodeKind::reflection) {
            if (obey(journal(node))) return !quit_;
            if (io_.ended()) return false;
            if (node.next) return session_.choose(1) == SessionError::ok || true;
        }
        if (node.kind == NodeKind::scale || node.kind == NodeKind::pick) return answer(node);
        return ask_choice();
    }

    // A scale or pick step: the rating or the picks, then on (a command typed instead is done).
    bool answer(const Node& node) {
        auto is_command = [](const std::string& line) { return command_of(line) != Command::none; };
        auto typed_command = node.kind == NodeKind::scale ? ask_rating(io_, session_, is_command)
                                                          : ask_picks(io_, session_, is_command);
        if (typed_command) return obey(command_of(*typed_command)) && !quit_;
        if (io_.ended()) return false;
        return session_.choose(1) == SessionError::ok;
    }

    // The available choice a line names: its number, or its label in any case.
    std::optional<std::size_t> choice_named(const std::string& line) const {
        const std::string t = typed(line);
        auto choices = session_.choices();
        bool number =
            !t.empty() && t.size() < 4 && t.find_first_not_of("0123456789") == std::string::npos;
        if (number && std::stoul(t) >= 1 && std::stoul(t) <= choices.size()) return std::stoul(t);
        for (std::size_t i = 0; i < choices.size(); ++i)
            if (!t.empty() && typed(choices[i].label) == t) return i + 1;
        return std::nullopt;
    }

    bool ask_choice() {
        show_choices();
        while (auto line = io_.ask()) {
            if (obey(command_of(*line))) return !quit_ && !io_.ended();
            if (typed(*line) == "s" && session_.on_help_path() && help_.can_set_up()) {
                help_.set_up(io_);
                show_choices();
                continue;
            }
            if (auto number = choice_named(*line))
                return session_.choose(*number) == SessionError::ok;
            if (!line->empty())
                io_.say_wrapped(
                    "Please type a number from 1 to " + std::to_string(session_.choices().size()) +
                    ", or b to go back, r to start again, q to save and quit, h to get help now.");
        }
        return false;
    }

    Session session_;
    const Program& program_;
    TtyIo io_;
    TtyHelp help_;
    SessionStore store_;
    TtyOptions options_;
    bool quit_ = false;
    bool kept_once_ = false;
};

int TtyPlayer::run() {
    show_header();
    if (!offer_to_continue()) {
        (void)session_.start();
        // h (help), q and the other commands work here too: help is one step away from the
        // first question on.
        if (!io_.ended() && !program_.check_in_before)
            (void)obey(ask_check_in(CheckIn::before,
                                    "\nBefore we begin, if you like: how big does this feel "
                                    "right now, from 0 to 10? Type a "
                                    "number, or press Enter to skip."));
    }
    while (!quit_ && !io_.ended() && step()) {
    }
    if (io_.ended()) {
        keep();
        io_.say("\n(The input ended. Your place is saved.)\n");
    }
    return 0;
}

} // namespace

int run_tty_player(const std::shared_ptr<const Program>& program, std::FILE* in, std::FILE* out,
                   TtyOptions options) {
    return TtyPlayer(program, in, out, std::move(options)).run();
}

} // namespace heartflow::cli

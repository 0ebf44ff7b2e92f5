// The terminal player.
//
// [SECTION] Input and output
// [SECTION] Showing a step
// [SECTION] The loop
#include "tty_player.h"

#include "text_wrap.h"

#include <heartflow/help_lines.h>
#include <heartflow/session.h>

#include <chrono>
#include <cmath>
#include <thread>

namespace heartflow::cli {

namespace {

constexpr std::size_t kWidth = 72;

// [SECTION] Input and output

class TtyPlayer {
public:
    TtyPlayer(const std::shared_ptr<const Program>& program, std::FILE* in, std::FILE* out,
              TtyOptions options)
        : session_(program), program_(*program), in_(in), out_(out), options_(std::move(options)),
          help_lines_(gather_help_lines(*program->flow, options_.help_file)) {}

    int run();

private:
    enum class Command { none, back, restart, quit, help };

    void say(const std::string& text) { std::fputs(text.c_str(), out_); std::fflush(out_); }
    void say_wrapped(const std::string& text) { say(wrap_text(text, kWidth)); }

    // Reads one line without its newline; nullopt at end of input.
    std::optional<std::string> read_line() {
        std::string line;
        int c;
        while ((c = std::fgetc(in_)) != EOF && c != '\n') line += static_cast<char>(c);
        if (c == EOF && line.empty()) return std::nullopt;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        return line;
    }

    Command command_of(const std::string& line) const {
        if (line == "b" || line == "B") return Command::back;
        if (line == "r" || line == "R") return Command::restart;
        if (line == "q" || line == "Q") return Command::quit;
        if (line == "h" || line == "H") return Command::help;
        return Command::none;
    }

    // [SECTION] Help

    // The help lines first (or the default text when none are set up), as plain lines.
    void show_help_lines() {
        HelpShown shown = help_to_show(help_lines_);
        say("\n" + std::string(shown.heading) + ":\n");
        for (const std::string& line : shown.lines)
            say(wrap_text("- " + line, kWidth, "  "));
        if (help_lines_.personal.empty() && !options_.help_file.empty())
            say_wrapped("\nTo add a local help line for this computer, type s and press Enter.");
    }

    // Asks for the person's own help lines, one per line, and saves them (owner-only).
    void set_up_help_lines() {
        say_wrapped("\nType a help line (who to call or text, and how), then Enter. "
                    "Add as many as you like. An empty line finishes.");
        std::vector<std::string> lines = help_lines_.personal;
        std::size_t before = lines.size();
        while (true) {
            say("+ ");
            auto line = read_line();
            if (!line || line->empty()) break;
            lines.push_back(*line);
        }
        if (lines.size() == before) {
            say("Nothing was added.\n");
            return;
        }
        WriteStatus saved = save_help_lines_file(options_.help_file, lines);
        if (!saved.ok) {
            say_wrapped("Your lines could not be saved: " + saved.message);
            return;
        }
        help_lines_.personal = read_help_lines_file(options_.help_file);
        say_wrapped("Saved. These lines show first whenever you ask for help (h). They stay on "
                    "this computer.");
    }

    // Help for a flow with no help step of its own: the lines, then back to where the person was.
    void help_without_step() {
        show_help_lines();
        say_wrapped("\nPress Enter to go back to where you were.");
        say("> ");
        auto line = read_line();
        if (line && (*line == "s" || *line == "S") && !options_.help_file.empty())
            set_up_help_lines();
        if (!line) finished_input_ = true;
    }

    // A help-path ending: the lines, the ending's words and a calm sentence; then the way back.
    bool help_ending() {
        say("\n");
        say_wrapped(std::string(kHelpEndingSentence));
        while (true) {
            say_wrapped("\nType b to go back to where you were, s to add a local help line, or q "
                        "to close.");
            say("> ");
            auto line = read_line();
            if (!line) {
                finished_input_ = true;
                return false;
            }
            if (*line == "s" || *line == "S") {
                if (!options_.help_file.empty()) set_up_help_lines();
                continue;
            }
            if (*line == "b" || *line == "B") {
                if (session_.leave_help() == SessionError::at_start) (void)session_.restart();
                return true;
            }
            if (obey(command_of(*line))) return !quit_;
        }
    }

    // [SECTION] Showing a step

    void show_header() {
        const FlowInfo& info = program_.flow->info;
        say(info.title + "\n");
        say_wrapped("Type a number and press Enter. b goes back, r starts again, q quits, h gets "
                    "help now.");
    }

    void show_node() {
        const Node& node = program_.node(*session_.current());
        if (session_.on_help_path()) show_help_lines();
        say("\n" + std::string(node.display_title()) + "\n\n");
        say_wrapped(session_.current_text());
        if (node.kind == NodeKind::body_check)
            say_wrapped("\nTake a moment. Notice your chest, belly, shoulders and jaw before you answer.");
    }

    void show_choices() {
        auto choices = session_.choices();
        say("\n");
        for (std::size_t i = 0; i < choices.size(); ++i)
            say(wrap_text(std::to_string(i + 1) + ". " + choices[i].label, kWidth, "  "));
        if (choices.empty()) say_wrapped("There is no way on from here. Type b to go back.");
    }

    void pause_seconds(double seconds) {
        if (options_.interactive && seconds > 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(static_cast<long>(seconds * 1000)));
    }

    void breathe(const Node& node) {
        BreathPattern p = node.pattern.value_or(kDefaultBreathPattern);
        int rounds = node.rounds.value_or(kDefaultBreathRounds);
        if (options_.interactive) {
            say("\nPress Enter to begin breathing, or type s and Enter to skip.\n> ");
            auto line = read_line();
            if (!line || *line == "s" || *line == "S") return;
        }
        const char* phases[] = {"Breathe in", "Hold", "Breathe out", "Hold"};
        for (int r = 1; r <= rounds; ++r) {
            say("\nRound " + std::to_string(r) + " of " + std::to_string(rounds) + "\n");
            for (int k = 0; k < 4; ++k) {
                int counts = static_cast<int>(std::lround(p[k]));
                if (counts <= 0) continue;
                say(std::string(phases[k]) + ":");
                for (int c = 1; c <= counts; ++c) {
                    say(" " + std::to_string(c));
                    pause_seconds(p[k] / counts);
                }
                say("\n");
            }
        }
        say("\nWell done.\n");
    }

    // Journaling at a reflection node. Returns a command when the person typed one instead.
    Command journal(const Node& node) {
        NodeIndex here = *session_.current();
        std::string before = session_.journal(here);
        if (!before.empty()) say_wrapped("\nYou wrote before: " + before);
        if (options_.interactive) {
            say_wrapped(std::string("\nWrite your words below, then press Enter on an empty line.") +
                        (before.empty() ? "" : " An empty line keeps what you wrote before."));
            if (!node.placeholder.empty()) say_wrapped("(" + node.placeholder + ")");
        }
        std::string text;
        while (true) {
            say(text.empty() ? "> " : "  ");
            auto line = read_line();
            if (!line) { finished_input_ = true; break; }
            if (text.empty()) {
                if (Command c = command_of(*line); c != Command::none) return c;
            }
            if (line->empty() || !options_.interactive) {
                if (!options_.interactive) text = *line;
                break;
            }
            text += (text.empty() ? "" : "\n") + *line;
        }
        if (!text.empty() || before.empty()) (void)session_.set_journal(text);
        return Command::none;
    }

    void show_ending() {
        say("\n");
        say_wrapped("Your path: " + path_summary());
        auto words = session_.journal_entries();
        if (!words.empty()) {
            say("\nYour words:\n");
            for (const auto& [node, text] : words)
                say(wrap_text("- " + program_.node(node).display_title() + ": " + text, kWidth, "  "));
        }
        say("\nTake care of yourself.\n");
    }

    std::string path_summary() const {
        std::string s;
        for (const PathStep& step : session_.path())
            s += (s.empty() ? "" : " > ") + program_.node(step.node).display_title();
        return s;
    }

    // [SECTION] The loop

    bool obey(Command c) {
        switch (c) {
        case Command::back:
            if (session_.back() == SessionError::at_start) say("This is the first step.\n");
            return true;
        case Command::restart: (void)session_.restart(); return true;
        case Command::help:
            if (!program_.help)
                help_without_step();
            else if (session_.current() != program_.help)
                (void)session_.jump_to(*program_.help);
            return true;
        case Command::quit: say("\nStopped here. Take care. You can come back any time.\n"); quit_ = true; return true;
        case Command::none: return false;
        }
        return false;
    }

    // Handles one step; returns false when the walk is over.
    bool step() {
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
            if (finished_input_) return false;
            if (node.next) return session_.choose(1) == SessionError::ok || true;
        }
        return ask_choice();
    }

    bool ask_choice() {
        show_choices();
        while (true) {
            say("> ");
            auto line = read_line();
            if (!line) { finished_input_ = true; return false; }
            if (obey(command_of(*line))) return !quit_ && !finished_input_;
            if ((*line == "s" || *line == "S") && session_.on_help_path() &&
                !options_.help_file.empty()) {
                set_up_help_lines();
                show_choices();
                continue;
            }
            auto choices = session_.choices();
            bool number = !line->empty() && line->size() < 4 && line->find_first_not_of("0123456789") == std::string::npos;
            SessionError e = number ? session_.choose(std::stoul(*line)) : session_.choose_label(*line);
            if (e == SessionError::ok) return true;
            if (!line->empty())
                say_wrapped("Please type a number from 1 to " + std::to_string(choices.size()) +
                            ", or b to go back, r to start again, q to quit, h to get help now.");
        }
    }

    Session session_;
    const Program& program_;
    std::FILE* in_;
    std::FILE* out_;
    TtyOptions options_;
    HelpLines help_lines_;
    bool quit_ = false;
    bool finished_input_ = false;
};

int TtyPlayer::run() {
    show_header();
    (void)session_.start();
    while (step()) {}
    if (finished_input_) say("\n(The input ended.)\n");
    return 0;
}

} // namespace

int run_tty_player(const std::shared_ptr<const Program>& program, std::FILE* in, std::FILE* out, TtyOptions options) {
    return TtyPlayer(program, in, out, options).run();
}

} // namespace heartflow::cli

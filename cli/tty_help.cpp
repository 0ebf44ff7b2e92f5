// The terminal player's help lines.
#include "tty_help.h"

namespace heartflow::cli {

TtyHelp::TtyHelp(const Flow& flow, std::filesystem::path personal_file)
    : file_(std::move(personal_file)), lines_(gather_help_lines(flow, file_)) {}

void TtyHelp::show(TtyIo& io) const {
    HelpShown shown = help_to_show(lines_);
    io.say("\n" + std::string(shown.heading) + ":\n");
    for (const std::string& line : shown.lines)
        io.say_item(line);
    if (lines_.personal.empty() && can_set_up())
        io.say_wrapped("\nTo add a local help line for this computer, type s and press Enter.");
}

void TtyHelp::set_up(TtyIo& io) {
    io.say_wrapped(
        "\nType a help line (who to call or text, and how), then Enter. Add as many as you "
        "like. An empty line finishes.");
    std::vector<std::string> lines = lines_.personal;
    const std::size_t before = lines.size();
    while (auto line = io.ask("+ ")) {
        if (line->empty()) break;
        lines.push_back(*line);
    }
    if (lines.size() == before) {
        io.say("Nothing was added.\n");
        return;
    }
    if (WriteStatus saved = save_help_lines_file(file_, lines); !saved.ok) {
        io.say_wrapped("Your lines could not be saved: " + saved.message);
        return;
    }
    lines_.personal = read_help_lines_file(file_);
    io.say_wrapped("Saved. These lines show first whenever you ask for help (h). They stay on this "
                   "computer.");
}

} // namespace heartflow::cli

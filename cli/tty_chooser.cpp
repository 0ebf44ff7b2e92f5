// The terminal's flow chooser.
#include "tty_chooser.h"

namespace heartflow::cli {

std::optional<std::filesystem::path> choose_flow(const std::vector<CatalogEntry>& flows,
                                                 TtyIo& io) {
    io.say_wrapped(
        "Which flow would you like to walk through? Each one is a guide for reflection, not "
        "therapy.");
    io.say("\n");
    for (std::size_t i = 0; i < flows.size(); ++i) {
        const CatalogEntry& flow = flows[i];
        std::string about = flow.title;
        if (!flow.summary.empty()) about += ". " + flow.summary;
        if (std::string time = describe_minutes(flow.minutes); !time.empty())
            about += " " + time + ".";
        io.say_choice(i + 1, about);
    }
    while (auto line = io.ask("\nType a number and press Enter (q quits).\n> ")) {
        const std::string t = typed(*line);
        if (t == "q") return std::nullopt;
        for (std::size_t i = 0; i < flows.size(); ++i)
            if (t == std::to_string(i + 1) || t == typed(flows[i].title)) return flows[i].file;
        io.say_wrapped("Please type a number from 1 to " + std::to_string(flows.size()) + ".");
    }
    return std::nullopt;
}

} // namespace heartflow::cli

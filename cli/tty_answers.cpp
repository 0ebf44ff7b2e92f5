// Ratings and picks in the terminal.
#include "tty_answers.h"

#include <heartflow/text_template.h>

#include <algorithm>
#include <sstream>

namespace heartflow::cli {

namespace {

// A whole number in a line, forgiving: "7", " 7 ", "7.", "7/10", "-2"; nullopt otherwise.
std::optional<std::int64_t> whole_number(const std::string& t) {
    std::size_t end = t.find_first_of("./");
    std::string digits = t.substr(0, end);
    if (end != std::string::npos && t.find_first_not_of("0123456789", end + 1) != std::string::npos)
        return std::nullopt;
    const std::size_t first = digits[0] == '-' ? 1 : 0;
    if (digits.size() <= first || digits.size() > first + 7 ||
        digits.find_first_not_of("0123456789", first) != std::string::npos)
        return std::nullopt;
    return std::stoll(digits);
}

// "0 (calm) to 10 (overwhelmed)".
std::string range_words(const Node& n) {
    return std::to_string(n.rating_min()) + (n.low.empty() ? "" : " (" + n.low + ")") + " to " +
           std::to_string(n.rating_max()) + (n.high.empty() ? "" : " (" + n.high + ")");
}

// The 0-based options a line names: numbers from 1 split by spaces or commas, or an option's
// words; nullopt when any part names none.
std::optional<std::vector<std::size_t>> options_named(const std::string& t, const Node& n) {
    for (std::size_t k = 0; k < n.options.size(); ++k)
        if (typed(n.option_label(k)) == t) return std::vector<std::size_t>{k};
    std::string spaced = t;
    std::replace(spaced.begin(), spaced.end(), ',', ' ');
    std::istringstream words(spaced);
    std::vector<std::size_t> picked;
    for (std::string w; words >> w;) {
        auto number = whole_number(w);
        if (!number || *number < 1 || *number > static_cast<std::int64_t>(n.options.size()))
            return std::nullopt;
        picked.push_back(static_cast<std::size_t>(*number - 1));
    }
    return picked;
}

} // namespace

std::optional<std::string> ask_rating(TtyIo& io, Session& session, const IsCommand& is_command) {
    const NodeIndex here = *session.current();
    const Node& node = session.program().node(here);
    std::string ask = "\nType a number from " + range_words(node) + ", or press Enter to skip.";
    if (auto before = session.rating(here))
        ask += " You said " + std::to_string(*before) + " before; Enter keeps it.";
    io.say_wrapped(ask);
    while (auto line = io.ask()) {
        if (is_command(*line)) return *line;
        const std::string t = typed(*line);
        if (t.empty()) return std::nullopt;
        if (auto number = whole_number(t); number && session.rate(*number) == SessionError::ok)
            return std::nullopt;
        io.say_wrapped("Please type a whole number from " + range_words(node) +
                       ", or press Enter to skip.");
    }
    return std::nullopt;
}

std::optional<std::string> ask_picks(TtyIo& io, Session& session, const IsCommand& is_command) {
    const NodeIndex here = *session.current();
    const Node& node = session.program().node(here);
    io.say("\n");
    for (std::size_t k = 0; k < node.options.size(); ++k)
        io.say_choice(k + 1, node.option_label(k));
    std::string ask = "\nType the numbers of all that fit (like 1 3), or none, then press Enter.";
    if (auto before = session.picks(here); !before.empty()) {
        std::vector<std::string> words;
        for (std::size_t k : before)
            words.push_back(node.option_label(k));
        std::int64_t all = (std::int64_t{1} << words.size()) - 1;
        ask += " You picked " + join_picked(all, words) + " before; Enter keeps it.";
    }
    io.say_wrapped(ask);
    while (auto line = io.ask()) {
        if (is_command(*line)) return *line;
        const std::string t = typed(*line);
        if (t.empty()) return std::nullopt;
        if (t == "none" || t == "0" || t == "nothing") {
            (void)session.set_picks({});
            return std::nullopt;
        }
        if (auto picked = options_named(t, node)) {
            (void)session.set_picks(*picked);
            return std::nullopt;
        }
        io.say_wrapped("Please type the numbers of the ones that fit, from 1 to " +
                       std::to_string(node.options.size()) +
                       ", with spaces between (like 1 3), or none.");
    }
    return std::nullopt;
}

} // namespace heartflow::cli

// The terminal player's input and output.
#include "tty_io.h"

#include "text_wrap.h"

#include <cctype>

namespace heartflow::cli {

namespace {

constexpr std::size_t kWidth = 72;

} // namespace

void TtyIo::say(std::string_view text) {
    std::fwrite(text.data(), 1, text.size(), out_);
    std::fflush(out_);
}

void TtyIo::say_wrapped(std::string_view text) {
    say(wrap_text(text, kWidth));
}

void TtyIo::say_hanging(std::string_view marker, std::string_view text) {
    std::string indent(marker.size(), ' ');
    std::string wrapped = wrap_text(text, kWidth - marker.size(), indent);
    wrapped.replace(0, marker.size(), marker);
    say(wrapped);
}

void TtyIo::say_choice(std::size_t number, std::string_view label) {
    say_hanging("  " + std::to_string(number) + ". ", label);
}

std::optional<std::string> TtyIo::ask(std::string_view prompt) {
    say(prompt);
    std::string line;
    int c;
    while ((c = std::fgetc(in_)) != EOF && c != '\n')
        line += static_cast<char>(c);
    if (c == EOF && line.empty()) {
        ended_ = true;
        return std::nullopt;
    }
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return line;
}

std::string typed(std::string_view line) {
    auto first = line.find_first_not_of(" \t");
    if (first == std::string_view::npos) return {};
    auto last = line.find_last_not_of(" \t");
    std::string out(line.substr(first, last - first + 1));
    for (char& c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

} // namespace heartflow::cli

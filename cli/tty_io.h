// The terminal player's plain-line input and output: no cursor tricks, so it reads well in a
// screen reader and through a pipe.
#pragma once

#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

namespace heartflow::cli {

/// The terminal: where lines come from and go to.
class TtyIo {
public:
    /// Reads `in` and writes `out`; `interactive` when a person types at a terminal.
    TtyIo(std::FILE* in, std::FILE* out, bool interactive)
        : in_(in), out_(out), interactive_(interactive) {}

    /// Writes `text` as it is.
    void say(std::string_view text);
    /// Writes `text` wrapped at the terminal player's width.
    void say_wrapped(std::string_view text);
    /// Writes `text` as one list item ("- text"), its further lines indented under the text.
    void say_item(std::string_view text) { say_hanging("- ", text); }
    /// Writes a numbered choice ("  2. label"), its further lines indented under the label.
    void say_choice(std::size_t number, std::string_view label);
    /// Writes a prompt and reads one line without its newline; nullopt (and ended()) at the end
    /// of input.
    std::optional<std::string> ask(std::string_view prompt = "> ");
    /// True once the input has ended.
    [[nodiscard]] bool ended() const { return ended_; }
    /// True when a person types at a terminal (multi-line journaling, paced breathing).
    [[nodiscard]] bool interactive() const { return interactive_; }

private:
    void say_hanging(std::string_view marker, std::string_view text);

    std::FILE* in_;
    std::FILE* out_;
    bool interactive_;
    bool ended_ = false;
};

/// `line` trimmed and in lower case (ASCII), for matching what a person typed.
[[nodiscard]] std::string typed(std::string_view line);

} // namespace heartflow::cli

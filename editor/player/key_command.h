// Keyboard commands the app reads from key events and hands to the player each frame.
#pragma once

namespace heartflow::player {

/// One keyboard command. The app decides which keys mean what (see app/key_commands.cpp).
enum class Command {
    choose,        ///< A digit: pick that choice (1-9), rate at a scale (0-9), toggle an item.
    adjust,        ///< Left (-1) or Right (+1): move the rating of a scale step.
    confirm,       ///< Enter: Continue on a node with one way on; Ctrl+Enter also from the journal.
    back,          ///< Backspace: one step back.
    quit,          ///< Ctrl+Q: save and close.
    pause,         ///< Ctrl+P: save and close, saying so.
    get_help,      ///< F1: go to the flow's help node.
    text_bigger,   ///< Ctrl+plus.
    text_smaller,  ///< Ctrl+minus.
    text_reset,    ///< Ctrl+0.
    show_words,    ///< Ctrl+W: "Your words so far".
    show_history,  ///< Ctrl+H: past sessions.
    show_comfort,  ///< Ctrl+comma: comfort settings.
    cycle_theme,   ///< Ctrl+T: next theme.
    toggle_motion, ///< Ctrl+M: reduced motion on/off.
    export_transcript, ///< Ctrl+E: save this session as a Markdown transcript.
    close_panel,       ///< Escape: close the open panel.
    show_keys,         ///< F2: the list of keys.
};

/// A command and, for `choose`, its 1-based number.
struct KeyCommand {
    Command command; ///< What to do.
    int number = 0;  ///< 0..9 for Command::choose; -1 or +1 for adjust; 0 otherwise.
};

} // namespace heartflow::player

// The player's key map. Repeats never reach it: holding Backspace goes back one step only.
#include "player/key_commands.h"

#include <imgui.h>
#include <imgui_internal.h>

namespace heartflow::player {

namespace {

using kit::Key;
using kit::When;

// Ctrl commands work with any other modifier held, and while typing.
constexpr int kWithCtrl = kit::mod_shift | kit::mod_alt | kit::mod_super;

// A Ctrl row.
kit::KeyBinding<Command> ctrl(Key key, Command command, std::string keys, std::string meaning) {
    return {{key, kit::mod_ctrl}, kWithCtrl,       command,           0,
            When::always,         std::move(keys), std::move(meaning)};
}

// A row of a key pressed alone (Shift aside), while no text box has the keyboard.
kit::KeyBinding<Command> plain(Key key, Command command, std::string keys, std::string meaning) {
    return {{key, 0},         kit::mod_shift,  command,           0,
            When::not_typing, std::move(keys), std::move(meaning)};
}

std::vector<kit::KeyBinding<Command>> make_key_map() {
    std::vector<kit::KeyBinding<Command>> rows =
        kit::digit_bindings(Command::choose, kit::mod_shift, When::not_typing, "choose");
    const kit::KeyBinding<Command> more[] = {
        {{Key::d0, 0},
         kit::mod_shift,
         Command::choose,
         0,
         When::not_typing,
         "0",
         "rate 0 on a scale"},
        {{Key::kp0, 0}, kit::mod_shift, Command::choose, 0, When::not_typing, "", ""},
        {{Key::left, 0},
         kit::mod_shift,
         Command::adjust,
         -1,
         When::not_typing,
         "Left",
         "lower rating on a scale"},
        {{Key::right, 0},
         kit::mod_shift,
         Command::adjust,
         1,
         When::not_typing,
         "Right",
         "higher rating on a scale"},
        plain(Key::enter, Command::confirm, "Enter", "continue"),
        plain(Key::kp_enter, Command::confirm, "", ""),
        plain(Key::backspace, Command::back, "Backspace", "back"),
        ctrl(Key::q, Command::quit, "Ctrl+Q", "save and close"),
        ctrl(Key::p, Command::pause, "Ctrl+P", "pause"),
        {{Key::f1, 0}, kit::kAllMods, Command::get_help, 0, When::always, "F1", "get help now"},
        {{Key::f2, 0}, kit::kAllMods, Command::show_keys, 0, When::always, "F2", "list of keys"},
        ctrl(Key::w, Command::show_words, "Ctrl+W", "your words"),
        ctrl(Key::h, Command::show_history, "Ctrl+H", "history"),
        ctrl(Key::comma, Command::show_comfort, "Ctrl+comma", "comfort"),
        ctrl(Key::equal, Command::text_bigger, "Ctrl+plus", "bigger text"),
        ctrl(Key::kp_add, Command::text_bigger, "", ""),
        ctrl(Key::minus, Command::text_smaller, "Ctrl+minus", "smaller text"),
        ctrl(Key::kp_subtract, Command::text_smaller, "", ""),
        ctrl(Key::d0, Command::text_reset, "Ctrl+0", "text size back to normal"),
        ctrl(Key::kp0, Command::text_reset, "", ""),
        ctrl(Key::t, Command::cycle_theme, "Ctrl+T", "colours"),
        ctrl(Key::m, Command::toggle_motion, "Ctrl+M", "reduced motion"),
        ctrl(Key::e, Command::export_transcript, "Ctrl+E", "save a Markdown transcript"),
        ctrl(Key::enter, Command::confirm, "Ctrl+Enter", "continue from a text box"),
        ctrl(Key::kp_enter, Command::confirm, "", ""),
        plain(Key::escape, Command::close_panel, "Escape", "close the open panel"),
    };
    rows.insert(rows.end(), std::begin(more), std::end(more));
    return rows;
}

} // namespace

std::span<const kit::KeyBinding<Command>> player_key_map() {
    static const std::vector<kit::KeyBinding<Command>> rows = make_key_map();
    return rows;
}

std::vector<KeyCommand> key_commands(std::span<const kit::KeyPress> presses) {
    std::vector<KeyCommand> out;
    bool typing = ImGui::GetIO().WantTextInput && ImGui::GetActiveID() != 0;
    for (const kit::KeyPress& p : presses) {
        const bool ctrl_held = (p.mods & kit::mod_ctrl) != 0;
        const bool enter = p.key == Key::enter || p.key == Key::kp_enter;
        if (typing && ctrl_held && enter) {
            ImGui::ClearActiveID();
            typing = false;
        } else if (typing && !ctrl_held && p.key == Key::escape) {
            ImGui::ClearActiveID();
            typing = false;
            continue;
        }
        if (const auto* row = kit::find_binding(player_key_map(), p, typing))
            out.push_back({row->command, row->number});
    }
    return out;
}

std::string player_keys_help() {
    std::string out, line = "Keys:";
    for (const kit::KeyBinding<Command>& b : player_key_map()) {
        if (b.keys.empty()) continue;
        const std::string item = " " + b.keys + " " + b.meaning + ",";
        if (line.size() + item.size() > 90) {
            out += line + "\n";
            line = item.substr(1);
        } else {
            line += item;
        }
    }
    line.back() = '.';
    return out + line + "\nArrow keys and Space (or Enter) reach every button.\n";
}

} // namespace heartflow::player

// Footer hints and the keys panel, both from the player's key map.
#include "player/key_hints.h"

#include "kit/widgets.h"
#include "player/key_commands.h"

#include <cfloat>
#include <string_view>

namespace heartflow::player {

namespace {

// The map's row for `command` on `key` with `mods` held; null when there is none.
const kit::KeyBinding<Command>* row_of(Command command, kit::Key key, int mods) {
    for (const kit::KeyBinding<Command>& b : player_key_map())
        if (b.command == command && b.chord.key == key && b.chord.mods == mods && !b.keys.empty())
            return &b;
    return nullptr;
}

// "KEYS meaning" of the map's row for `command` on `key` with `mods` held: the row's own meaning
// or, when given, what the key does on this screen.
std::string hint_of(Command command, kit::Key key, int mods = 0, std::string_view here = {}) {
    const kit::KeyBinding<Command>* b = row_of(command, key, mods);
    if (!b) return {};
    return b->keys + " " + (here.empty() ? b->meaning : std::string(here));
}

} // namespace

std::vector<std::string> footer_hints(const HintContext& c) {
    using kit::Key;
    std::vector<std::string> hints;
    if (c.panel_open) {
        hints.push_back(hint_of(Command::close_panel, Key::escape));
    } else if (c.typing) {
        hints.push_back("Enter new line"); // the text box's own key, not the map's
        hints.push_back(hint_of(Command::confirm, Key::enter, kit::mod_ctrl));
    } else if (c.choices > 1) {
        hints.push_back(hint_of(Command::choose, Key::d1));
    } else if (c.choices == 1) {
        hints.push_back(hint_of(Command::confirm, Key::enter));
    } else if (!c.enter_does.empty()) {
        hints.push_back(hint_of(Command::confirm, Key::enter, 0, c.enter_does));
    }
    if (c.can_go_back && !c.typing && !c.panel_open)
        hints.push_back(hint_of(Command::back, Key::backspace));
    hints.push_back(hint_of(Command::get_help, Key::f1));
    hints.push_back(hint_of(Command::show_keys, Key::f2));
    hints.push_back(c.preview ? std::string("Shift+F5 stop")
                              : hint_of(Command::quit, Key::q, kit::mod_ctrl));
    hints.push_back(hint_of(Command::text_bigger, Key::equal, kit::mod_ctrl));
    return hints;
}

std::string hint_line(const std::vector<std::string>& hints, ImFont* font, float width) {
    std::string line, fits;
    for (const std::string& h : hints) {
        line += (line.empty() ? "" : "  \xc2\xb7  ") + h;
        if (font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, line.c_str()).x > width) break;
        fits = line;
    }
    return fits;
}

void draw_keys_panel(const kit::Fonts& fonts, const kit::Palette& p, Intent& intent) {
    kit::wrapped_text(fonts.heading, "Keys", p.text);
    ImGui::SameLine(ImGui::GetContentRegionMax().x - kit::button_width("Done", fonts.ui));
    if (kit::small_button("Done", fonts.ui, p)) intent.panel = Panel::none;
    ImGui::BeginChild("##keys", ImVec2(0, 0), false, ImGuiWindowFlags_NavFlattened);
    ImGui::PushFont(fonts.ui);
    const float meaning_at = fonts.ui->FontSize * 7.0f;
    for (const kit::KeyBinding<Command>& b : player_key_map()) {
        if (b.keys.empty()) continue;
        ImGui::TextUnformatted(b.keys.c_str());
        ImGui::SameLine(meaning_at);
        ImGui::PushStyleColor(ImGuiCol_Text, p.text_soft);
        ImGui::TextWrapped("%s", b.meaning.c_str());
        ImGui::PopStyleColor();
    }
    ImGui::PopFont();
    kit::gap(0.3f);
    kit::wrapped_text(fonts.ui, "Arrow keys and Space (or Enter) reach every button.", p.text_soft);
    ImGui::EndChild();
}

} // namespace heartflow::player

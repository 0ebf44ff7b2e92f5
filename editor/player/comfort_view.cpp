// The comfort panel.
#include "player/comfort_view.h"

#include "heartflow/help_lines.h"
#include "kit/widgets.h"

#include <cmath>

namespace heartflow::player {

void draw_comfort(const kit::ComfortSettings& settings, const std::string& settings_file,
                  const kit::Fonts& fonts, const kit::Palette& palette, Intent& intent) {
    kit::wrapped_text(fonts.heading, "Comfort", palette.text);
    kit::wrapped_text(fonts.small, "Changes are kept for next time in " + settings_file + ".",
                      palette.text_soft);
    kit::gap(0.4f);

    int percent = static_cast<int>(std::lround(settings.text_scale * 100));
    kit::wrapped_text(
        fonts.ui, "Text size: " + std::to_string(percent) + "%  (Ctrl+plus, Ctrl+minus, Ctrl+0)",
        palette.text);
    if (kit::small_button("Smaller", fonts.ui, palette)) intent.text_step = -1;
    kit::same_line_if_fits("Bigger", fonts.ui);
    if (kit::small_button("Bigger", fonts.ui, palette)) intent.text_step = +1;
    kit::same_line_if_fits("Reset", fonts.ui);
    if (kit::small_button("Reset", fonts.ui, palette)) intent.text_reset = true;
    kit::gap(0.4f);

    kit::wrapped_text(fonts.ui,
                      std::string("Colours: ") + kit::theme_name(settings.theme) + "  (Ctrl+T)",
                      palette.text);
    const char* names[] = {"Light", "Dark", "High contrast"};
    const char* in_use[] = {"Light (in use)", "Dark (in use)", "High contrast (in use)"};
    for (int i = 0; i < 3; ++i) {
        bool current = static_cast<int>(settings.theme) == i;
        const char* label = current ? in_use[i] : names[i];
        if (i > 0) kit::same_line_if_fits(label, fonts.ui);
        if (kit::small_button(label, fonts.ui, palette) && !current)
            intent.theme = static_cast<kit::Theme>(i);
    }
    kit::gap(0.4f);

    kit::wrapped_text(
        fonts.ui,
        std::string("Motion: ") +
            (settings.reduced_motion ? "reduced (nothing moves)" : "gentle animation") +
            "  (Ctrl+M)",
        palette.text);
    if (kit::small_button(settings.reduced_motion ? "Allow gentle animation" : "Reduce motion",
                          fonts.ui, palette))
        intent.toggle_motion = true;
    kit::gap(0.4f);

    kit::wrapped_text(
        fonts.ui,
        "Help lines: the crisis lines and people you can reach where you live, shown first "
        "when you press Get help now.",
        palette.text);
    if (kit::small_button(kSetUpHelpLinesLabel.data(), fonts.ui, palette))
        intent.panel = Panel::help_lines;
    kit::gap(0.6f);
    if (kit::small_button("Done", fonts.ui, palette)) intent.panel = Panel::none;
}

} // namespace heartflow::player

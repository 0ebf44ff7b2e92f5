// The comfort panel.
#include "player/comfort_view.h"

#include "heartflow/help_lines.h"
#include "player/widgets.h"

#include <cmath>

namespace heartflow::gui {

void draw_comfort(const ComfortSettings& settings, const std::string& settings_file, const Fonts& fonts,
                  const Palette& palette, Intent& intent) {
    wrapped_text(fonts.heading, "Comfort", palette.text);
    wrapped_text(fonts.small, "Changes are kept for next time in " + settings_file + ".", palette.text_soft);
    gap(0.4f);

    int percent = static_cast<int>(std::lround(settings.text_scale * 100));
    wrapped_text(fonts.ui, "Text size: " + std::to_string(percent) + "%  (Ctrl+plus, Ctrl+minus, Ctrl+0)", palette.text);
    if (small_button("Smaller", fonts.ui, palette)) intent.text_step = -1;
    same_line_if_fits("Bigger", fonts.ui);
    if (small_button("Bigger", fonts.ui, palette)) intent.text_step = +1;
    same_line_if_fits("Reset", fonts.ui);
    if (small_button("Reset", fonts.ui, palette)) intent.text_reset = true;
    gap(0.4f);

    wrapped_text(fonts.ui, std::string("Colours: ") + theme_name(settings.theme) + "  (Ctrl+T)", palette.text);
    const char* names[] = {"Light", "Dark", "High contrast"};
    const char* in_use[] = {"Light (in use)", "Dark (in use)", "High contrast (in use)"};
    for (int i = 0; i < 3; ++i) {
        bool current = static_cast<int>(settings.theme) == i;
        const char* label = current ? in_use[i] : names[i];
        if (i > 0) same_line_if_fits(label, fonts.ui);
        if (small_button(label, fonts.ui, palette) && !current) intent.theme = static_cast<Theme>(i);
    }
    gap(0.4f);

    wrapped_text(fonts.ui, std::string("Motion: ") + (settings.reduced_motion ? "reduced (nothing moves)" : "gentle animation") +
                               "  (Ctrl+M)", palette.text);
    if (small_button(settings.reduced_motion ? "Allow gentle animation" : "Reduce motion", fonts.ui, palette))
        intent.toggle_motion = true;
    gap(0.4f);

    wrapped_text(
        fonts.ui,
        "Help lines: the crisis lines and people you can reach where you live, shown first "
        "when you press Get help now.",
        palette.text);
    if (small_button(kSetUpHelpLinesLabel.data(), fonts.ui, palette))
        intent.panel = Panel::help_lines;
    gap(0.6f);
    if (small_button("Done", fonts.ui, palette)) intent.panel = Panel::none;
}

} // namespace heartflow::gui

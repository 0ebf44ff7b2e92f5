// The error and resume screens.
#include "player/notice_views.h"

#include "heartflow/transcript.h"
#include "kit/widgets.h"

namespace heartflow::player {

void draw_flow_errors(const std::string& path, const std::vector<Diagnostic>& diagnostics,
                      bool can_keep_going, const kit::Fonts& fonts, const kit::Palette& palette,
                      Intent& intent) {
    kit::wrapped_text(fonts.heading, "This flow has problems to fix", palette.text);
    kit::wrapped_text(
        fonts.ui,
        "Nothing is lost. Fix the lines below and save the file; the player reloads it by itself.",
        palette.text_soft);
    kit::gap(0.4f);
    for (const Diagnostic& d : diagnostics)
        kit::wrapped_text(fonts.small, format_diagnostic(path, d),
                          d.severity == Severity::error ? palette.text : palette.text_soft);
    kit::gap(0.4f);
    if (can_keep_going && kit::choice_button("##keep", "Keep going with the version that worked", 1,
                                             fonts.body, palette))
        intent.choose = 1;
    if (kit::small_button("Close", fonts.ui, palette)) intent.close = true;
}

void draw_resume_offer(const StoredSession& saved, const std::string& place,
                       const kit::Fonts& fonts, const kit::Palette& palette, Intent& intent) {
    kit::wrapped_text(fonts.heading, "Welcome back", palette.text);
    kit::wrapped_text(fonts.body,
                      "Last time (" + format_local_time(saved.snapshot.started_at_ms) +
                          ") you paused at \"" + place + "\". Your words from then are kept.",
                      palette.text);
    kit::gap(0.5f);
    if (kit::choice_button("##continue", "Continue where I left off", 1, fonts.body, palette))
        intent.choose = 1;
    if (kit::choice_button("##fresh", "Start from the beginning", 2, fonts.body, palette))
        intent.choose = 2;
}

} // namespace heartflow::player

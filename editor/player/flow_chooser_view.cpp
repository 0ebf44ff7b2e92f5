// The flow chooser.
#include "player/flow_chooser_view.h"

#include "kit/widgets.h"

#include <cstdio>
#include <optional>

namespace heartflow::player {

using namespace kit;

void draw_flow_chooser(const std::vector<CatalogEntry>& flows, const Fonts& fonts,
                       const Palette& palette, Intent& intent) {
    wrapped_text(fonts.heading, "Which flow would you like to walk through?", palette.text);
    wrapped_text(
        fonts.small,
        "Each one is a guide for reflection, not therapy. You can pause at any time, and Get help "
        "now is always one step away.",
        palette.text_soft);
    gap(0.3f);
    if (flows.empty()) {
        wrapped_text(
            fonts.body,
            "No flows were found beside heartflow. Open one by name: heartflow play FILE.toml",
            palette.text);
        return;
    }
    for (std::size_t i = 0; i < flows.size(); ++i) {
        const CatalogEntry& flow = flows[i];
        char id[32];
        std::snprintf(id, sizeof id, "##flow%zu", i);
        std::optional<int> number =
            i < 9 ? std::optional<int>(static_cast<int>(i) + 1) : std::nullopt;
        if (choice_button(id, flow.title, number, fonts.body, palette, 0.45f))
            intent.choose = i + 1;
        std::string about = flow.summary;
        if (std::string time = describe_minutes(flow.minutes); !time.empty())
            about += (about.empty() ? "" : " ") + time + ".";
        if (!about.empty()) wrapped_text(fonts.small, about, palette.text_soft);
        gap(0.35f);
    }
}

} // namespace heartflow::player

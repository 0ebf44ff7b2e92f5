// The two views of present mode over one PresentController: the presenter console (everything
// the host needs: the node, their notes, the numbered choices and where each leads, the timer,
// the chart with the path) and the audience window (clean, large type, optional chroma-key
// background and chart). On the help path both show the help lines first (step_blocks.h); the
// audience window leaves them out while the host hides them from air. ImGui only: the app owns the
// windows and calls each view in its own ImGui context.
#pragma once

#include "kit/fonts.h"
#include "kit/theme.h"
#include "present/console_header.h"
#include "present/flow_chart.h"
#include "present/present_controller.h"
#include "present/present_keys.h"
#include "present/step_blocks.h"
#include "present/step_transition.h"

#include <imgui.h>

#include <optional>
#include <string>
#include <vector>

namespace heartflow::present {

/// What both views read in a frame.
struct PresentFrame {
    const PresentController& show; ///< The show.
    const ChartModel& chart;       ///< The laid-out flow.
    const ChartMarks& marks;       ///< The path's marks on it.
    const PresentKeys& keys;       ///< Key bindings (for the console's hints).
    const HelpBlock& help;         ///< The help lines shown on the help path.
    const kit::Fonts& fonts;       ///< This window's fonts.
    kit::Theme theme;              ///< Colours.
    bool reduced_motion = false;   ///< Still: no easing, no pulse.
    double now = 0.0;              ///< Steady time in seconds (drives easing).
    std::string status;            ///< A line about the show notes file for the console.
    std::string host_notice; ///< A standing warning for the host only (a missing font); "" none.
};

/// The node the highlighted choice leads to, as the chart outlines it.
[[nodiscard]] std::optional<std::uint32_t> preview_of(const PresentController& show);

/// Font sizes of the presenter console for a window `height` units tall and a text scale.
[[nodiscard]] kit::FontSizes presenter_font_sizes(float height, float text_scale);

/// Font sizes of the audience window for a window `height` units tall and a text scale.
[[nodiscard]] kit::FontSizes audience_font_sizes(float height, float text_scale);

/// The presenter console.
class PresenterView {
public:
    /// Draws the console over the whole window; returns the commands its buttons gave.
    std::vector<PresentCommand> draw(const PresentFrame& frame);
    /// True while something on the console moves.
    [[nodiscard]] bool animating(const PresentFrame& frame) const;
    /// Where the top bar's parts went in the last frame drawn.
    [[nodiscard]] const HeaderLayout& header() const { return header_; }

private:
    void draw_top_bar(const PresentFrame& frame, std::vector<PresentCommand>& out);
    void draw_node(const PresentFrame& frame, std::vector<PresentCommand>& out);
    void draw_choices(const PresentFrame& frame, std::vector<PresentCommand>& out);
    void draw_bottom_bar(const PresentFrame& frame);

    StepTransition step_;
    HeaderLayout header_;
};

/// How the audience window looks.
struct AudienceLook {
    std::optional<ImVec4> chroma_key; ///< Background key colour for OBS; empty: the theme's.
};

/// The audience window.
class AudienceView {
public:
    /// Draws the audience's view over the whole window.
    void draw(const PresentFrame& frame, const AudienceLook& look);
    /// True while something in the window moves.
    [[nodiscard]] bool animating(const PresentFrame& frame) const;

private:
    void draw_text_card(const PresentFrame& frame, const AudienceLook& look, ImVec2 min, ImVec2 max,
                        float fade);

    StepTransition step_;
    bool blank_ = false;
    double blank_since_ = -1e9;
};

} // namespace heartflow::present

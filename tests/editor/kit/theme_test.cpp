// Every theme's text meets WCAG AA (4.5:1) against everything it is drawn on, computed from the
// theme's own colours: the background gradient's ends, choice buttons (at rest, under the mouse,
// pressed; drawn translucent over the background), panels, the help button, notices and the
// chosen rating.
#include "kit/contrast.h"
#include "kit/theme.h"

#include <doctest/doctest.h>

#include <string>

using namespace heartflow::kit;

namespace {

constexpr double kAA = 4.5;

// Checks `text` (named `what`) against `under` in `theme`.
void check(Theme theme, const char* what, const ImVec4& text, const char* on, const ImVec4& under) {
    INFO(theme_name(theme), ": ", what, " on ", on);
    CHECK(contrast_ratio(text, under) >= kAA);
}

} // namespace

TEST_CASE("WCAG luminance and contrast match the definition's fixed points") {
    CHECK(relative_luminance(ImVec4(0, 0, 0, 1)) == doctest::Approx(0.0));
    CHECK(relative_luminance(ImVec4(1, 1, 1, 1)) == doctest::Approx(1.0));
    CHECK(contrast_ratio(ImVec4(0, 0, 0, 1), ImVec4(1, 1, 1, 1)) == doctest::Approx(21.0));
    // #767676 on white is the well-known 4.54:1.
    const float g = 0x76 / 255.0f;
    CHECK(contrast_ratio(ImVec4(g, g, g, 1), ImVec4(1, 1, 1, 1)) ==
          doctest::Approx(4.54).epsilon(0.01));
}

TEST_CASE("each theme's text meets 4.5:1 on every background it is drawn on") {
    for (Theme theme : {Theme::light, Theme::dark, Theme::high_contrast}) {
        const Palette& p = palette(theme);
        for (const auto& [end, background] :
             {std::pair{"top", p.background_top}, {"bottom", p.background_bottom}}) {
            const std::string at = std::string(" at the ") + end;
            const ImVec4 button = composite(p.button, background),
                         panel = composite(p.panel, background);
            for (const auto& [what, text] :
                 {std::pair{"text", p.text}, {"soft text", p.text_soft}}) {
                check(theme, what, text, ("the background" + at).c_str(), background);
                check(theme, what, text, ("a button" + at).c_str(), button);
                check(theme, what, text, ("a panel" + at).c_str(), panel);
            }
            check(theme, "a notice", p.focus, ("the background" + at).c_str(), background);
            check(theme, "a notice", p.focus, ("a panel" + at).c_str(), panel);
        }
        for (const auto& [what, text] : {std::pair{"text", p.text}, {"soft text", p.text_soft}}) {
            check(theme, what, text, "a button under the mouse", p.button_hover);
            check(theme, what, text, "a pressed button", p.button_active);
        }
        check(theme, "help button text", text_on_fill(), "the help button", p.help);
        check(theme, "help button text", text_on_fill(), "the help button under the mouse",
              fill_hovered(p.help));
        check(theme, "help button text", text_on_fill(), "the pressed help button",
              fill_pressed(p.help));
        check(theme, "the chosen rating", p.background_top, "its fill", p.focus);
    }
}

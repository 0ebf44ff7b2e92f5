// The presenter console's top bar laid out from the sizes of its parts: the flow's title with the
// walk's place, the show timer and the host's buttons. One row when everything fits; else the
// title and the timer on the first row and the buttons flowing over the rows below. No part
// overlaps another, at any window width and text size. Pure arithmetic, so tests read it.
#pragma once

#include "present/pixel_rect.h"

#include <vector>

namespace heartflow::present {

/// The sizes the header is made of.
struct HeaderParts {
    ImVec2 title;                ///< The title's whole size (it is clipped to the room left).
    float title_least = 0.0f;    ///< Width the title keeps beside the buttons on one row.
    ImVec2 timer;                ///< The timer's size.
    std::vector<ImVec2> buttons; ///< Each button's size, in order.
    ImVec2 spacing;              ///< Space between parts, and between rows.
};

/// Where each part of the header goes.
struct HeaderLayout {
    PixelRect title;                ///< The room for the title (narrower than it when clipped).
    PixelRect timer;                ///< The timer.
    std::vector<PixelRect> buttons; ///< Each button, parallel to HeaderParts::buttons.
    float bottom = 0.0f;            ///< Where the header ends.
};

/// Lays the header out between `left` and `right`, from `top` down.
[[nodiscard]] HeaderLayout lay_out_header(const HeaderParts& parts, float left, float right,
                                          float top);

} // namespace heartflow::present

// The console's top bar: one row if it fits, else the title and timer above the buttons.
#include "present/console_header.h"

#include <algorithm>

namespace heartflow::present {

namespace {

// A rectangle of `size` at x, centred in a row from `top` that is `row` tall.
PixelRect in_row(float x, float top, float row, ImVec2 size) {
    const float y = top + (row - size.y) * 0.5f;
    return {ImVec2(x, y), ImVec2(x + size.x, y + size.y)};
}

// The buttons flowing from `left` over rows from `top`, each row as tall as its tallest button;
// returns where the last row ends.
float flow_buttons(const HeaderParts& parts, float left, float right, float top,
                   std::vector<PixelRect>& out) {
    std::size_t i = 0;
    while (i < parts.buttons.size()) {
        std::size_t end = i + 1; // a row holds at least one button
        float width = parts.buttons[i].x, row = parts.buttons[i].y;
        while (end < parts.buttons.size() &&
               left + width + parts.spacing.x + parts.buttons[end].x <= right) {
            width += parts.spacing.x + parts.buttons[end].x;
            row = std::max(row, parts.buttons[end].y);
            ++end;
        }
        float x = left;
        for (; i < end; ++i) {
            out.push_back(in_row(x, top, row, parts.buttons[i]));
            x += parts.buttons[i].x + parts.spacing.x;
        }
        top += row + parts.spacing.y;
    }
    return top - parts.spacing.y;
}

} // namespace

HeaderLayout lay_out_header(const HeaderParts& parts, float left, float right, float top) {
    HeaderLayout out;
    const ImVec2 gap = parts.spacing;
    float buttons = 0.0f, button_h = 0.0f;
    for (const ImVec2& b : parts.buttons) {
        buttons += b.x + gap.x;
        button_h = std::max(button_h, b.y);
    }
    const bool one_row =
        left + parts.title_least + gap.x + parts.timer.x + gap.x + buttons <= right;
    const float row = std::max({parts.title.y, parts.timer.y, one_row ? button_h : 0.0f});
    float x = right - parts.timer.x;
    if (one_row) {
        float bx = right - buttons + gap.x;
        for (const ImVec2& b : parts.buttons) {
            out.buttons.push_back(in_row(bx, top, row, b));
            bx += b.x + gap.x;
        }
        x -= buttons;
    }
    out.timer = in_row(x, top, row, parts.timer);
    const float title_w = std::clamp(x - gap.x - left, 0.0f, parts.title.x);
    out.title = in_row(left, top, row, ImVec2(title_w, parts.title.y));
    out.bottom = top + row;
    if (!one_row && !parts.buttons.empty())
        out.bottom = flow_buttons(parts, left, right, out.bottom + gap.y, out.buttons);
    return out;
}

} // namespace heartflow::present

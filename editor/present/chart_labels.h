// Where the chart's labels go: each label beside its box, inside the chart, on no box and no
// other label, as near its box as there is room for. Pure geometry, so tests check the rectangles.
#pragma once

#include "present/pixel_rect.h"

#include <cstddef>
#include <optional>
#include <span>
#include <vector>

namespace heartflow::present {

/// A label to place: the box it names and the sizes it can take (its text wrapped wider or
/// narrower), the one preferred first.
struct LabelWanted {
    std::size_t box;           ///< Index into the boxes.
    std::vector<ImVec2> sizes; ///< The label's sizes, most preferred first.
};

/// Where a label went.
struct LabelPlace {
    PixelRect rect;       ///< Its rectangle.
    std::size_t size = 0; ///< Which of its sizes it took.
};

/// Places each wanted label in turn (earlier ones get the nearer places) beside its box, within
/// `bounds`, at least `gap` from every box and from each label placed before it, in the size
/// that lets it sit nearest its box (a less preferred size counts as a little further); an
/// empty entry where no place is free.
[[nodiscard]] std::vector<std::optional<LabelPlace>>
place_labels(std::span<const PixelRect> boxes, std::span<const LabelWanted> wanted,
             const PixelRect& bounds, float gap);

} // namespace heartflow::present

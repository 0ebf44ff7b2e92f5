// The chooser `heartflow play` opens with no flow named: the installed flows as large buttons,
// each with what it is for and how long it takes. They are laid out to fit the window without
// scrolling (roomy, compact, then two columns); when even that is too tall, they are shown a
// page of whole cards at a time, so no card is ever cut.
#pragma once

#include "heartflow/flow_catalog.h"
#include "kit/fonts.h"
#include "kit/theme.h"
#include "player/choice_list.h"
#include "player/intent.h"

#include <cstddef>
#include <string>
#include <vector>

namespace heartflow::player {

/// Every string the chooser shows for `flows`, in its own words and each card's: its heading
/// and the line under it, each flow's title and what it is for and how long it takes (so the
/// app can build their glyphs).
[[nodiscard]] std::vector<std::string> chooser_strings(const std::vector<CatalogEntry>& flows);

/// The flow chooser and the page of it on screen.
class FlowChooser {
public:
    /// Draws the flows to choose from in the rest of the current column and appends each card's
    /// rectangle (button and summary) to `drawn.choices`, in order; a click sets `intent.choose`
    /// to the flow's 1-based number (the keys 1-9 do the same through the player's key map).
    void draw(const std::vector<CatalogEntry>& flows, const kit::Fonts& fonts,
              const kit::Palette& palette, Intent& intent, DrawnLayout& drawn);

    /// The 1-based number of the first flow on screen (1 unless the flows are paged).
    [[nodiscard]] std::size_t first_shown() const { return first_ + 1; }

private:
    std::size_t first_ = 0; // the first card of the page on screen
};

} // namespace heartflow::player

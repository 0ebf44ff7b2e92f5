// Screens whose actions stay in view: the words above scroll in their own region and the row of
// actions under them keeps its place at the bottom of the column, as a step's choices do (the
// way back from help, the ending's transcript and close, the calm screen after Pause).
#pragma once

#include <imgui.h>

#include <vector>

namespace heartflow::player {

/// The height of small buttons labelled `labels` in `font`, put side by side while they fit in
/// `width` and on a new line when they do not (as kit::same_line_if_fits places them).
[[nodiscard]] float small_buttons_height(const std::vector<const char*>& labels, ImFont* font,
                                         float width);

/// Begins the region that scrolls above a footer `footer_height` pixels tall: it takes the rest
/// of the column. Call end_above_footer() after its contents, then draw the footer.
void begin_above_footer(const char* id, float footer_height);

/// Ends the region begun by begin_above_footer(); the cursor is then at the footer's top.
void end_above_footer();

} // namespace heartflow::player

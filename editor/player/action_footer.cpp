// The footer of actions under a scrolling region.
#include "player/action_footer.h"

#include "kit/widgets.h"

#include <algorithm>
#include <cmath>

namespace heartflow::player {

float small_buttons_height(const std::vector<const char*>& labels, ImFont* font, float width) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float row = font->FontSize + 2 * style.FramePadding.y;
    float height = 0.0f, x = width; // x past the width: the first button starts a row
    for (const char* label : labels) {
        const float w = kit::button_width(label, font);
        if (x + style.ItemSpacing.x + w > width) {
            height += (height > 0.0f ? style.ItemSpacing.y : 0.0f) + row;
            x = w;
        } else {
            x += style.ItemSpacing.x + w;
        }
    }
    return height;
}

void begin_above_footer(const char* id, float footer_height) {
    const float room =
        ImGui::GetContentRegionAvail().y - footer_height - ImGui::GetStyle().ItemSpacing.y;
    ImGui::BeginChild(id, ImVec2(0, std::floor(std::max(ImGui::GetFontSize() * 2.0f, room))), false,
                      ImGuiWindowFlags_NavFlattened);
}

void end_above_footer() {
    ImGui::EndChild();
}

} // namespace heartflow::player

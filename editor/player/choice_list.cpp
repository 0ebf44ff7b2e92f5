// Choice layouts, roomiest first.
#include "player/choice_list.h"

#include "kit/widgets.h"

#include <algorithm>
#include <cstdio>
#include <optional>
#include <span>

namespace heartflow::player {

namespace {

// The layouts tried in order: roomy, compact, two compact columns, two dense columns, then
// denser in the interface font and last in the hint font.
constexpr ChoiceFit kFits[] = {{0.7f, 1},     {0.4f, 1},     {0.25f, 1},   {0.4f, 2},
                               {0.2f, 2},     {0.4f, 1, 1},  {0.3f, 2, 1}, {0.15f, 2, 1},
                               {0.08f, 2, 1}, {0.15f, 2, 2}, {0.08f, 2, 2}};
// The first of kFits a compact layout tries.
constexpr std::size_t kFirstCompact = 2;

// The width of one column of `columns` in `width`.
float column_width(float width, int columns) {
    return (width - ImGui::GetStyle().ItemSpacing.x * static_cast<float>(columns - 1)) /
           static_cast<float>(columns);
}

// The gap between choices: the style's, narrowed as the padding is.
float row_gap(float padding) {
    return ImGui::GetStyle().ItemSpacing.y * std::min(1.0f, padding / kFits[0].padding);
}

// The height of `labels` laid out with `padding` in `columns` columns of `width`.
float height_of(const std::vector<std::string_view>& labels, ImFont* font, float padding,
                int columns, float width) {
    const float w = column_width(width, columns);
    const float spacing = row_gap(padding);
    float total = 0.0f;
    for (std::size_t row = 0; row < labels.size(); row += static_cast<std::size_t>(columns)) {
        float tallest = 0.0f;
        for (std::size_t i = row; i < std::min(labels.size(), row + columns); ++i)
            tallest =
                std::max(tallest, kit::choice_button_height(labels[i], i < 9, font, padding, w));
        total += tallest + (row > 0 ? spacing : 0.0f);
    }
    return total;
}

} // namespace

ChoiceFit fit_choices(const std::vector<std::string_view>& labels,
                      const std::array<ImFont*, 3>& fonts, float width, float room, bool compact) {
    ChoiceFit fit;
    for (ChoiceFit f : std::span(kFits).subspan(compact ? kFirstCompact : 0)) {
        f.font = fonts[static_cast<std::size_t>(f.smaller)];
        f.height = height_of(labels, f.font, f.padding, f.columns, width);
        fit = f;
        if (f.height <= room) break;
    }
    return fit;
}

std::size_t draw_choice_list(const std::vector<std::string_view>& labels, const ChoiceFit& fit,
                             const kit::Palette& palette,
                             std::vector<std::pair<ImVec2, ImVec2>>& drawn) {
    const float w = column_width(ImGui::GetContentRegionAvail().x, fit.columns);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing,
                        ImVec2(ImGui::GetStyle().ItemSpacing.x, row_gap(fit.padding)));
    std::size_t pressed = 0;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (i % fit.columns != 0) ImGui::SameLine();
        std::optional<int> number =
            i < 9 ? std::optional<int>(static_cast<int>(i) + 1) : std::nullopt;
        char id[32];
        std::snprintf(id, sizeof id, "##choice%zu", i);
        if (kit::choice_button(id, labels[i], number, fit.font, palette, fit.padding, w))
            pressed = i + 1;
        drawn.emplace_back(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    }
    ImGui::PopStyleVar();
    return pressed;
}

} // namespace heartflow::player

// The flow chooser.
#include "player/flow_chooser_view.h"

#include "kit/widgets.h"

#include <algorithm>
#include <cfloat>
#include <cstdio>
#include <optional>
#include <span>
#include <string>

namespace heartflow::player {

namespace {

// How the cards are laid out: padding around a title (a fraction of the font size), columns.
struct CardFit {
    float padding = 0.45f;
    int columns = 1;
    bool smaller = false; // titles in the interface font instead of the reading font
};

// Roomiest first; a page of cards uses the compact single column.
constexpr CardFit kCardFits[] = {{0.45f, 1}, {0.25f, 1}, {0.3f, 2}, {0.15f, 2}};
// A page of cards: compact, and with smaller titles when one card alone would not fit.
constexpr CardFit kPagedFits[] = {{0.2f, 1}, {0.15f, 1, true}};

constexpr const char* kHeading = "Which flow would you like to walk through?";
constexpr const char* kIntro = "Each one is a guide for reflection, not therapy. You can pause at "
                               "any time, and Get help now is always one step away.";

constexpr const char* kNoFlows =
    "No flows were found beside heartflow. Open one by name: heartflow play FILE.toml";

// A flow as its card shows it: the title on the button, what it is for and how long under it.
struct Card {
    std::string title;
    std::string about;
};

Card card_of(const CatalogEntry& flow) {
    Card card{flow.title, flow.summary};
    if (std::string time = describe_minutes(flow.minutes); !time.empty())
        card.about += (card.about.empty() ? "" : " ") + time + ".";
    return card;
}

// The space between a card's button and its summary, and between two rows of cards.
float inner_gap(const kit::Fonts& fonts) {
    return fonts.small->FontSize * 0.3f;
}
float card_row_gap(const kit::Fonts& fonts, const CardFit& fit) {
    return fonts.body->FontSize * (fit.padding >= kCardFits[0].padding   ? 0.6f
                                   : fit.padding >= kCardFits[1].padding ? 0.35f
                                                                         : 0.25f);
}

float card_width(float width, int columns) {
    return (width - ImGui::GetStyle().ItemSpacing.x * static_cast<float>(columns - 1)) /
           static_cast<float>(columns);
}

float card_height(const Card& card, bool numbered, const kit::Fonts& fonts, const CardFit& fit,
                  float width) {
    ImFont* title = fit.smaller ? fonts.ui : fonts.body;
    float h = kit::choice_button_height(card.title, numbered, title, fit.padding, width);
    if (!card.about.empty())
        h +=
            inner_gap(fonts) +
            fonts.small->CalcTextSizeA(fonts.small->FontSize, FLT_MAX, width, card.about.c_str()).y;
    return h;
}

// The height of cards [from, to) laid out as `fit` lays them out in `width`.
float cards_height(std::span<const Card> cards, std::size_t from, std::size_t to,
                   const CardFit& fit, const kit::Fonts& fonts, float width) {
    const float w = card_width(width, fit.columns);
    const auto step = static_cast<std::size_t>(fit.columns);
    float total = 0.0f;
    for (std::size_t row = from; row < to; row += step) {
        float tallest = 0.0f;
        for (std::size_t i = row; i < std::min(to, row + step); ++i)
            tallest = std::max(tallest, card_height(cards[i], i < 9, fonts, fit, w));
        total += tallest + (row > from ? card_row_gap(fonts, fit) : 0.0f);
    }
    return total;
}

// The end of the page that starts at `first`: as many whole cards as fit `room` (one at least).
std::size_t page_end(std::span<const Card> cards, std::size_t first, const CardFit& fit,
                     const kit::Fonts& fonts, float width, float room) {
    std::size_t end = first + 1;
    while (end < cards.size() && cards_height(cards, first, end + 1, fit, fonts, width) <= room)
        ++end;
    return end;
}

// The start of the page before the one that starts at `first`.
std::size_t page_before(std::span<const Card> cards, std::size_t first, const CardFit& fit,
                        const kit::Fonts& fonts, float width, float room) {
    std::size_t start = first == 0 ? 0 : first - 1;
    while (start > 0 && cards_height(cards, start - 1, first, fit, fonts, width) <= room)
        --start;
    return start;
}

// Draws cards [from, to) as `fit` lays them out; returns the 1-based number of the one pressed.
std::size_t draw_cards(std::span<const Card> cards, std::size_t from, std::size_t to,
                       const CardFit& fit, const kit::Fonts& fonts, const kit::Palette& palette,
                       DrawnLayout& drawn) {
    const float w = card_width(ImGui::GetContentRegionAvail().x, fit.columns);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing,
                        ImVec2(ImGui::GetStyle().ItemSpacing.x, inner_gap(fonts)));
    std::size_t pressed = 0;
    for (std::size_t i = from; i < to; ++i) {
        const std::size_t place = i - from;
        if (place % fit.columns != 0) {
            ImGui::SameLine();
        } else if (place > 0) {
            ImGui::SetCursorPosY(ImGui::GetCursorPosY() + card_row_gap(fonts, fit) -
                                 inner_gap(fonts));
        }
        ImGui::BeginGroup();
        char id[32];
        std::snprintf(id, sizeof id, "##flow%zu", i);
        std::optional<int> number =
            i < 9 ? std::optional<int>(static_cast<int>(i) + 1) : std::nullopt;
        if (kit::choice_button(id, cards[i].title, number, fit.smaller ? fonts.ui : fonts.body,
                               palette, fit.padding, w))
            pressed = i + 1;
        if (!cards[i].about.empty()) {
            ImGui::PushFont(fonts.small);
            ImGui::PushStyleColor(ImGuiCol_Text, palette.text_soft);
            ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + w);
            ImGui::TextUnformatted(cards[i].about.c_str());
            ImGui::PopTextWrapPos();
            ImGui::PopStyleColor();
            ImGui::PopFont();
        }
        ImGui::EndGroup();
        drawn.choices.emplace_back(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    }
    ImGui::PopStyleVar();
    return pressed;
}

// The height of the row under a page: a line of text beside small buttons.
float pager_height(const kit::Fonts& fonts) {
    return fonts.ui->FontSize + 2 * ImGui::GetStyle().FramePadding.y +
           card_row_gap(fonts, kPagedFits[0]);
}

// The height the heading (in `heading`) and the line under it take in `width`.
float header_height(ImFont* heading, const kit::Fonts& fonts, float width) {
    auto height = [width](ImFont* f, const char* text) {
        return f->CalcTextSizeA(f->FontSize, FLT_MAX, width, text).y;
    };
    return height(heading, kHeading) + height(fonts.small, kIntro) + ImGui::GetFontSize() * 0.3f +
           3 * ImGui::GetStyle().ItemSpacing.y;
}

// The layout of a page: the first of kPagedFits in which each card fits `room` alone.
CardFit paged_fit(std::span<const Card> cards, const kit::Fonts& fonts, ImVec2 room) {
    for (const CardFit& fit : kPagedFits) {
        bool each = true;
        for (std::size_t i = 0; i < cards.size(); ++i)
            each = each && cards_height(cards, i, i + 1, fit, fonts, room.x) <= room.y;
        if (each) return fit;
    }
    return kPagedFits[std::size(kPagedFits) - 1];
}

// True when every card fits `height` in one of the layouts.
bool all_fit(std::span<const Card> cards, const kit::Fonts& fonts, ImVec2 room) {
    return std::any_of(std::begin(kCardFits), std::end(kCardFits), [&](const CardFit& fit) {
        return cards_height(cards, 0, cards.size(), fit, fonts, room.x) <= room.y;
    });
}

} // namespace

std::vector<std::string> chooser_strings(const std::vector<CatalogEntry>& flows) {
    std::vector<std::string> strings{kHeading, kIntro, kNoFlows};
    for (const CatalogEntry& flow : flows) {
        Card card = card_of(flow);
        strings.push_back(std::move(card.title));
        strings.push_back(std::move(card.about));
    }
    return strings;
}

void FlowChooser::draw(const std::vector<CatalogEntry>& flows, const kit::Fonts& fonts,
                       const kit::Palette& palette, Intent& intent, DrawnLayout& drawn) {
    std::vector<Card> cards;
    for (const CatalogEntry& flow : flows)
        cards.push_back(card_of(flow));
    // The heading is smaller when the flows come a page at a time, to leave them the room.
    const ImVec2 whole = ImGui::GetContentRegionAvail();
    const float roomy_header = header_height(fonts.heading, fonts, whole.x);
    const bool paged = !all_fit(cards, fonts, ImVec2(whole.x, whole.y - roomy_header));
    kit::wrapped_text(paged ? fonts.body : fonts.heading, kHeading, palette.text);
    kit::wrapped_text(fonts.small, kIntro, palette.text_soft);
    kit::gap(0.3f);
    if (flows.empty()) {
        kit::wrapped_text(fonts.body, kNoFlows, palette.text);
        return;
    }
    const ImVec2 room = ImGui::GetContentRegionAvail();
    for (const CardFit& fit : kCardFits) {
        if (cards_height(cards, 0, cards.size(), fit, fonts, room.x) > room.y) continue;
        first_ = 0;
        if (std::size_t chosen = draw_cards(cards, 0, cards.size(), fit, fonts, palette, drawn))
            intent.choose = chosen;
        return;
    }
    // Not even two dense columns fit: a page of whole cards, and a way to the others.
    const float page_room = room.y - pager_height(fonts);
    const CardFit fit = paged_fit(cards, fonts, ImVec2(room.x, page_room));
    first_ = std::min(first_, cards.size() - 1);
    const std::size_t end = page_end(cards, first_, fit, fonts, room.x, page_room);
    if (std::size_t chosen = draw_cards(cards, first_, end, fit, fonts, palette, drawn))
        intent.choose = chosen;
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + card_row_gap(fonts, fit) -
                         inner_gap(fonts)); // the cards' own spacing is behind the cursor
    const std::string shown = "Flows " + std::to_string(first_ + 1) + " to " + std::to_string(end) +
                              " of " + std::to_string(cards.size());
    const float wheel = ImGui::IsWindowHovered() ? ImGui::GetIO().MouseWheel : 0.0f;
    ImGui::BeginDisabled(first_ == 0);
    if (kit::small_button("Earlier flows", fonts.small, palette) || (wheel > 0 && first_ > 0))
        first_ = page_before(cards, first_, fit, fonts, room.x, page_room);
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(end >= cards.size());
    if (kit::small_button("More flows", fonts.small, palette) || (wheel < 0 && end < cards.size()))
        first_ = end;
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    kit::wrapped_text(fonts.small, shown, palette.text_soft);
}

} // namespace heartflow::player

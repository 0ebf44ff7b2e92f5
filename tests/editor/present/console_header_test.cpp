// Tests for the presenter console's top bar: one row when it fits, rows of buttons below the
// title and the timer when it does not, and no part over another either way.
#include "present/console_header.h"

#include <doctest/doctest.h>

using namespace heartflow::present;

namespace {

// Every part of `layout` as one list.
std::vector<PixelRect> parts_of(const HeaderLayout& layout) {
    std::vector<PixelRect> all{layout.title, layout.timer};
    all.insert(all.end(), layout.buttons.begin(), layout.buttons.end());
    return all;
}

// Fails when two parts overlap or one leaves [left, right].
void check_apart(const HeaderLayout& layout, float left, float right) {
    const std::vector<PixelRect> all = parts_of(layout);
    for (std::size_t i = 0; i < all.size(); ++i) {
        CAPTURE(i);
        CHECK(all[i].min.x >= left);
        CHECK(all[i].max.x <= right);
        CHECK(all[i].max.y <= layout.bottom);
        for (std::size_t j = i + 1; j < all.size(); ++j) {
            CAPTURE(j);
            CHECK_FALSE(overlaps(all[i], all[j]));
        }
    }
}

HeaderParts sample_parts(float scale) {
    HeaderParts parts;
    parts.title = ImVec2(330 * scale, 17 * scale);
    parts.title_least = 200 * scale;
    parts.timer = ImVec2(150 * scale, 28 * scale);
    for (float w : {100.0f, 250.0f, 130.0f, 55.0f, 125.0f})
        parts.buttons.emplace_back(w * scale, 25 * scale);
    parts.spacing = ImVec2(8, 6);
    return parts;
}

} // namespace

TEST_CASE("the console header is one row when it fits, buttons at the right") {
    const HeaderLayout layout = lay_out_header(sample_parts(1.0f), 16, 1264, 8);
    check_apart(layout, 16, 1264);
    CHECK(layout.bottom == doctest::Approx(8 + 28));
    CHECK(layout.buttons.back().max.x == doctest::Approx(1264));
    CHECK(layout.timer.max.x <= layout.buttons.front().min.x);
    CHECK(layout.title.max.x - layout.title.min.x == doctest::Approx(330));
}

TEST_CASE("a narrow or large-text header puts the buttons on rows below, never over the timer") {
    for (float scale : {1.0f, 1.4f, 2.0f}) {
        for (float right : {784.0f, 1008.0f, 1264.0f}) {
            CAPTURE(scale);
            CAPTURE(right);
            const HeaderLayout layout = lay_out_header(sample_parts(scale), 16, right, 8);
            check_apart(layout, 16, right);
        }
    }
    const HeaderLayout two = lay_out_header(sample_parts(2.0f), 16, 784, 8);
    CHECK(two.buttons.front().min.y >= two.timer.max.y); // buttons start below the first row
    CHECK(two.timer.max.x == doctest::Approx(784));
    CHECK(two.bottom == doctest::Approx(two.buttons.back().max.y));
}

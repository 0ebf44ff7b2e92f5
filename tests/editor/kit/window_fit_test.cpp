// A new window fits the monitor's work area with its frame and is centred there.
#include "kit/window_fit.h"

#include <doctest/doctest.h>

using namespace heartflow::kit;

TEST_CASE("the default window shrinks to an 800x600 screen and keeps to a roomy one") {
    const ScreenRect small = fit_window(1200, 820, ScreenRect{0, 0, 800, 600}, 0, 0, 0);
    CHECK(small.width == 800);
    CHECK(small.height == 600);
    CHECK(small.x == 0);
    CHECK(small.y == 0);
    // A title bar 30 high and borders 2 wide: the frame fits too.
    const ScreenRect framed = fit_window(1200, 820, ScreenRect{0, 24, 800, 576}, 4, 32, 30);
    CHECK(framed.width == 796);
    CHECK(framed.height == 544);
    CHECK(framed.y == 24 + 30);
    const ScreenRect roomy = fit_window(1200, 820, ScreenRect{0, 0, 1920, 1080}, 0, 0, 0);
    CHECK(roomy.width == 1200);
    CHECK(roomy.height == 820);
    CHECK(roomy.x == 360);
    CHECK(roomy.y == 130);
}

// A key pressed and released between two frames is still seen by ImGui 1.86, which reads keys as
// held or not when a frame starts; a slower press keeps its own timing; characters are untouched.
#include "kit/headless_fonts.h"
#include "kit/key_tap_hold.h"

#include <doctest/doctest.h>
#include <imgui.h>

using namespace heartflow::kit;

namespace {

constexpr int kKey = 54; // GLFW's '6', as the editor's add-node menu reads it

// Feeds a window system's key event to ImGui through `taps`, as the app's key callback does.
void key_event(KeyTapHold& taps, int key, bool down) {
    ImGuiIO& io = ImGui::GetIO();
    if (down) {
        taps.pressed(key);
        io.KeysDown[key] = true;
    } else if (taps.release_now({key, 0, 0})) {
        io.KeysDown[key] = false;
    }
}

// Starts a frame as the app does: the releases due now first. True when `key` reads as pressed.
bool frame_sees_press(KeyTapHold& taps, int key) {
    for (const KeyRelease& r : taps.frame_starts())
        ImGui::GetIO().KeysDown[r.key] = false;
    ImGui::NewFrame();
    const bool pressed = ImGui::IsKeyPressed(key, false);
    ImGui::Render();
    return pressed;
}

} // namespace

TEST_CASE("a quick tap between two frames is seen once, then released") {
    test::HeadlessFonts h(800, 600, 13.0f);
    KeyTapHold taps;
    CHECK_FALSE(frame_sees_press(taps, kKey));
    key_event(taps, kKey, true); // pressed and released during one slow frame
    key_event(taps, kKey, false);
    CHECK(taps.waiting()); // the app must draw the next frame rather than sleep
    CHECK(frame_sees_press(taps, kKey));
    CHECK(ImGui::GetIO().KeysDown[kKey]); // still down until the next frame starts
    CHECK_FALSE(frame_sees_press(taps, kKey));
    CHECK_FALSE(ImGui::GetIO().KeysDown[kKey]);
    CHECK_FALSE(taps.waiting());
}

TEST_CASE("without holding the release, the same tap is lost") {
    // What the hold guards against: ImGui 1.86 never sees a key that is up again by NewFrame.
    test::HeadlessFonts h(800, 600, 13.0f);
    ImGuiIO& io = ImGui::GetIO();
    io.KeysDown[kKey] = true;
    io.KeysDown[kKey] = false;
    ImGui::NewFrame();
    CHECK_FALSE(ImGui::IsKeyPressed(kKey, false));
    ImGui::Render();
}

TEST_CASE("a key held across frames is released at once when it goes up") {
    test::HeadlessFonts h(800, 600, 13.0f);
    KeyTapHold taps;
    key_event(taps, kKey, true);
    CHECK(frame_sees_press(taps, kKey));
    key_event(taps, kKey, false); // a frame saw it down already: passed on now
    CHECK_FALSE(ImGui::GetIO().KeysDown[kKey]);
    CHECK_FALSE(taps.waiting());
}

TEST_CASE("a modifier and a key tapped together are seen together, as Ctrl+S is") {
    test::HeadlessFonts h(800, 600, 13.0f);
    KeyTapHold taps;
    constexpr int kCtrl = 341, kS = 83; // GLFW_KEY_LEFT_CONTROL, GLFW_KEY_S
    key_event(taps, kCtrl, true);
    key_event(taps, kS, true);
    key_event(taps, kS, false);
    key_event(taps, kCtrl, false);
    for (const KeyRelease& r : taps.frame_starts())
        ImGui::GetIO().KeysDown[r.key] = false;
    ImGui::NewFrame();
    CHECK(ImGui::IsKeyDown(kCtrl));
    CHECK(ImGui::IsKeyPressed(kS, false));
    ImGui::Render();
    CHECK_FALSE(frame_sees_press(taps, kS));
    CHECK_FALSE(ImGui::GetIO().KeysDown[kCtrl]);
}

TEST_CASE("a second tap of the same key within one frame merges with the first") {
    test::HeadlessFonts h(800, 600, 13.0f);
    KeyTapHold taps;
    key_event(taps, kKey, true);
    key_event(taps, kKey, false);
    key_event(taps, kKey, true);
    key_event(taps, kKey, false);
    CHECK(frame_sees_press(taps, kKey));
    CHECK_FALSE(frame_sees_press(taps, kKey));
    CHECK_FALSE(ImGui::GetIO().KeysDown[kKey]);
}

// Keeps a quick key tap from being lost: ImGui 1.86 reads each key as held or not when a frame
// starts, so a key pressed and released between two frames (a tap during a slow frame) would never
// be seen. Its release is held back until a frame has seen the key down. Presses are never
// delayed, so they keep their order with the characters typed around them. Backend-neutral: the
// app feeds it its window system's key events.
#pragma once

#include <vector>

namespace heartflow::kit {

/// A key's release, as the window system reported it.
struct KeyRelease {
    int key = 0;      ///< The window system's key code.
    int scancode = 0; ///< The window system's scan code.
    int mods = 0;     ///< The modifiers held.
};

/// Decides when each key release reaches ImGui.
class KeyTapHold {
public:
    /// A key went down (passed on at once); a release of it still held back is forgotten, so a
    /// second tap within one frame merges with the first.
    void pressed(int key);
    /// A key went up: true to pass it on now, false when it is held for a later frame.
    [[nodiscard]] bool release_now(const KeyRelease& release);
    /// Called as a frame starts, before ImGui reads the keys: the releases to pass on now.
    [[nodiscard]] std::vector<KeyRelease> frame_starts();
    /// True while a release waits, so the app draws the next frame instead of sleeping.
    [[nodiscard]] bool waiting() const { return !held_.empty() || !due_.empty(); }

private:
    std::vector<int> pressed_since_frame_;
    std::vector<KeyRelease> held_; // released before any frame saw the key down
    std::vector<KeyRelease> due_;  // the last frame saw the key down: passed on at the next
};

} // namespace heartflow::kit

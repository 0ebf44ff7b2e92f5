// Holding back a quick tap's release until a frame has seen the key down.
#include "kit/key_tap_hold.h"

#include <algorithm>
#include <utility>

namespace heartflow::kit {

namespace {

void forget(std::vector<KeyRelease>& releases, int key) {
    releases.erase(std::remove_if(releases.begin(), releases.end(),
                                  [key](const KeyRelease& r) { return r.key == key; }),
                   releases.end());
}

} // namespace

void KeyTapHold::pressed(int key) {
    forget(held_, key);
    forget(due_, key);
    pressed_since_frame_.push_back(key);
}

bool KeyTapHold::release_now(const KeyRelease& release) {
    const bool tapped = std::find(pressed_since_frame_.begin(), pressed_since_frame_.end(),
                                  release.key) != pressed_since_frame_.end();
    if (tapped) held_.push_back(release);
    return !tapped;
}

std::vector<KeyRelease> KeyTapHold::frame_starts() {
    pressed_since_frame_.clear();
    return std::exchange(due_, std::exchange(held_, {}));
}

} // namespace heartflow::kit

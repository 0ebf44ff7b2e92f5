// Which scripts the windowed player's fonts need, from the text it can show, so its first frame
// builds only the basic glyphs when the flow needs no more (see docs/performance.md); and which
// CJK characters, one by one, since a whole CJK font is too large to build.
#pragma once

#include "player/player.h"

#include <cstdint>
#include <set>
#include <string>
#include <string_view>

namespace heartflow::player {

/// The scripts (kit::Scripts bits) and CJK characters of what the player can show: the flow's
/// file, the words of the flows loaded (a translation's and those of flows it opens), the
/// person's help lines, a resumed walk's answers and notes, and whatever the person types. While
/// no flow is named, the chooser's words (the flows' titles and summaries in the person's
/// language) and every script (the chooser shows every flow's title); then the flow chosen.
class PlayerGlyphs {
public:
    /// Reads what the player shows first (the chooser's words or the flow's file and walk) and
    /// the help lines file named by the XDG folders.
    explicit PlayerGlyphs(const Player& player);

    /// Looks again at what may have changed since the last call: a flow chosen, a new walk or a
    /// reloaded flow (then the file is read again) and the characters typed this frame (call
    /// after polling events, before the frame starts). True when the scripts or the CJK
    /// characters grew.
    bool update(const Player& player);

    /// The scripts needed so far; they never shrink.
    [[nodiscard]] unsigned scripts() const { return scripts_; }
    /// The CJK characters needed so far; they never shrink.
    [[nodiscard]] const std::set<ImWchar>& cjk() const { return cjk_; }

private:
    void scan(std::string_view text);
    void scan_file(const std::string& file);
    void scan_program(const Program& program);
    void scan_walk(const Session& session);

    std::string flow_file_; // the file last scanned; "" while the flows are offered
    unsigned scripts_ = 0;
    std::set<ImWchar> cjk_;
    const Session* session_ = nullptr; // the walk last scanned, with when it started, since a
    std::int64_t started_at_ms_ = 0;   // new walk may take the old one's place in memory
    const Program* program_ = nullptr;
};

} // namespace heartflow::player

// The history panel: past sessions, their before/after ratings as a small plot, Markdown
// transcript export, and deleting one session or all of the person's data.
#pragma once

#include "heartflow/flow.h"
#include "heartflow/session_store.h"
#include "kit/fonts.h"
#include "kit/theme.h"
#include "player/intent.h"

#include <string>
#include <vector>

namespace heartflow::player {

/// What the history panel did that the player must know about.
enum class HistoryOutcome { none, deleted_all };

/// The history panel's state: the listed sessions, the selection, pending confirmations.
class HistoryView {
public:
    /// Re-reads the sessions from the store (call when the panel opens).
    void refresh(const SessionStore& store);

    /// Draws the panel. `flow` (may be null) gives titles for transcripts of its own sessions.
    HistoryOutcome draw(SessionStore& store, const Flow* flow, const kit::Fonts& fonts,
                        const kit::Palette& palette, Intent& intent);

private:
    void draw_plot(const kit::Fonts& fonts, const kit::Palette& palette) const;
    void draw_list(const Flow* flow, const kit::Fonts& fonts, const kit::Palette& palette);
    void draw_selected_actions(SessionStore& store, const Flow* flow, const kit::Fonts& fonts,
                               const kit::Palette& palette);
    HistoryOutcome draw_delete_all(SessionStore& store, const kit::Fonts& fonts,
                                   const kit::Palette& palette);

    std::vector<StoredSession> sessions_;
    std::vector<std::string> problems_;
    std::size_t selected_ = 0;
    bool confirm_delete_one_ = false;
    bool confirm_delete_all_ = false;
    std::string message_;
};

} // namespace heartflow::player

// Play from here (F5): the windowed player runs beside the canvas over the flow being edited,
// from the selected node with the variables a walk would have there, and follows the edits
// (the walk stays where it is when its node still exists).
#pragma once

#include "heartflow/program.h"
#include "kit/fonts.h"
#include "kit/key.h"
#include "player/player.h"

#include <memory>
#include <optional>
#include <span>
#include <string>

namespace heartflow::editor {

/// The preview player and what it needs between frames.
class PlayPanel {
public:
    /// Starts a walk of `program` at `node`. Precondition: program is set, node is in it.
    void start(std::shared_ptr<const Program> program, NodeIndex node);
    /// Ends the walk and closes the panel.
    void stop() { player_.reset(); }
    /// True while a walk is shown.
    [[nodiscard]] bool playing() const { return player_ != nullptr; }
    /// Runs the edited flow, if the panel is open. Precondition: program is set.
    void update(std::shared_ptr<const Program> program);
    /// Draws the walk in the screen rectangle at `pos` of `size`; `presses` are the key presses
    /// meant for it. Closes the panel when the person pressed Stop.
    void frame(const kit::Fonts& fonts, std::span<const kit::KeyPress> presses, double now,
               ImVec2 pos, ImVec2 size);
    /// The id of the node the walk stands on.
    [[nodiscard]] std::optional<std::string> current_id() const;
    /// True when the walk's windows have the keyboard.
    [[nodiscard]] bool focused() const;

private:
    std::unique_ptr<player::Player> player_;
};

} // namespace heartflow::editor

// The inspector: every field of the selected node (or of the flow when nothing is selected).
// It edits copies and *reports* the result as a Change; the editor applies it to the document.
#pragma once

#include "document/change.h"
#include "heartflow/flow.h"

#include <cstddef>
#include <optional>
#include <string>

namespace heartflow::editor {

/// An edit the inspector asks for.
struct InspectorEdit {
    Change change;         ///< What to apply.
    std::string label;     ///< Undo label ("Edit text").
    std::string merge_key; ///< Typing in one field merges under this key.
};

/// What the inspector's buttons ask for besides edits.
enum class InspectorRequest { none, play_from_here, set_start, duplicate, remove };

/// The inspector's state between frames (the id being typed, filters).
class Inspector {
public:
    /// Draws node `index` of `flow`. Returns an edit to apply, if any; `request` gets a button's
    /// ask.
    [[nodiscard]] std::optional<InspectorEdit> node(const Flow& flow, std::size_t index,
                                                    InspectorRequest& request);
    /// Draws the [flow] table and [vars]. Returns an edit to apply, if any.
    [[nodiscard]] std::optional<InspectorEdit> flow_properties(const Flow& flow);
    /// Puts the keyboard in the node's title box next frame (Tab then moves on to its text).
    void focus_title() { focus_title_ = true; }

private:
    std::optional<InspectorEdit> id_field(const Flow& flow, std::size_t index);
    std::optional<InspectorEdit> choices(const Flow& flow, std::size_t index);
    std::optional<InspectorEdit> kind_fields(const Flow& flow, std::size_t index);

    std::string id_buffer_;
    std::size_t id_for_ = ~std::size_t{0};
    std::string id_error_;
    bool id_active_ = false;
    std::string filter_;
    bool focus_title_ = false;
    bool title_was_active_ = false;
    int select_text_frames_ =
        0; // frames in which the text box, when it takes the keyboard, selects all
};

} // namespace heartflow::editor

// The inspector: every field of the selected node (or of the flow when nothing is selected).
// It edits copies and *reports* the result as a Change; the editor applies it to the document.
#pragma once

#include "document/change.h"
#include "document/other_flow.h"
#include "heartflow/flow.h"

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>

namespace heartflow::editor {

/// An edit the inspector asks for.
struct InspectorEdit {
    Change change;         ///< What to apply.
    std::string label;     ///< Undo label ("Edit text").
    std::string merge_key; ///< Typing in one field merges under this key.
};

/// An edit of node `index` to `after`, merged with others of the same `field` while typing.
[[nodiscard]] InspectorEdit node_edit(const Flow& flow, std::size_t index, Node after,
                                      const char* label, const std::string& field);

/// A quiet heading over a group of the inspector's fields.
void inspector_section(const char* title);

/// What the inspector's buttons ask for besides edits.
enum class InspectorRequest {
    none,
    play_from_here,
    set_start,
    duplicate,
    remove,
    open_other_flow ///< Open the flow the selected detour or handover opens (other_flow_file).
};

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
    /// The file the flow is saved as: a detour's other flow is found beside it.
    void set_flow_file(std::filesystem::path file) { flow_file_ = std::move(file); }
    /// The other flow the selected detour or handover opens, as last read.
    [[nodiscard]] const std::filesystem::path& other_flow_file() const { return other_.path; }

private:
    std::optional<InspectorEdit> id_field(const Flow& flow, std::size_t index);
    std::optional<InspectorEdit> choices(const Flow& flow, std::size_t index);
    std::optional<InspectorEdit> kind_fields(const Flow& flow, std::size_t index);
    std::optional<InspectorEdit> kind_combo(const Flow& flow, std::size_t index);
    // [inspector_answer.cpp] a scale's range and end words, a pick's items
    std::optional<InspectorEdit> answer_fields(const Flow& flow, std::size_t index);
    std::optional<InspectorEdit> scale_fields(const Flow& flow, std::size_t index);
    std::optional<InspectorEdit> pick_items(const Flow& flow, std::size_t index);
    // [inspector_route.cpp] a route's conditions and fallback
    std::optional<InspectorEdit> route_conditions(const Flow& flow, std::size_t index);
    std::optional<InspectorEdit> route_condition(const Flow& flow, std::size_t index,
                                                 std::size_t c);
    // [inspector_other_flow.cpp] the flow a detour or handover opens
    std::optional<InspectorEdit> other_flow_fields(const Flow& flow, std::size_t index,
                                                   InspectorRequest& request);
    const OtherFlow& other_flow(std::string_view written);

    std::string id_buffer_;
    std::size_t id_for_ = ~std::size_t{0};
    std::string id_error_;
    bool id_active_ = false;
    std::string filter_;
    std::filesystem::path flow_file_;
    OtherFlow other_;                              // the other flow last read, and
    std::string other_written_;                    // the `flow` it was read for,
    std::filesystem::file_time_type other_time_{}; // its file's time then
    bool focus_title_ = false;
    bool title_was_active_ = false;
    int select_text_frames_ =
        0; // frames in which the text box, when it takes the keyboard, selects all
};

} // namespace heartflow::editor

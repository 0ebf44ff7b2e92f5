// The document's undo stack and its cached validation.
#include "document/document.h"

namespace heartflow::editor {

Document::Document(Flow flow) : flow_(std::move(flow)) {}

void Document::apply(Change change, std::string label, std::string merge_key) {
    if (change.empty()) return;
    apply_change(flow_, change);
    ++revision_;
    redo_.clear();
    const bool merge = mergeable_ && !merge_key.empty() && !undo_.empty() &&
                       undo_.back().merge_key == merge_key && undo_.back().id != saved_state_;
    if (merge && merge_changes(undo_.back().change, change)) {
        undo_.back().id = next_step_id_++;
    } else {
        undo_.push_back({std::move(change), std::move(label), std::move(merge_key), next_step_id_++});
    }
    mergeable_ = !undo_.back().merge_key.empty();
}

bool Document::undo() {
    if (undo_.empty()) return false;
    revert_change(flow_, undo_.back().change);
    redo_.push_back(std::move(undo_.back()));
    undo_.pop_back();
    ++revision_;
    mergeable_ = false;
    return true;
}

bool Document::redo() {
    if (redo_.empty()) return false;
    apply_change(flow_, redo_.back().change);
    undo_.push_back(std::move(redo_.back()));
    redo_.pop_back();
    ++revision_;
    mergeable_ = false;
    return true;
}

const Validation& Document::validation() {
    if (validated_revision_ != revision_) {
        validation_ = validate_for_editor(flow_);
        validated_revision_ = revision_;
    }
    return validation_;
}

} // namespace heartflow::editor

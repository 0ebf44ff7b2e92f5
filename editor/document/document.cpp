// The document's undo stack and its cached validation.
#include "document/document.h"

namespace heartflow::editor {

Document::Document(Flow flow) : flow_(std::make_shared<Flow>(std::move(flow))) {}

Document::Document(std::shared_ptr<Flow> flow, Validation validation)
    : flow_(std::move(flow)), stamped_revision_(0), validation_(std::move(validation)),
      validated_revision_(0) {}

Flow& Document::writable() {
    // Another holder (a validation or save on another thread) keeps the old state; only this
    // thread makes new holders, so a count of 1 means nobody else can be reading.
    if (flow_.use_count() > 1) flow_ = std::make_shared<Flow>(*flow_);
    return *flow_;
}

std::shared_ptr<const Flow> Document::share_stamped() {
    if (stamped_revision_ != revision_) {
        stamp_ranges(writable());
        stamped_revision_ = revision_;
    }
    return flow_;
}

void Document::apply(Change change, std::string label, std::string merge_key) {
    if (change.empty()) return;
    apply_change(writable(), change);
    ++revision_;
    redo_.clear();
    const bool merge = mergeable_ && !merge_key.empty() && !undo_.empty() &&
                       undo_.back().merge_key == merge_key && undo_.back().id != saved_state_;
    if (merge && merge_changes(undo_.back().change, change)) {
        undo_.back().id = next_step_id_++;
    } else {
        undo_.push_back(
            {std::move(change), std::move(label), std::move(merge_key), next_step_id_++});
    }
    mergeable_ = !undo_.back().merge_key.empty();
}

bool Document::undo() {
    if (undo_.empty()) return false;
    revert_change(writable(), undo_.back().change);
    redo_.push_back(std::move(undo_.back()));
    undo_.pop_back();
    ++revision_;
    mergeable_ = false;
    return true;
}

bool Document::redo() {
    if (redo_.empty()) return false;
    apply_change(writable(), redo_.back().change);
    undo_.push_back(std::move(redo_.back()));
    redo_.pop_back();
    ++revision_;
    mergeable_ = false;
    return true;
}

void Document::set_file(std::filesystem::path file) {
    if (file == file_) return;
    // A first file is the one the given validation was made with; a new one ("save as") may
    // have other flows beside it.
    if (!file_.empty()) validated_revision_ = ~std::uint64_t{0};
    file_ = std::move(file);
}

const Validation& Document::validation() {
    if (validated_revision_ != revision_) {
        validation_ = validate_stamped(share_stamped(), file_);
        validated_revision_ = revision_;
    }
    return validation_;
}

void Document::adopt_validation(Validation validation, std::uint64_t of_revision) {
    if (validated_revision_ != ~std::uint64_t{0} && validated_revision_ >= of_revision &&
        validated_revision_ <= revision_)
        return;
    validation_ = std::move(validation);
    validated_revision_ = of_revision;
}

} // namespace heartflow::editor

// The document: the only thing that changes an editable flow. Every edit is a Change recorded
// on an undo stack that survives saves; dirty tracking compares against the saved state; the
// engine's validator runs on demand when the flow changed since it last ran. The flow is held
// copy-on-write, so work on other threads (validation, autosave, saving) reads a shared
// snapshot without copying a big flow, and an edit copies it only while such work holds it.
#pragma once

#include "document/change.h"
#include "document/validation.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace heartflow::editor {

/// An editable flow with undo, redo, dirty tracking and live validation.
class Document {
public:
    /// Starts a clean document holding `flow` (nothing to undo).
    explicit Document(Flow flow = {});
    /// Starts a clean document holding `flow`, whose `validation` was already computed (with
    /// validate_stamped, e.g. on a loading thread). Precondition: flow is not null.
    Document(std::shared_ptr<Flow> flow, Validation validation);

    /// The flow as it stands now.
    [[nodiscard]] const Flow& flow() const { return *flow_; }
    /// The file the flow is saved as (the flows it opens are found beside it); empty when none.
    [[nodiscard]] const std::filesystem::path& file() const { return file_; }
    /// Sets the file the flow is saved as; validation reads the flows it opens beside it.
    void set_file(std::filesystem::path file);
    /// The flow as it stands now, shared read-only (for a save or autosave on another thread).
    /// Later edits never change what it points to.
    [[nodiscard]] std::shared_ptr<const Flow> share() const { return flow_; }
    /// The flow as it stands now, shared read-only with the synthetic source ranges that tie
    /// diagnostics to nodes (see validation.h). Later edits never change what it points to.
    [[nodiscard]] std::shared_ptr<const Flow> share_stamped();
    /// Applies `change` and records it as one undoable step named `label`. A non-empty
    /// `merge_key` equal to the previous step's folds both into one step (typing in a field),
    /// unless seal() was called in between. Empty changes are ignored. Clears the redo stack.
    void apply(Change change, std::string label, std::string merge_key = {});
    /// Ends the current run of merging, so the next edit starts a new undo step.
    void seal() { mergeable_ = false; }
    /// Undoes the last step; false when there is none.
    bool undo();
    /// Redoes the last undone step; false when there is none.
    bool redo();
    /// True when there is a step to undo.
    [[nodiscard]] bool can_undo() const { return !undo_.empty(); }
    /// True when there is a step to redo.
    [[nodiscard]] bool can_redo() const { return !redo_.empty(); }
    /// The name of the step undo() would undo ("" when none).
    [[nodiscard]] std::string undo_label() const { return undo_.empty() ? "" : undo_.back().label; }
    /// The name of the step redo() would redo ("" when none).
    [[nodiscard]] std::string redo_label() const { return redo_.empty() ? "" : redo_.back().label; }

    /// True when the flow differs from the last state marked saved (by undo, redo or edit).
    [[nodiscard]] bool dirty() const { return state_id() != saved_state_; }
    /// Records the current state as the saved one (after writing it to disk).
    void mark_saved() {
        saved_state_ = state_id();
        mergeable_ = false;
    }
    /// Makes the document dirty whatever the undo position (e.g. restored from a recovery file).
    void mark_unsaved() { saved_state_ = kNeverSaved; }
    /// A number that changes whenever the flow changes; for caches of derived data.
    [[nodiscard]] std::uint64_t revision() const { return revision_; }

    /// The validator's view of the flow now (recomputed here, at once, when the flow changed).
    [[nodiscard]] const Validation& validation();
    /// The last validation computed or adopted, which may be of an older revision.
    [[nodiscard]] const Validation& latest_validation() const { return validation_; }
    /// True when latest_validation() is of the flow as it stands now.
    [[nodiscard]] bool validation_current() const { return validated_revision_ == revision_; }
    /// Takes a validation computed elsewhere (another thread) of revision `of_revision`; kept
    /// unless a newer one is already held.
    void adopt_validation(Validation validation, std::uint64_t of_revision);

private:
    struct Step {
        Change change;
        std::string label;
        std::string merge_key;
        std::uint64_t id; // unique per recorded state
    };
    static constexpr std::uint64_t kNeverSaved = ~std::uint64_t{0};
    [[nodiscard]] std::uint64_t state_id() const { return undo_.empty() ? 0 : undo_.back().id; }

    Flow& writable();

    std::shared_ptr<Flow> flow_;
    std::uint64_t stamped_revision_ = ~std::uint64_t{0};
    std::vector<Step> undo_;
    std::vector<Step> redo_;
    std::uint64_t next_step_id_ = 1;
    std::uint64_t saved_state_ = 0;
    std::uint64_t revision_ = 0;
    bool mergeable_ = false;
    Validation validation_;
    std::filesystem::path file_;
    std::uint64_t validated_revision_ = ~std::uint64_t{0};
};

} // namespace heartflow::editor

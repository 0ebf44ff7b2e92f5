// Live validation as the person edits: at once for an ordinary flow, and for a big one on
// another thread once the typing pauses, so the window never waits for the validator. The
// document keeps the result (Document::latest_validation); the canvas and the problems panel
// show the latest one while a newer one is computed.
#pragma once

#include "document/document.h"
#include "edit/background_job.h"

#include <memory>

namespace heartflow::editor {

/// Flows with more nodes than this are validated on another thread.
inline constexpr std::size_t kBackgroundValidationNodes = 1500;
/// Seconds without an edit before a big flow is validated again.
inline constexpr double kValidationPause = 0.35;

/// Keeps a document's validation up to date.
class LiveValidation {
public:
    LiveValidation() = default;
    LiveValidation(const LiveValidation&) = delete;
    LiveValidation& operator=(const LiveValidation&) = delete;
    ~LiveValidation();

    /// Call once a frame (`now` in seconds, any steady clock): adopts a finished result and
    /// starts the next validation when the flow changed.
    void update(Document& doc, double now);
    /// True while a validation runs on another thread.
    [[nodiscard]] bool checking() const { return job_ != nullptr; }
    /// Drops a running validation (the document is being replaced).
    void reset();

private:
    std::unique_ptr<BackgroundJob<Validation>> job_;
    std::uint64_t job_revision_ = 0;
    std::uint64_t seen_revision_ = ~std::uint64_t{0};
    double changed_at_ = 0.0;
};

} // namespace heartflow::editor

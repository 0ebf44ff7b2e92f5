// Validation now or on another thread.
#include "edit/live_validation.h"

namespace heartflow::editor {

LiveValidation::~LiveValidation() {
    reset();
}

void LiveValidation::reset() {
    if (job_) job_->abandon();
    job_.reset();
    seen_revision_ = ~std::uint64_t{0};
}

void LiveValidation::update(Document& doc, double now) {
    if (doc.revision() != seen_revision_) {
        seen_revision_ = doc.revision();
        changed_at_ = now;
    }
    if (job_ && job_->done()) {
        doc.adopt_validation(job_->take(), job_revision_);
        job_.reset();
    }
    if (doc.validation_current() || job_) return;
    if (doc.flow().nodes.size() <= kBackgroundValidationNodes) {
        (void)doc.validation();
        return;
    }
    if (now - changed_at_ < kValidationPause) return;
    job_revision_ = doc.revision();
    job_ = std::make_unique<BackgroundJob<Validation>>(
        [flow = doc.share_stamped(), file = doc.file()](const std::atomic<bool>&) {
            return validate_stamped(flow, file);
        });
}

} // namespace heartflow::editor

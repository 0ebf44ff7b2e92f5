// The count of abandoned jobs.
#include "edit/background_job.h"

namespace heartflow::editor {

namespace {
std::atomic<int> abandoned{0};
} // namespace

int abandoned_jobs_running() {
    return abandoned.load();
}

void detail::count_abandoned(int delta) {
    abandoned.fetch_add(delta);
}

} // namespace heartflow::editor

// Work the editor does on another thread (loading, laying out or saving a big flow, validating,
// autosaving) so the window never freezes. The frame loop polls it; the person may abandon it,
// and then its result is thrown away when it ends.
#pragma once

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <thread>

namespace heartflow::editor {

/// How many abandoned jobs are still running (the app exits without waiting for them).
[[nodiscard]] int abandoned_jobs_running();

namespace detail {
/// Counts an abandoned job in or out of abandoned_jobs_running().
void count_abandoned(int delta);
} // namespace detail

/// One piece of work on its own thread, producing a `Result`. Move-only owner.
template <typename Result> class BackgroundJob {
public:
    /// Starts `work` at once. `work` may look at the flag it is given and stop early when it
    /// turns true (its result is then ignored).
    explicit BackgroundJob(std::function<Result(const std::atomic<bool>& cancelled)> work)
        : state_(std::make_shared<State>()), started_(std::chrono::steady_clock::now()) {
        thread_ = std::thread([state = state_, work = std::move(work)] {
            state->result.emplace(work(state->cancelled));
            if (state->phase.exchange(kFinished, std::memory_order_acq_rel) == kAbandoned)
                detail::count_abandoned(-1);
        });
    }
    ~BackgroundJob() {
        if (thread_.joinable()) thread_.join();
    }
    BackgroundJob(const BackgroundJob&) = delete;
    BackgroundJob& operator=(const BackgroundJob&) = delete;

    /// True once the work has ended and its result can be taken.
    [[nodiscard]] bool done() const {
        return state_->phase.load(std::memory_order_acquire) == kFinished;
    }
    /// The result. Precondition: done(), and take() not called before.
    [[nodiscard]] Result take() {
        if (thread_.joinable()) thread_.join();
        return std::move(*state_->result);
    }
    /// Seconds since the work started.
    [[nodiscard]] double seconds() const {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
    }
    /// Tells the work to stop and lets it end on its own: the thread is detached and its result
    /// dropped, so the caller never waits. The job must not be used afterwards but to destroy it.
    void abandon() {
        if (!thread_.joinable()) return;
        state_->cancelled.store(true);
        int running = kRunning;
        if (state_->phase.compare_exchange_strong(running, kAbandoned)) detail::count_abandoned(+1);
        thread_.detach();
    }

private:
    static constexpr int kRunning = 0, kAbandoned = 1, kFinished = 2;
    struct State {
        std::atomic<bool> cancelled{false};
        std::atomic<int> phase{kRunning}; // the thread moves it to finished; abandon() to abandoned
        std::optional<Result> result;
    };
    std::shared_ptr<State> state_;
    std::thread thread_;
    std::chrono::steady_clock::time_point started_;
};

} // namespace heartflow::editor

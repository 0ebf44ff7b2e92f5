// Polling a file's stamp.
#include "kit/flow_watcher.h"

namespace heartflow::kit {

FlowWatcher::FlowWatcher(std::filesystem::path file) : file_(std::move(file)), last_(stamp()) {}

std::optional<FlowWatcher::Stamp> FlowWatcher::stamp() const {
    std::error_code ec;
    auto time = std::filesystem::last_write_time(file_, ec);
    if (ec) return std::nullopt;
    auto size = std::filesystem::file_size(file_, ec);
    if (ec) return std::nullopt;
    return Stamp{time, size};
}

bool FlowWatcher::changed() {
    std::optional<Stamp> now = stamp();
    if (now == last_) return false;
    last_ = now;
    return now.has_value();
}

} // namespace heartflow::kit

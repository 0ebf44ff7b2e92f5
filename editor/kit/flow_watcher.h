// Notices when a flow file changes on disk (polling its size and modification time).
#pragma once

#include <filesystem>
#include <optional>

namespace heartflow::kit {

/// Watches one file. Polling is cheap: call changed() at most a few times a second.
class FlowWatcher {
public:
    /// Starts watching `file`, taking its current state as "unchanged".
    explicit FlowWatcher(std::filesystem::path file);

    /// True once after each change of the file's size or modification time (including the file
    /// disappearing and coming back).
    [[nodiscard]] bool changed();

    /// The watched file.
    [[nodiscard]] const std::filesystem::path& file() const { return file_; }

private:
    struct Stamp {
        std::filesystem::file_time_type time;
        std::uintmax_t size = 0;
        friend bool operator==(const Stamp&, const Stamp&) = default;
    };
    [[nodiscard]] std::optional<Stamp> stamp() const;

    std::filesystem::path file_;
    std::optional<Stamp> last_;
};

} // namespace heartflow::kit

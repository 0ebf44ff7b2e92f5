// Which nodes are selected: view state, never part of the flow. Flags by node index, so a
// flow of thousands of nodes answers "is this one selected?" in constant time.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

namespace heartflow::editor {

/// A set of selected node indices.
class Selection {
public:
    /// Keeps the flags in step with a flow of `count` nodes (new nodes start unselected).
    void resize(std::size_t count) { flags_.resize(count, 0); }
    /// Unselects everything.
    void clear() { flags_.assign(flags_.size(), 0); }
    /// Selects every node.
    void select_all() { flags_.assign(flags_.size(), 1); }
    /// Selects only node `i` (precondition: i < size()).
    void select_only(std::size_t i) {
        clear();
        flags_.at(i) = 1;
    }
    /// Selects or unselects node `i`.
    void set(std::size_t i, bool on) { flags_.at(i) = on ? 1 : 0; }
    /// True when node `i` is selected (false past the end).
    [[nodiscard]] bool contains(std::size_t i) const { return i < flags_.size() && flags_[i] != 0; }
    /// The selected indices, ascending.
    [[nodiscard]] std::vector<std::size_t> indices() const;
    /// The lowest selected index, if any (no allocation, unlike indices()).
    [[nodiscard]] std::optional<std::size_t> first() const;
    /// How many are selected.
    [[nodiscard]] std::size_t count() const;
    /// The number of nodes the flags cover.
    [[nodiscard]] std::size_t size() const { return flags_.size(); }

private:
    std::vector<unsigned char> flags_;
};

} // namespace heartflow::editor

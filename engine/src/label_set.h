// The labels of one node's choices, for the validator's duplicate-label check.
#pragma once

#include <algorithm>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace heartflow {

// The labels of one node's choices seen so far: a short list searched in place (most nodes have
// a few choices), a hash set past that; reused from node to node without allocating again.
class LabelSet {
public:
    void clear() {
        few_.clear();
        many_.clear();
    }
    // Adds `label`; false when it was there already.
    bool insert(std::string_view label) {
        if (few_.size() < kFew) {
            if (std::find(few_.begin(), few_.end(), label) != few_.end()) return false;
            few_.push_back(label);
            return true;
        }
        if (std::find(few_.begin(), few_.end(), label) != few_.end()) return false;
        return many_.insert(label).second;
    }

private:
    static constexpr std::size_t kFew = 16;
    std::vector<std::string_view> few_;
    std::unordered_set<std::string_view> many_;
};

} // namespace heartflow

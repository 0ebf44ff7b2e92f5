// Selected node indices.
#include "canvas/selection.h"

namespace heartflow::editor {

std::vector<std::size_t> Selection::indices() const {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < flags_.size(); ++i)
        if (flags_[i]) out.push_back(i);
    return out;
}

std::optional<std::size_t> Selection::first() const {
    for (std::size_t i = 0; i < flags_.size(); ++i)
        if (flags_[i]) return i;
    return std::nullopt;
}

std::size_t Selection::count() const {
    std::size_t n = 0;
    for (unsigned char f : flags_)
        n += f;
    return n;
}

} // namespace heartflow::editor

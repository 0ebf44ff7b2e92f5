// Searching a flow's ids, titles, text and choice labels.
#include "edit/find.h"

#include <algorithm>
#include <cctype>

namespace heartflow::editor {

namespace {

// Characters of context kept either side of a match.
constexpr std::size_t kContext = 30;

std::size_t find_folded(std::string_view hay, std::string_view needle) {
    auto it = std::search(hay.begin(), hay.end(), needle.begin(), needle.end(), [](char a, char b) {
        return std::tolower(static_cast<unsigned char>(a)) ==
               std::tolower(static_cast<unsigned char>(b));
    });
    return it == hay.end() ? std::string_view::npos : static_cast<std::size_t>(it - hay.begin());
}

std::string excerpt_at(std::string_view text, std::size_t at, std::size_t length) {
    const std::size_t begin = at > kContext ? at - kContext : 0;
    std::string out(text.substr(begin, length + 2 * kContext));
    std::replace(out.begin(), out.end(), '\n', ' ');
    return (begin > 0 ? "..." : "") + out;
}

} // namespace

std::vector<FindMatch> find_matches(const Flow& flow, std::string_view query) {
    std::vector<FindMatch> out;
    if (query.empty()) return out;
    auto look = [&](std::size_t node, std::string field, std::string_view text) {
        if (auto at = find_folded(text, query); at != std::string_view::npos)
            out.push_back({node, std::move(field), excerpt_at(text, at, query.size())});
    };
    for (std::size_t i = 0; i < flow.nodes.size(); ++i) {
        const Node& n = flow.nodes[i];
        look(i, "id", n.id.value);
        look(i, "title", n.title);
        look(i, "text", n.text);
        for (std::size_t c = 0; c < n.choices.size(); ++c)
            look(i, "choice " + std::to_string(c + 1), n.choices[c].label);
    }
    return out;
}

} // namespace heartflow::editor

// Reading `heartflow walk`'s ratings and picks.
#include "walk_answers.h"

#include <algorithm>
#include <charconv>
#include <string_view>

namespace heartflow::cli {

namespace {

// Splits `list` at `separator`; an empty list has no items.
std::vector<std::string_view> split(std::string_view list, char separator) {
    std::vector<std::string_view> items;
    while (!list.empty()) {
        const std::size_t at = list.find(separator);
        items.push_back(list.substr(0, at));
        list = at == std::string_view::npos ? std::string_view() : list.substr(at + 1);
    }
    return items;
}

// A whole number written in full, or nothing.
std::optional<std::int64_t> whole_number(std::string_view text) {
    std::int64_t n = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), n);
    if (error != std::errc() || end != text.data() + text.size() || text.empty()) return {};
    return n;
}

// The step `ref` names in `program` when it is of `kind`, else an error sentence in `error`.
std::optional<NodeIndex> step_of_kind(const Program& program, std::string_view ref, NodeKind kind,
                                      std::string& error) {
    const std::optional<NodeIndex> step = program.find_step(ref);
    if (!step)
        error = "there is no step '" + std::string(ref) + "'";
    else if (program.node(*step).kind != kind)
        error = "'" + std::string(ref) + "' is not a " + kind_name(kind) + " step";
    else
        return step;
    return {};
}

// One `STEP=N` of `--rate`, added to `out`; an error sentence, or empty.
std::string add_rating(const Program& program, std::string_view item, WalkAnswerLists& out) {
    const std::size_t eq = item.find('=');
    if (eq == std::string_view::npos) return "--rate takes STEP=N items, separated by commas";
    std::string error;
    const auto step = step_of_kind(program, item.substr(0, eq), NodeKind::scale, error);
    if (!step) return "--rate: " + error;
    const Node& node = program.node(*step);
    const auto rating = whole_number(item.substr(eq + 1));
    if (!rating || *rating < node.rating_min() || *rating > node.rating_max())
        return "--rate: '" + std::string(item.substr(eq + 1)) + "' is not a rating from " +
               std::to_string(node.rating_min()) + " to " + std::to_string(node.rating_max()) +
               " at '" + std::string(item.substr(0, eq)) + "'";
    out.ratings.push_back({{program.step_ref(*step)}, *rating, {}});
    return {};
}

// One `STEP=N+N` of `--pick`, added to `out`; an error sentence, or empty.
std::string add_picks(const Program& program, std::string_view item, WalkAnswerLists& out) {
    const std::size_t eq = item.find('=');
    if (eq == std::string_view::npos) return "--pick takes STEP=N+N items, separated by commas";
    std::string error;
    const auto step = step_of_kind(program, item.substr(0, eq), NodeKind::pick, error);
    if (!step) return "--pick: " + error;
    const Node& node = program.node(*step);
    TestPicks picks{{program.step_ref(*step)}, {}, {}};
    for (std::string_view number : split(item.substr(eq + 1), '+')) {
        const auto n = whole_number(number);
        if (!n || *n < 1 || *n > static_cast<std::int64_t>(node.options.size()))
            return "--pick: '" + std::string(number) + "' is not an option number from 1 to " +
                   std::to_string(node.options.size()) + " at '" + std::string(item.substr(0, eq)) +
                   "'";
        picks.items.push_back(node.options[static_cast<std::size_t>(*n - 1)]);
    }
    out.picks.push_back(std::move(picks));
    return {};
}

} // namespace

std::variant<WalkAnswerLists, std::string>
parse_walk_answers(const Program& program, const std::string& rate, const std::string& pick) {
    WalkAnswerLists out;
    for (std::string_view item : split(rate, ','))
        if (std::string error = add_rating(program, item, out); !error.empty()) return error;
    for (std::string_view item : split(pick, ','))
        if (std::string error = add_picks(program, item, out); !error.empty()) return error;
    const auto named_twice = [](const auto& list) {
        for (std::size_t i = 0; i < list.size(); ++i)
            for (std::size_t j = i + 1; j < list.size(); ++j)
                if (list[i].node == list[j].node) return true;
        return false;
    };
    if (named_twice(out.ratings) || named_twice(out.picks))
        return std::string("a step is named twice in --rate or --pick");
    return out;
}

} // namespace heartflow::cli

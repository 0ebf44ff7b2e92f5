// `heartflow walk FILE --choose 2,1,3 [--rate STEP=N,...] [--pick STEP=N+N,...]`
#include "arguments.h"
#include "commands.h"
#include "load_report.h"
#include "walk_answers.h"

#include <heartflow/walk.h>

namespace heartflow::cli {

namespace {
// Parses "2,1,3" into steps; an empty list is no steps.
std::optional<std::vector<TestStep>> parse_choices(const std::string& list) {
    std::vector<TestStep> steps;
    std::size_t at = 0;
    while (at < list.size()) {
        std::size_t comma = list.find(',', at);
        std::string item =
            list.substr(at, comma == std::string::npos ? std::string::npos : comma - at);
        at = comma == std::string::npos ? list.size() : comma + 1;
        while (!item.empty() && item.front() == ' ')
            item.erase(item.begin());
        while (!item.empty() && item.back() == ' ')
            item.pop_back();
        if (item.empty() || item.size() > 6 ||
            item.find_first_not_of("0123456789") != std::string::npos)
            return std::nullopt;
        int n = std::stoi(item);
        if (n < 1) return std::nullopt;
        steps.push_back(TestStep{n, {}});
    }
    return steps;
}
} // namespace

int walk_command(const std::vector<std::string>& args) {
    Arguments parsed;
    if (auto e = parse_arguments(args, {}, {"--choose", "--rate", "--pick"}, parsed))
        return usage_error("walk", *e);
    if (!parsed.unknown.empty())
        return usage_error("walk", "unknown option " + parsed.unknown.front());
    if (parsed.files.size() != 1) return usage_error("walk", "name exactly one flow file");
    auto steps = parse_choices(parsed.values["--choose"]);
    if (!steps)
        return usage_error(
            "walk", "--choose takes choice numbers from 1, separated by commas (e.g. 2,1,3)");
    DiagnosticCounts counts;
    LoadedFlow loaded = load_and_report(parsed.files.front(), stderr, false, counts);
    if (!loaded.ok()) return kExitFailure;
    auto answers =
        parse_walk_answers(*loaded.program, parsed.values["--rate"], parsed.values["--pick"]);
    if (const auto* error = std::get_if<std::string>(&answers)) return usage_error("walk", *error);
    const auto& lists = std::get<WalkAnswerLists>(answers);
    Session session(loaded.program);
    WalkOutcome outcome = walk(session, *steps, WalkAnswers{{}, lists.ratings, lists.picks});
    for (NodeIndex n : outcome.entered)
        std::printf("%s\n", loaded.program->step_ref(n).c_str());
    if (outcome.error) {
        std::fprintf(stderr, "heartflow walk: %s\n", outcome.error->c_str());
        return kExitFailure;
    }
    return kExitOk;
}

} // namespace heartflow::cli

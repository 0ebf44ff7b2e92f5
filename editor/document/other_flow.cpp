// Lists the flows beside a file and reads one's steps for the detour inspector.
#include "document/other_flow.h"

#include "heartflow/loader.h"

#include <algorithm>
#include <system_error>

namespace heartflow::editor {

namespace fs = std::filesystem;

std::vector<std::string> sibling_flow_files(const fs::path& file) {
    std::vector<std::string> names;
    if (file.empty()) return names;
    const fs::path folder = file.parent_path().empty() ? fs::path(".") : file.parent_path();
    std::error_code ec;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        const fs::path& p = it->path();
        if (p.extension() != ".toml" || p.filename() == file.filename()) continue;
        if (it->is_regular_file(ec)) names.push_back(p.filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
}

OtherFlow read_other_flow(const fs::path& file, std::string_view written) {
    OtherFlow other;
    if (written.empty()) {
        other.problem = "Choose the flow to open.";
        return other;
    }
    if (file.empty()) {
        other.problem = "Save this flow first: the other flow is found beside it.";
        return other;
    }
    other.path = file.parent_path() / fs::path(std::string(written));
    std::error_code ec;
    if (!fs::is_regular_file(other.path, ec)) {
        other.problem = "There is no file '" + std::string(written) + "' beside this flow.";
        return other;
    }
    const LoadedFlow loaded = load_flow_file(other.path);
    if (!loaded.flow) {
        other.problem = "'" + std::string(written) + "' is not a flow" +
                        (loaded.diagnostics.empty() ? "." : ": " + loaded.diagnostics[0].message);
        return other;
    }
    other.title = loaded.flow->info.title;
    other.start = loaded.flow->info.start;
    for (const Node& n : loaded.flow->nodes)
        other.steps.emplace_back(n.id, n.display_title());
    return other;
}

std::string step_problem(const OtherFlow& other, std::string_view at) {
    if (at.empty() || !other.problem.empty()) return "";
    for (const auto& step : other.steps)
        if (step.first.value == at) return "";
    return "'" + other.title + "' has no step '" + std::string(at) + "'.";
}

} // namespace heartflow::editor

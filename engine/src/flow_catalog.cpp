// The flows of a folder, for a chooser.
#include "heartflow/flow_catalog.h"

#include "heartflow/translation_files.h"

#include <algorithm>

namespace heartflow {

std::vector<CatalogEntry> flow_catalog(const std::filesystem::path& folder, std::string_view asked,
                                       const EnvironmentLookup& environment) {
    std::vector<CatalogEntry> entries;
    std::error_code ec;
    for (const auto& item : std::filesystem::directory_iterator(folder, ec)) {
        if (!item.is_regular_file(ec) || item.path().extension() != ".toml") continue;
        const LoadedFlow loaded = load_flow_in_language(item.path(), asked, environment).loaded;
        if (!loaded.ok()) continue;
        const FlowInfo& info = loaded.flow->info;
        entries.push_back({item.path(), info.title, info.summary, info.suits, info.minutes});
    }
    std::sort(entries.begin(), entries.end(),
              [](const CatalogEntry& a, const CatalogEntry& b) { return a.title < b.title; });
    return entries;
}

std::string describe_minutes(const std::optional<std::array<int, 2>>& minutes) {
    if (!minutes) return {};
    const auto [fewest, most] = *minutes;
    auto count = [](int n) { return std::to_string(n) + (n == 1 ? " minute" : " minutes"); };
    if (fewest == most) return "About " + count(fewest);
    return std::to_string(fewest) + " to " + count(most);
}

} // namespace heartflow

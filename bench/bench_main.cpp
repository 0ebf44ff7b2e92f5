// heartflow-bench: load, validate, walk and memory figures on generated and shipped flows,
// printed as a Markdown table. Run it with scripts/bench.sh; it is not part of the tests.
#include "flow_generator.h"
#include "measure.h"

#include <heartflow/loader.h>
#include <heartflow/session.h>
#include <toml++/toml.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

using namespace heartflow;
using namespace heartflow::bench;

namespace {

struct Row {
    std::string name;
    std::size_t nodes = 0;
    std::size_t bytes = 0;
    double parse_ms = 0, load_ms = 0, steps_per_s = 0, peak_mib = 0;
};

// Random walk of `steps` choices, restarting at endings; returns steps per second.
double steps_per_second(const std::shared_ptr<const Program>& program, std::size_t steps) {
    Session session(program, [] { return std::int64_t{0}; });
    std::mt19937 rng(7);
    (void)session.start();
    auto start = std::chrono::steady_clock::now();
    for (std::size_t i = 0; i < steps; ++i) {
        auto available = session.choices();
        if (available.empty()) {
            (void)session.restart();
            continue;
        }
        (void)session.choose(1 + std::uniform_int_distribution<std::size_t>(0, available.size() - 1)(rng));
    }
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return static_cast<double>(steps) / seconds;
}

Row measure(const std::string& name, const std::string& text, int runs) {
    Row row;
    row.name = name;
    row.bytes = text.size();
    row.parse_ms = median_ms(runs, [&] { auto t = toml::parse(text); });
    LoadedFlow loaded;
    row.load_ms = median_ms(runs, [&] { loaded = load_flow_text(text); });
    if (!loaded.ok()) {
        std::fprintf(stderr, "heartflow-bench: %s did not load\n", name.c_str());
        return row;
    }
    row.nodes = loaded.flow->nodes.size();
    row.steps_per_s = steps_per_second(loaded.program, 1000000);
    row.peak_mib = peak_rss_mib_of([&] { auto again = load_flow_text(text); });
    return row;
}

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

void print(const std::vector<Row>& rows, double baseline_mib) {
    std::printf("| flow | nodes | MB | toml++ parse (ms) | load+validate (ms) | ratio to parse | steps/s | peak RSS (MiB) |\n");
    std::printf("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (const Row& r : rows)
        std::printf("| %s | %zu | %.1f | %.1f | %.1f | %.2fx | %.2fM | %.0f |\n", r.name.c_str(), r.nodes,
                    static_cast<double>(r.bytes) / 1e6, r.parse_ms, r.load_ms, r.load_ms / r.parse_ms,
                    r.steps_per_s / 1e6, r.peak_mib);
    std::printf("\nPeak RSS is of a child process that loads and validates the flow once; the process's own "
                "baseline is %.0f MiB.\n", baseline_mib);
}

} // namespace

int main(int argc, char** argv) {
    std::filesystem::path source = argc > 1 ? argv[1] : ".";
    int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
    double baseline = own_peak_rss_mib();
    std::vector<Row> rows;
    for (auto& entry : std::filesystem::directory_iterator(source / "flows"))
        if (entry.path().extension() == ".toml")
            rows.push_back(measure(entry.path().filename().string(), read_file(entry.path()), runs));
    std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.name < b.name; });
    Row r10k;
    for (std::size_t n : {1000u, 10000u, 50000u}) {
        rows.push_back(measure("generated " + std::to_string(n / 1000) + "k", generate_flow_text(n), n >= 50000 ? std::max(1, runs / 2) : runs));
        if (n == 10000) r10k = rows.back();
    }
    std::printf("Medians of %d runs.\n\n", runs);
    print(rows, baseline);
    const Row& r50k = rows.back();
    std::printf("\nGrowth of load+validate from 10k to 50k nodes: %.1fx (linear would be 5x).\n", r50k.load_ms / r10k.load_ms);
    return 0;
}

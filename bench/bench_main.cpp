// heartflow-bench: load, validate, layout, editor frames, walking and memory on the shipped
// flows and on generated flows of 1k, 10k and 50k nodes, and the layout peers on the same
// graphs, printed as Markdown tables. Run it with scripts/bench.sh; it is not part of the tests.
//
// [SECTION] Options
// [SECTION] heartflow's own figures
// [SECTION] Layout against the peers
// [SECTION] Tables
// [SECTION] main
#include "generated_flow.h"
#include "measure.h"
#include "peers.h"
#include "routing.h"
#include "save_edit.h"
#include "whole_process.h"
#ifdef HEARTFLOW_BENCH_EDITOR
#include "editor_frame.h"
#endif

#include <heartflow/flow_graph.h>
#include <heartflow/layout.h>
#include <heartflow/loader.h>
#include <heartflow/route_crossings.h>
#include <heartflow/session.h>
#include <heartflow/writer.h>
#include <toml++/toml.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

using namespace heartflow;
using namespace heartflow::bench;
namespace fs = std::filesystem;

namespace {

// [SECTION] Options

std::string size_name(std::uint32_t n) {
    return n % 1000 == 0 ? std::to_string(n / 1000) + "k" : std::to_string(n);
}

std::string ms_text(double ms) {
    char text[32];
    if (ms >= 10000)
        std::snprintf(text, sizeof text, "%.1f s", ms / 1000);
    else if (ms >= 100)
        std::snprintf(text, sizeof text, "%.0f ms", ms);
    else
        std::snprintf(text, sizeof text, "%.1f ms", ms);
    return text;
}

struct Options {
    fs::path source = ".";        // the checkout (its flows/ are measured)
    fs::path work = "bench-work"; // generated flows and the peers' files
    std::string heartflow;        // the heartflow executable, for the whole-process run
    int runs = 5;                 // runs per median
    std::vector<std::uint32_t> sizes = {1000, 10000, 50000};
    PeerSetup peers;
    std::vector<Peer> peers_to_run = {std::begin(kAllPeers), std::end(kAllPeers)};
};

const char* kUsage =
    "usage: heartflow-bench [--source DIR] [--work DIR] [--heartflow EXE] [--runs N] [--sizes "
    "1000,10000]\n"
    "                       [--node-modules DIR] [--peer-script peers.js] [--budget SECONDS]\n"
    "                       [--peers dot,dot-tuned,dagre,elkjs | --no-peers]\n"
    "       heartflow-bench --load-memory FILE | --editor-memory FILE\n";

std::optional<Options> parse_options(int argc, char** argv) {
    Options o;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        auto value = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
        if (a == "--source")
            o.source = value();
        else if (a == "--work")
            o.work = value();
        else if (a == "--heartflow")
            o.heartflow = value();
        else if (a == "--runs")
            o.runs = std::max(1, std::atoi(value().c_str()));
        else if (a == "--node-modules")
            o.peers.node_modules = value();
        else if (a == "--peer-script")
            o.peers.script = value();
        else if (a == "--budget")
            o.peers.budget_s = std::max(1.0, std::atof(value().c_str()));
        else if (a == "--no-peers")
            o.peers_to_run.clear();
        else if (a == "--peers") {
            o.peers_to_run.clear();
            std::stringstream list(value());
            for (std::string name; std::getline(list, name, ',');)
                for (Peer p : kAllPeers)
                    if (name == peer_key(p)) o.peers_to_run.push_back(p);
        } else if (a == "--sizes") {
            o.sizes.clear();
            std::stringstream list(value());
            for (std::string s; std::getline(list, s, ',');)
                o.sizes.push_back(static_cast<std::uint32_t>(std::atol(s.c_str())));
        } else
            return std::nullopt;
    }
    fs::create_directories(o.work);
    o.work = fs::absolute(o.work);
    if (!o.peers.node_modules.empty())
        o.peers.node_modules = fs::absolute(o.peers.node_modules).string();
    o.peers.work_dir = o.work.string();
    if (o.peers.script.empty()) o.peers.script = (o.source / "bench" / "peers.js").string();
    return o;
}

// [SECTION] heartflow's own figures

struct FlowRow {
    std::string name;
    fs::path file;
    std::size_t nodes = 0, edges = 0, bytes = 0;
    Timing parse, load, layout;
    double load_ratio = 0; // median of paired samples: load+validate / parse
    std::size_t crossings = 0, layout_crossings = 0;
    double steps_per_s = 0, load_mib = 0, editor_mib = 0;
    std::optional<double> frame_fit_ms, frame_full_ms;
    std::optional<double> route_ms; // the editor's frames until its links are routed
    int route_frames = 0;
    double full_route_ms = 0; // the same at 100%, for the links in view
    LayoutGraph graph;        // what the peers lay out
};

// Random walks of `steps` choices (median of 3), restarting at endings; steps per second of CPU.
double steps_per_second(const std::shared_ptr<const Program>& program, std::size_t steps) {
    Session session(program, [] { return std::int64_t{0}; });
    std::mt19937 rng(7);
    (void)session.start();
    const Timing t = median_timing(3, [&] {
        for (std::size_t i = 0; i < steps; ++i) {
            const std::size_t available = session.choices().size();
            if (available == 0) {
                (void)session.restart();
                continue;
            }
            (void)session.choose(1 +
                                 std::uniform_int_distribution<std::size_t>(0, available - 1)(rng));
        }
    });
    return static_cast<double>(steps) / (t.cpu_ms / 1e3);
}

// Peak memory of a fresh run of this program in a measuring mode ("--load-memory" ...).
double fresh_process_mib(const char* mode, const fs::path& file, const Options& o) {
    const ProcessRun run =
        run_process({fs::read_symlink("/proc/self/exe").string(), mode, file.string()},
                    (o.work / "memory.out").string(), 600);
    return run.finished && run.exit_code == 0 ? run.peak_mib : -1;
}

FlowRow measure_flow(const std::string& name, const fs::path& file, const Options& o) {
    FlowRow row;
    row.name = name;
    row.file = file;
    const std::string text = std::get<std::string>(read_flow_bytes(file));
    row.bytes = text.size();
    LoadedFlow loaded;
    const PairedTiming load = paired_timing(
        std::max(o.runs, 5), [&] { auto t = toml::parse(text); },
        [&] { loaded = load_flow_text(text, file); });
    row.parse = load.first;
    row.load = load.second;
    row.load_ratio = load.ratio;
    if (!loaded.ok()) {
        std::fprintf(stderr, "heartflow-bench: %s did not load\n", name.c_str());
        return row;
    }
    const Flow& flow = *loaded.flow;
    row.nodes = flow.nodes.size();
    FlowGraph fg = build_flow_graph(flow);
    row.edges = fg.edges.size();
    row.graph.node_count = static_cast<std::uint32_t>(row.nodes);
    row.graph.root = fg.start;
    for (const FlowEdge& e : fg.edges)
        row.graph.edges.emplace_back(e.from, e.to);
    Layout layout;
    row.layout = median_timing(o.runs, [&] { layout = layout_flow(flow); });
    row.layout_crossings = layout.crossings;
    row.crossings = count_route_crossings(layout.routes);
#ifdef HEARTFLOW_BENCH_EDITOR
    const EditorFrames frames = measure_editor_frames(flow, std::max(10, o.runs * 4));
    row.frame_fit_ms = frames.fit_ms;
    row.frame_full_ms = frames.full_ms;
    row.route_ms = frames.route_ms;
    row.route_frames = frames.route_frames;
    row.full_route_ms = frames.full_route_ms;
    row.editor_mib = fresh_process_mib("--editor-memory", file, o);
#endif
    row.steps_per_s = steps_per_second(loaded.program, 300000);
    row.load_mib = fresh_process_mib("--load-memory", file, o);
    return row;
}

// [SECTION] Layout against the peers

struct PeerTable {
    const FlowRow* row = nullptr;
    std::optional<Timing> check; // `heartflow check FILE`, whole process
    std::vector<PeerResult> peers;
};

// Median whole process of heartflow with `args`; nullopt when it fails (or `output`, when
// named, is not written): e.g. a build without the export command.
std::optional<Timing> heartflow_process(const std::vector<std::string>& args,
                                        const std::string& output, const Options& o) {
    if (o.heartflow.empty()) return std::nullopt;
    std::vector<std::string> argv{o.heartflow};
    argv.insert(argv.end(), args.begin(), args.end());
    std::vector<double> wall, cpu;
    for (int i = 0; i < o.runs; ++i) {
        if (!output.empty()) fs::remove(output);
        const ProcessRun run =
            run_process(argv, (o.work / "heartflow.out").string(), o.peers.budget_s);
        if (!run.finished || run.exit_code != 0 || (!output.empty() && !fs::exists(output)))
            return std::nullopt;
        wall.push_back(run.time.wall_ms);
        cpu.push_back(run.time.cpu_ms);
    }
    return Timing{median(wall), median(cpu)};
}

// `heartflow export FILE --to svg -o OUT`: load, layout and SVG written, as dot does.
std::optional<Timing> heartflow_export(const FlowRow& row, const Options& o) {
    const std::string svg = (o.work / (row.name + "-heartflow.svg")).string();
    return heartflow_process({"export", row.file.string(), "--to", "svg", "-o", svg}, svg, o);
}

// Runs a peer unless the last size already went over the budget or linear growth from it
// would; `previous_ms` is updated for the next size.
PeerResult run_peer_within_budget(Peer peer, const FlowRow& row, double growth, double& previous_ms,
                                  const Options& o) {
    PeerResult p;
    p.peer = peer;
    const std::string name = "generated-" + size_name(static_cast<std::uint32_t>(row.nodes));
    if (previous_ms < 0) {
        p.skipped = "over the budget at the smaller size";
    } else if (previous_ms * growth > o.peers.budget_s * 1e3) {
        p.skipped = "would take over the budget (at least " + ms_text(previous_ms * growth) +
                    " by linear growth)";
    } else {
        std::fprintf(stderr, "heartflow-bench: %s on %s\n", peer_name(peer), row.name.c_str());
        p = run_peer(peer, row.graph, LayoutOptions{}, name, o.runs, o.peers);
        previous_ms = p.skipped && p.skipped->rfind("over", 0) == 0 ? -1 : p.whole.wall_ms;
        return p;
    }
    previous_ms = -1;
    return p;
}

// [SECTION] Tables

std::string ratio_text(double r) {
    char text[32];
    std::snprintf(text, sizeof text, r >= 100 ? "%.0fx" : "%.2fx", r);
    return text;
}

std::string optional_ms(const std::optional<double>& ms) {
    return ms ? ms_text(*ms) : "not built";
}

void print_flows(const std::vector<FlowRow>& rows) {
    std::printf("| flow | nodes | links | MB | toml++ parse | load+validate | ratio to parse | "
                "layout | crossings | "
                "frame at fit | frame at 100%% | canvas routed | steps/s | peak RSS load | "
                "peak RSS editor |\n");
    std::printf("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | "
                "---: | ---: | ---: | ---: |\n");
    for (const FlowRow& r : rows) {
        const std::string routed = r.route_ms ? optional_ms(r.route_ms) + " in " +
                                                    std::to_string(r.route_frames) + " frames, " +
                                                    ms_text(r.full_route_ms) + " at 100%"
                                              : "not built";
        std::printf("| %s | %zu | %zu | %.2f | %s | %s | %s | %s | %zu | %s | %s | %s | %.2fM | "
                    "%.0f MiB | %s |\n",
                    r.name.c_str(), r.nodes, r.edges, static_cast<double>(r.bytes) / 1e6,
                    ms_text(r.parse.cpu_ms).c_str(), ms_text(r.load.cpu_ms).c_str(),
                    ratio_text(r.load_ratio).c_str(), ms_text(r.layout.cpu_ms).c_str(), r.crossings,
                    optional_ms(r.frame_fit_ms).c_str(), optional_ms(r.frame_full_ms).c_str(),
                    routed.c_str(), r.steps_per_s / 1e6, r.load_mib,
                    r.editor_mib > 0
                        ? (std::to_string(static_cast<int>(r.editor_mib + 0.5)) + " MiB").c_str()
                        : "not built");
        if (r.crossings != r.layout_crossings)
            std::printf("|  | (layout_flow counted %zu crossings; the geometric counter %zu) "
                        "||||||||||||||\n",
                        r.layout_crossings, r.crossings);
    }
}

void print_peers(const PeerTable& t, const std::optional<Timing>& whole, const Options& o) {
    const FlowRow& r = *t.row;
    std::size_t best = 0;
    for (const PeerResult& p : t.peers)
        if (!p.skipped && (best == 0 || p.crossings < best)) best = p.crossings;
    std::printf("\n**%s** (%zu nodes, %zu links)\n\n", r.name.c_str(), r.nodes, r.edges);
    std::printf(
        "| tool | whole process: CPU | wall | layout alone | crossings | crossings / best peer | "
        "whole-process CPU / heartflow's | runs | peak RSS |\n");
    std::printf("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    const std::string crossing_ratio =
        best ? ratio_text(static_cast<double>(r.crossings) / static_cast<double>(best)) : "-";
    if (whole)
        std::printf("| heartflow (export --to svg) | %s | %s | %s | %zu | %s | 1x | %d | |\n",
                    ms_text(whole->cpu_ms).c_str(), ms_text(whole->wall_ms).c_str(),
                    ms_text(r.layout.cpu_ms).c_str(), r.crossings, crossing_ratio.c_str(), o.runs);
    else
        std::printf("| heartflow | `heartflow export --to svg` unavailable in this build | | %s | "
                    "%zu | %s | | %d | |\n",
                    ms_text(r.layout.cpu_ms).c_str(), r.crossings, crossing_ratio.c_str(), o.runs);
    if (!whole && t.check)
        std::printf("| heartflow check (whole process: load + validate; + layout alone = estimate) "
                    "| %s | %s | %s | | | "
                    "1x (est.) | %d | |\n",
                    ms_text(t.check->cpu_ms).c_str(), ms_text(t.check->wall_ms).c_str(),
                    ms_text(t.check->cpu_ms + r.layout.cpu_ms).c_str(), o.runs);
    const std::optional<double> own_ms = whole ? std::optional(whole->cpu_ms)
                                         : t.check
                                             ? std::optional(t.check->cpu_ms + r.layout.cpu_ms)
                                             : std::nullopt;
    for (const PeerResult& p : t.peers) {
        if (p.skipped) {
            std::printf("| %s | skipped: %s | | | | | | | |\n", peer_name(p.peer),
                        p.skipped->c_str());
            continue;
        }
        std::printf(
            "| %s | %s | %s | %s | %zu | %s | %s | %d | %.0f MiB |\n", peer_name(p.peer),
            ms_text(p.whole.cpu_ms).c_str(), ms_text(p.whole.wall_ms).c_str(),
            p.layout_ms ? ms_text(*p.layout_ms).c_str() : "-", p.crossings,
            ratio_text(static_cast<double>(p.crossings) / static_cast<double>(best)).c_str(),
            own_ms ? (ratio_text(p.whole.cpu_ms / *own_ms) + (whole ? "" : " (est.)")).c_str()
                   : "-",
            p.runs, p.peak_mib);
    }
}

void print_growth(const std::vector<FlowRow>& rows) {
    const FlowRow *r10k = nullptr, *r50k = nullptr;
    for (const FlowRow& r : rows) {
        if (r.name == "generated 10k") r10k = &r;
        if (r.name == "generated 50k") r50k = &r;
    }
    if (r10k && r50k)
        std::printf(
            "\nGrowth from 10k to 50k nodes: load+validate %.1fx, layout %.1fx (linear: 5x).\n",
            r50k->load.cpu_ms / r10k->load.cpu_ms, r50k->layout.cpu_ms / r10k->layout.cpu_ms);
}

// [SECTION] main

} // namespace

int main(int argc, char** argv) {
    if (argc == 3 && std::strcmp(argv[1], "--load-memory") == 0) {
        const LoadedFlow loaded = load_flow_file(argv[2]);
        return loaded.ok() ? 0 : 1;
    }
#ifdef HEARTFLOW_BENCH_EDITOR
    if (argc == 3 && std::strcmp(argv[1], "--editor-memory") == 0)
        return editor_peak_mib(argv[2]) > 0 ? 0 : 1;
#endif
    const std::optional<Options> options = parse_options(argc, argv);
    if (!options) {
        std::fputs(kUsage, stderr);
        return 2;
    }
    const Options& o = *options;
    std::vector<fs::path> shipped;
    for (const auto& entry : fs::directory_iterator(o.source / "flows"))
        if (entry.path().extension() == ".toml") shipped.push_back(entry.path());
    std::sort(shipped.begin(), shipped.end());
    std::vector<FlowRow> rows;
    for (const fs::path& file : shipped)
        rows.push_back(measure_flow(file.filename().string(), file, o));
    std::vector<PeerTable> tables;
    for (std::uint32_t n : o.sizes) {
        const fs::path file = o.work / ("generated-" + size_name(n) + ".toml");
        std::ofstream(file, std::ios::binary) << write_flow(heartflow::testing::generated_flow(n));
        std::fprintf(stderr, "heartflow-bench: measuring %s\n", file.filename().c_str());
        rows.push_back(measure_flow("generated " + size_name(n), file, o));
    }
    std::printf("Medians of %d runs; times are CPU time (user + system) unless marked wall.\n\n",
                o.runs);
    print_flows(rows);
    print_growth(rows);
    std::vector<fs::path> generated;
    for (std::uint32_t n : o.sizes)
        generated.push_back(o.work / ("generated-" + size_name(n) + ".toml"));
    print_save_after_edit(generated, o.runs, o.work);
    std::vector<std::uint32_t> routed; // up to 10k: every link of a 50k flow is never routed
    std::copy_if(o.sizes.begin(), o.sizes.end(), std::back_inserter(routed),
                 [](std::uint32_t n) { return n <= 10000; });
    print_routing(routed, o.runs);
    if (!o.heartflow.empty()) {
        std::vector<fs::path> checked = shipped;
        checked.insert(checked.end(), generated.begin(), generated.end());
        const fs::path bare =
            fs::read_symlink("/proc/self/exe").parent_path() / "heartflow-bare-parse";
        print_check_against_bare_parse(checked, o.heartflow, bare.string(),
                                       std::max(o.runs * 10, 30));
    }
    std::printf("\n### Layout against the peers (same graphs, one crossing counter)\n");
    std::vector<double> previous_ms(std::size(kAllPeers),
                                    0.0); // wall ms at the last size; < 0: over budget
    std::size_t previous_nodes = 0;
    for (std::size_t i = rows.size() - o.sizes.size(); i < rows.size(); ++i) {
        PeerTable t;
        t.row = &rows[i];
        t.check = heartflow_process({"check", rows[i].file.string()}, "", o);
        const double growth = previous_nodes ? static_cast<double>(rows[i].nodes) /
                                                   static_cast<double>(previous_nodes)
                                             : 1;
        for (std::size_t k = 0; k < std::size(kAllPeers); ++k)
            if (std::find(o.peers_to_run.begin(), o.peers_to_run.end(), kAllPeers[k]) !=
                o.peers_to_run.end())
                t.peers.push_back(
                    run_peer_within_budget(kAllPeers[k], rows[i], growth, previous_ms[k], o));
        previous_nodes = rows[i].nodes;
        print_peers(t, heartflow_export(rows[i], o), o);
    }
    std::printf("\nPeer time budget: %.0f s per tool and graph (all runs together).\n",
                o.peers.budget_s);
    return 0;
}

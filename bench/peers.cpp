// Writing the graph for each peer, running it, and reading its routed edges back.
#include "peers.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace heartflow::bench {

namespace {

bool on_path(const std::string& program) {
    const char* path = std::getenv("PATH");
    std::stringstream dirs(path ? path : "");
    for (std::string dir; std::getline(dirs, dir, ':');)
        if (!dir.empty() && access((dir + "/" + program).c_str(), X_OK) == 0) return true;
    return false;
}

bool is_dot(Peer peer) {
    return peer == Peer::dot_default || peer == Peer::dot_tuned;
}

// DOT with fixed-size boxes of the layout's size (inches: 72 units each) and no edge labels.
void write_dot(const std::string& path, const LayoutGraph& graph, const LayoutOptions& o) {
    std::ofstream out(path);
    out << "digraph G {\n  graph [nodesep=" << o.node_gap / 72 << ", ranksep=" << o.layer_gap / 72
        << "];\n"
        << "  node [shape=box, fixedsize=true, width=" << o.node_width / 72
        << ", height=" << o.node_height / 72 << "];\n";
    for (std::uint32_t v = 0; v < graph.node_count; ++v)
        out << "  " << v << " [label=\"Step " << v << "\"];\n";
    for (auto [a, b] : graph.edges)
        out << "  " << a << " -> " << b << ";\n";
    out << "}\n";
}

void write_json(const std::string& path, const LayoutGraph& graph, const LayoutOptions& o) {
    std::ofstream out(path);
    out << "{\"n\":" << graph.node_count << ",\"w\":" << o.node_width << ",\"h\":" << o.node_height
        << ",\"node_gap\":" << o.node_gap << ",\"layer_gap\":" << o.layer_gap << ",\"edges\":[";
    for (std::size_t e = 0; e < graph.edges.size(); ++e)
        out << (e ? "," : "") << "[" << graph.edges[e].first << "," << graph.edges[e].second << "]";
    out << "]}\n";
}

// `dot -Tplain`: "edge tail head n x1 y1 ... xn yn ..."; the spline's on-curve points (every
// third control point) are joined by straight segments.
std::vector<std::vector<LayoutPoint>> read_plain(const std::string& path) {
    std::vector<std::vector<LayoutPoint>> routes;
    std::ifstream in(path);
    for (std::string line; std::getline(in, line);) {
        std::istringstream words(line);
        std::string kind, tail, head;
        std::size_t n = 0;
        if (!(words >> kind >> tail >> head >> n) || kind != "edge") continue;
        std::vector<LayoutPoint> route;
        for (std::size_t i = 0; i < n; ++i) {
            LayoutPoint p;
            words >> p.x >> p.y;
            if (i % 3 == 0) route.push_back(p);
        }
        routes.push_back(std::move(route));
    }
    return routes;
}

// peers.js output: the layout's ms, then one "x y x y ..." line per edge.
std::vector<std::vector<LayoutPoint>> read_polylines(const std::string& path, double& layout_ms) {
    std::vector<std::vector<LayoutPoint>> routes;
    std::ifstream in(path);
    std::string line;
    layout_ms = std::getline(in, line) ? std::atof(line.c_str()) : 0;
    while (std::getline(in, line)) {
        std::istringstream words(line);
        std::vector<LayoutPoint> route;
        for (LayoutPoint p; words >> p.x >> p.y;)
            route.push_back(p);
        routes.push_back(std::move(route));
    }
    return routes;
}

std::vector<std::string> command(Peer peer, const std::string& input, const std::string& svg,
                                 const std::string& plain, const PeerSetup& setup) {
    switch (peer) {
    case Peer::dot_default:
        return {"dot", "-Tsvg", "-o" + svg, "-Tplain", "-o" + plain, input};
    case Peer::dot_tuned:
        return {"dot",   "-Gnslimit=0.1", "-Gmclimit=0.1", "-Gsplines=line",
                "-Tsvg", "-o" + svg,      "-Tplain",       "-o" + plain,
                input};
    case Peer::dagre:
        return {"node", setup.script, "dagre", setup.node_modules, input};
    case Peer::elkjs:
        return {"node", setup.script, "elkjs", setup.node_modules, input};
    }
    return {};
}

std::string seconds_text(double s) {
    char text[32];
    std::snprintf(text, sizeof text, "%.0f s", s);
    return text;
}

} // namespace

const char* peer_key(Peer peer) {
    switch (peer) {
    case Peer::dot_default:
        return "dot";
    case Peer::dot_tuned:
        return "dot-tuned";
    case Peer::dagre:
        return "dagre";
    case Peer::elkjs:
        return "elkjs";
    }
    return "?";
}

const char* peer_name(Peer peer) {
    switch (peer) {
    case Peer::dot_default:
        return "Graphviz dot (default)";
    case Peer::dot_tuned:
        return "dot tuned (nslimit, mclimit 0.1, splines=line)";
    case Peer::dagre:
        return "dagre (@dagrejs/dagre)";
    case Peer::elkjs:
        return "elkjs (layered)";
    }
    return "?";
}

bool peer_available(Peer peer, const PeerSetup& setup) {
    if (is_dot(peer)) return on_path("dot");
    return on_path("node") && !setup.node_modules.empty() &&
           std::filesystem::exists(std::filesystem::path(setup.node_modules) /
                                   (peer == Peer::dagre ? "@dagrejs/dagre" : "elkjs"));
}

PeerResult run_peer(Peer peer, const LayoutGraph& graph, const LayoutOptions& options,
                    const std::string& name, int runs, const PeerSetup& setup) {
    PeerResult result;
    result.peer = peer;
    if (!peer_available(peer, setup)) {
        result.skipped = is_dot(peer) ? "not installed (apt-get install graphviz)"
                                      : "not installed (node, npm ci)";
        return result;
    }
    const std::string base =
        setup.work_dir + "/" + name +
        (is_dot(peer) ? "" : "-" + std::string(peer == Peer::dagre ? "dagre" : "elkjs"));
    const std::string input = base + (is_dot(peer) ? ".dot" : ".json");
    const std::string tag = peer == Peer::dot_tuned ? "-tuned" : "";
    const std::string svg = base + tag + ".svg", plain = base + tag + ".plain",
                      stdout_path = base + tag + ".out";
    if (is_dot(peer))
        write_dot(input, graph, options);
    else
        write_json(input, graph, options);
    std::vector<double> wall, cpu, layout;
    double spent = 0;
    while (static_cast<int>(wall.size()) < runs && spent < setup.budget_s) {
        const ProcessRun run = run_process(command(peer, input, svg, plain, setup), stdout_path,
                                           setup.budget_s - spent);
        spent += run.time.wall_ms / 1e3;
        if (!run.finished || run.exit_code != 0) {
            if (wall.empty())
                result.skipped =
                    run.finished ? "failed" : "over the budget of " + seconds_text(setup.budget_s);
            break;
        }
        wall.push_back(run.time.wall_ms);
        cpu.push_back(run.time.cpu_ms);
        result.peak_mib = run.peak_mib;
        const bool first = wall.size() == 1;
        if (is_dot(peer)) {
            if (first) result.crossings = count_route_crossings(read_plain(plain));
        } else {
            double ms = 0;
            const std::vector<std::vector<LayoutPoint>> routes = read_polylines(stdout_path, ms);
            layout.push_back(ms);
            if (first) result.crossings = count_route_crossings(routes);
        }
    }
    if (result.skipped) return result;
    result.runs = static_cast<int>(wall.size());
    result.whole = {median(wall), median(cpu)};
    if (!layout.empty()) result.layout_ms = median(layout);
    return result;
}

} // namespace heartflow::bench

// Fuzz target: bytes -> flow; when it loads without errors, a sequence of editor edits derived
// from the bytes (edit a text, move, add a node, add a choice, delete a node, rename, reorder
// choices; reorder variables or a test's steps) is saved through update_flow_text. The saved
// text must load, load as edited, and keep every comment that was not inside a deleted node's
// block (ids unique).
#include "flow_comments.h"
#include "flow_rename.h"
#include "fuzz_check.h"

#include <heartflow/flow_text.h>
#include <heartflow/loader.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <random>
#include <set>
#include <string>

namespace {

using namespace heartflow;
using heartflow::testing::comment_texts;
using heartflow::testing::rename_node;

bool has_error(const std::vector<Diagnostic>& ds) {
    return std::any_of(ds.begin(), ds.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::error; });
}

// The base id of each node renamed so far, by its id now.
using Origins = std::map<std::string, std::string>;

// One random edit of the kinds the editor makes; a deleted node's base id goes into `deleted`.
// None once every node is deleted (a deletion takes every node with its id, and a file may
// give them all one id).
void random_edit(Flow& f, std::mt19937_64& rng, std::set<std::string>& deleted, Origins& origins,
                 int serial) {
    if (f.nodes.empty()) return;
    auto pick = [&](std::size_t n) { return static_cast<std::size_t>(rng() % n); };
    const std::size_t at = pick(f.nodes.size());
    Node& n = f.nodes[at];
    const std::string tag = std::to_string(serial);
    switch (pick(8)) {
    case 0:
        n.text += pick(2) ? "\nA new line " + tag : " edited " + tag;
        break;
    case 1:
        n.pos = std::array<double, 2>{double(pick(3000)) - 1000, double(pick(3000)) + 0.25};
        break;
    case 2: {
        Node copy = n;
        copy.id.value = "fuzz-copy-" + tag;
        f.nodes.insert(f.nodes.begin() + static_cast<std::ptrdiff_t>(at) + 1, copy);
        break;
    }
    case 3:
        if (!n.next)
            n.choices.push_back(
                Choice{"Choice " + tag, f.nodes.front().id, std::nullopt, {}, {}, {}, {}});
        break;
    case 4:
        if (f.nodes.size() > 1 && n.id != f.info.start) {
            const NodeId gone = n.id;
            auto origin = origins.find(gone.value);
            deleted.insert(origin == origins.end() ? gone.value : origin->second);
            std::erase_if(f.nodes, [&](const Node& m) { return m.id == gone; });
        }
        break;
    case 5: {
        const std::string old = n.id.value, renamed = "fuzz-renamed-" + tag;
        auto origin = origins.find(old);
        origins[renamed] = origin == origins.end() ? old : origin->second;
        origins.erase(old);
        rename_node(f, NodeId{old}, NodeId{renamed});
        break;
    }
    case 6:
        if (n.choices.size() >= 2) std::swap(n.choices.front(), n.choices.back());
        if (!n.choices.empty()) n.choices.front().label += " " + tag;
        break;
    default: {
        Node taken = n;
        f.nodes.erase(f.nodes.begin() + static_cast<std::ptrdiff_t>(at));
        f.nodes.insert(f.nodes.begin() + static_cast<std::ptrdiff_t>(pick(f.nodes.size() + 1)),
                       taken);
        break;
    }
    }
}

// One random edit inside values that hold comments in hand-written files, or none: the first
// and last variables of [vars] swapped, or a test's `choose` list reversed and a step added. It
// is drawn after the node edits, so each regression input still makes the node edits it was
// found with.
void random_value_edit(Flow& f, std::mt19937_64& rng) {
    const auto kind = rng() % 3;
    if (kind == 0 && f.variables.size() >= 2) std::swap(f.variables.front(), f.variables.back());
    if (kind == 1 && !f.tests.empty()) {
        auto& steps = f.tests[rng() % f.tests.size()].steps;
        std::reverse(steps.begin(), steps.end());
        steps.push_back(TestStep{1, {}});
    }
}

// True when two nodes share an id: which of them an edit is about is then a guess, so only the
// loading properties are checked (the validator reports the repeat as HF0303).
bool repeats_ids(const Flow& f) {
    std::set<std::string_view> ids;
    for (const Node& n : f.nodes)
        if (!ids.insert(n.id.value).second) return true;
    return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    ParseResult first = parse_flow(text);
    if (!first.flow || has_error(first.diagnostics) || first.flow->nodes.empty()) return 0;
    auto layout = layout_flow_text(text);
    FUZZ_CHECK(layout.has_value(), "the scanner follows every file the loader accepts");
    std::uint64_t seed = 1469598103934665603ull; // FNV-1a of the bytes picks the edits
    for (char c : text)
        seed = (seed ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    std::mt19937_64 rng(seed);
    const Flow& base = *first.flow;
    Flow edited = base;
    std::set<std::string> deleted;
    Origins origins;
    for (int e = 0, count = 1 + static_cast<int>(rng() % 6); e < count; ++e)
        random_edit(edited, rng, deleted, origins, e);
    random_value_edit(edited, rng);
    const std::string out = update_flow_text(text, base, edited);
    ParseResult second = parse_flow(out);
    if (!second.flow || !loads_as_edited(*second.flow, base, edited))
        std::fprintf(stderr, "written:\n%s\n", out.c_str());
    FUZZ_CHECK(second.flow.has_value(), "the saved text loads");
    FUZZ_CHECK(loads_as_edited(*second.flow, base, edited), "the saved text loads as edited");
    auto out_layout = layout_flow_text(out);
    FUZZ_CHECK(out_layout.has_value(), "the saved text scans");
    if (repeats_ids(base)) return 0;
    const auto after = comment_texts(out, *out_layout, *second.flow, {});
    for (const std::string& c : comment_texts(text, *layout, base, deleted)) {
        if (after.count(c) < 1)
            std::fprintf(stderr, "lost: %s\nwritten:\n%s\n", c.c_str(), out.c_str());
        FUZZ_CHECK(after.count(c) >= 1, "every comment outside a deleted node is kept");
    }
    return 0;
}

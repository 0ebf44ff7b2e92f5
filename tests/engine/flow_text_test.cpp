// The lossless text layer (flow_text.h): round trips, targeted edits, random edit sequences and
// the formatter, over the shipped flows, a hand-written file with comments in every place TOML
// allows, and generated flows. flow_text_suite_test.cpp runs TOML's own conformance files.
#include "flow_comments.h"
#include "flow_edit_check.h"
#include "flow_rename.h"
#include "generated_flow.h"

#include <heartflow/writer.h>

#include <fstream>
#include <map>
#include <random>
#include <sstream>

using namespace heartflow;
using namespace heartflow::testing;

namespace {

std::string read_text(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// Every comment of `text`, as written (scanned, so '#' inside strings is not one).
std::multiset<std::string> comments_in(std::string_view text) {
    auto layout = layout_flow_text(text);
    REQUIRE(layout);
    return comment_texts(text, *layout);
}

std::vector<std::filesystem::path> sample_files() {
    std::vector<std::filesystem::path> files = {data_dir() / "flows" / "comments-everywhere.toml",
                                                data_dir() / "flows" / "every-field.toml"};
    const auto flows = std::filesystem::path(HEARTFLOW_SOURCE_DIR) / "flows";
    for (const auto& dir : {flows, flows / "templates"})
        for (const auto& e : std::filesystem::directory_iterator(dir))
            if (e.path().extension() == ".toml") files.push_back(e.path());
    return files;
}

// Random edits of the kinds the editor makes, applied to `f`, in any combination (a choice moved
// and edited, a node renamed and edited); nodes deleted are added to `deleted`.
void random_edit(Flow& f, std::mt19937& rng, std::set<std::string>& deleted) {
    auto pick = [&](std::size_t n) {
        return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng);
    };
    Node& n = f.nodes[pick(f.nodes.size())];
    switch (pick(10)) {
    case 0:
        n.text += n.text.find('\n') != std::string::npos ? "\nOne more line." : " Edited.";
        break;
    case 1:
        n.title = "New title " + std::to_string(pick(100));
        break;
    case 2:
        n.pos = std::array<double, 2>{double(pick(2000)), double(pick(2000)) + 0.4};
        break;
    case 3: {
        Node copy = n;
        copy.id.value += "-copy" + std::to_string(pick(1000000));
        const auto at = std::find_if(f.nodes.begin(), f.nodes.end(),
                                     [&](const Node& m) { return m.id == n.id; });
        f.nodes.insert(at + 1, copy);
        break;
    }
    case 4:
        if (f.nodes.size() > 2 && n.id != f.info.start && (!f.info.help || n.id != *f.info.help)) {
            std::string base_id = n.id.value; // a renamed node is deleted under its base id
            while (base_id.ends_with("-renamed"))
                base_id.resize(base_id.size() - 8);
            deleted.insert(base_id);
            const NodeId gone = n.id;
            std::erase_if(f.nodes, [&](const Node& m) { return m.id == gone; });
        }
        break;
    case 5: {
        const NodeId old = n.id;
        rename_node(f, old, NodeId{old.value + "-renamed"});
        break;
    }
    case 6:
        if (!n.next)
            n.choices.push_back(
                Choice{"A new way", f.nodes.front().id, std::nullopt, {}, {}, {}, {}});
        break;
    case 7:
        if (!n.choices.empty()) n.choices.back().label += " (edited)";
        break;
    case 8: { // a node moved in the order
        const std::size_t to = pick(f.nodes.size());
        Node taken = n;
        const NodeId id = n.id;
        std::erase_if(f.nodes, [&](const Node& m) { return m.id == id; });
        f.nodes.insert(f.nodes.begin() + static_cast<std::ptrdiff_t>(std::min(to, f.nodes.size())),
                       taken);
        break;
    }
    default:
        if (n.choices.size() >= 2) std::swap(n.choices[0], n.choices[1]);
        break;
    }
}

} // namespace

TEST_CASE("an unedited flow is written back byte for byte") {
    for (const auto& file : sample_files()) {
        CAPTURE(file);
        const std::string text = read_text(file);
        const Flow flow = loaded_flow(text);
        CHECK(update_flow_text(text, flow, flow) == text);
        Flow undone = flow; // an edit and its undo
        undone.nodes.front().text += " more";
        undone.nodes.front().text = flow.nodes.front().text;
        CHECK(update_flow_text(text, flow, undone) == text);
    }
}

TEST_CASE("an edit changes only the lines it is about, in the value's own style") {
    const std::string text = read_text(data_dir() / "flows" / "comments-everywhere.toml");
    const Flow base = loaded_flow(text);
    Flow edited = base;
    edited.nodes[0].text = "A literal multi-line text.\nChanged.";
    edited.nodes[0].choices[1].label = "To the end";
    edited.info.description = "Now one line.";
    edited.nodes[2].pos = std::array<double, 2>{100.4, 200.6};
    const std::string out = update_flow_text(text, base, edited);
    CHECK(out.find("text = '''\nA literal multi-line text.\nChanged.'''") != std::string::npos);
    CHECK(out.find("label = 'To the end'") != std::string::npos);
    CHECK(out.find("description = \"\"\"\nNow one line.\"\"\"   # after a multi-line string") !=
          std::string::npos);
    CHECK(out.find("title = \"Done\"\ntext = \"Done.\"\npos = [100, 201]\n") != std::string::npos);
    CHECK(comments_in(out) == comments_in(text));
    CHECK(loads_as_edited(loaded_flow(out), base, edited));
}

TEST_CASE(
    "new nodes and choices are blocks after the one before; deleting takes the comments above") {
    const std::string text = read_text(data_dir() / "flows" / "comments-everywhere.toml");
    const Flow base = loaded_flow(text);
    Flow edited = base;
    Node copy = base.nodes[0];
    copy.id.value = "welcome-2";
    copy.choices.clear();
    copy.next = NodeId{"end"};
    edited.nodes.insert(edited.nodes.begin() + 1, copy);
    edited.nodes[2].choices.clear(); // breathe has none; add one to end instead
    edited.nodes[3].choices.push_back(
        Choice{"Again", NodeId{"welcome"}, std::nullopt, {}, {}, {}, {}});
    edited.nodes.erase(edited.nodes.begin() + 2); // breathe
    const std::string out = update_flow_text(text, base, edited);
    INFO(out);
    CHECK(out.find("  # at the end of the last choice\n\n[[node]]\nid = \"welcome-2\"") !=
          std::string::npos);
    CHECK(out.find("directly above breathe") == std::string::npos);
    CHECK(out.find("# a free remark between nodes") != std::string::npos);
    CHECK(out.find("text = \"Done.\"\n\n  [[node.choice]]\n  label = \"Again\"") !=
          std::string::npos);
    CHECK(loads_as_edited(loaded_flow(out), base, edited));
}

TEST_CASE("a flow without positions stays without them; unknown keys survive") {
    const std::string text =
        "[flow]\nid = \"f\"\ntitle = \"T\"\nstart = \"a\"\nmood = 1\n\n[[node]]\nid = \"a\"\n"
        "kind = \"ending\"\ntext = \"Hi\"\ncolour = \"red\" # unknown\n";
    Flow base = loaded_flow(text);
    base.nodes[0].pos = std::array<double, 2>{3.5, 7.25}; // the editor's provisional layout
    Flow edited = base;
    edited.nodes[0].text = "Hello";
    const std::string out = update_flow_text(text, base, edited);
    CHECK(out ==
          "[flow]\nid = \"f\"\ntitle = \"T\"\nstart = \"a\"\nmood = 1\n\n[[node]]\nid = \"a\"\n"
          "kind = \"ending\"\ntext = \"Hello\"\ncolour = \"red\" # unknown\n");
    CHECK(loads_as_edited(loaded_flow(out), base, edited));
}

TEST_CASE("CRLF files keep their line endings through edits") {
    std::string text = read_text(data_dir() / "flows" / "comments-everywhere.toml");
    std::string crlf;
    for (char c : text)
        crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    const Flow base = loaded_flow(crlf);
    Flow edited = base;
    edited.nodes.push_back(edited.nodes.back());
    edited.nodes.back().id.value = "extra";
    const std::string out = update_flow_text(crlf, base, edited);
    CHECK(out.find("\n[[node]]\r\nid = \"extra\"\r\n") != std::string::npos);
    CHECK(std::count(out.begin(), out.end(), '\n') == std::count(out.begin(), out.end(), '\r'));
    CHECK(loads_as_edited(loaded_flow(out), base, edited));
}

TEST_CASE("random edit sequences keep every comment not in a deleted node and load as edited") {
    std::mt19937 rng(14);
    std::vector<std::pair<std::string, std::string>> samples;
    for (const auto& file : sample_files())
        samples.emplace_back(file.string(), read_text(file));
    samples.emplace_back("generated", write_flow(generated_flow(120)));
    for (const auto& item : samples) {
        const auto& [name, text] = item; // clang 14 cannot capture a binding
        CAPTURE(item.first);
        const Flow base = loaded_flow(text);
        auto layout = layout_flow_text(text);
        REQUIRE(layout);
        for (int round = 0; round < 12; ++round) {
            Flow edited = base;
            std::set<std::string> deleted;
            for (int e = 0; e < 6; ++e)
                random_edit(edited, rng, deleted);
            const std::string out = update_flow_text(text, base, edited);
            CHECK(loads_as_edited(loaded_flow(out), base, edited));
            const auto expected = comment_texts(text, *layout, base, deleted);
            const auto kept = comments_in(out);
            for (const std::string& c : expected)
                CHECK_MESSAGE(kept.count(c) >= expected.count(c), c);
        }
    }
}

TEST_CASE("fmt keeps every comment, loads to the same flow and is idempotent") {
    std::vector<std::pair<std::string, std::string>> samples;
    for (const auto& file : sample_files())
        samples.emplace_back(file.string(), read_text(file));
    samples.emplace_back("generated", write_flow(generated_flow(200)));
    for (const auto& item : samples) {
        const auto& [name, text] = item; // clang 14 cannot capture a binding
        CAPTURE(item.first);
        const Flow flow = loaded_flow(text);
        CHECK(update_flow_text(text, flow, flow) == text);
        auto once = format_flow_text(text, flow);
        if (!once) continue; // comments in a shape fmt refuses: it changes nothing
        CHECK(loaded_flow(*once) == flow);
        CHECK(comments_in(*once) == comments_in(text));
        CHECK(format_flow_text(*once, flow) == once);
    }
    const Flow generated = generated_flow(50);
    CHECK(format_flow_text(write_flow(generated), generated) ==
          write_flow(generated)); // import's output is canonical
}

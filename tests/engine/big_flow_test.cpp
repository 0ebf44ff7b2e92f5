// Big flows are parsed a node at a time (toml++ 3.3.0 is quadratic on them otherwise); these
// tests hold that path to the same results and the same positions as a whole-file parse.
#include "test_support.h"

#include <heartflow/writer.h>

using namespace heartflow;
using namespace heartflow::testing;

namespace {

// A valid flow of `count` nodes in a chain with side choices, written canonically.
Flow chain_flow(int count) {
    Flow f;
    f.info.id = "big";
    f.info.title = "Big";
    f.info.start = NodeId{"n0"};
    f.variables.push_back({"steps", std::int64_t{0}, {}});
    for (int i = 0; i < count; ++i) {
        Node n;
        n.id = NodeId{"n" + std::to_string(i)};
        n.kind = i + 1 == count ? NodeKind::ending : NodeKind::question;
        n.text = "Step {steps} of a long \"walk\".\nSecond line " + std::to_string(i);
        if (i + 1 < count) {
            n.choices.push_back({"Next",
                                 NodeId{"n" + std::to_string(i + 1)},
                                 std::nullopt,
                                 {{"steps", {"steps + 1", {}}, {}}},
                                 {},
                                 {},
                                 {}});
            n.choices.push_back({"Back to the start",
                                 NodeId{"n0"},
                                 ExpressionText{"steps > 3", {}},
                                 {},
                                 {},
                                 {},
                                 {}});
        }
        f.nodes.push_back(std::move(n));
    }
    return f;
}

std::string with_line(const std::string& text, int line, const std::string& inserted) {
    std::size_t at = 0;
    for (int l = 1; l < line; ++l)
        at = text.find('\n', at) + 1;
    return text.substr(0, at) + inserted + "\n" + text.substr(at);
}

int line_of(const std::string& text, const std::string& needle) {
    std::size_t at = text.find(needle);
    REQUIRE(at != std::string::npos);
    return 1 + static_cast<int>(
                   std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
}

} // namespace

TEST_CASE("a big flow loads node by node to the same flow") {
    Flow original = chain_flow(3500);
    std::string text = write_flow(original);
    ParseResult parsed = parse_flow(text);
    INFO(describe_all(parsed.diagnostics));
    REQUIRE(parsed.flow.has_value());
    CHECK(parsed.diagnostics.empty());
    CHECK(parsed.pieces == 3500);
    CHECK(*parsed.flow == original);
    CHECK(parsed.flow->nodes[3200].choices[1].target_range.begin.line ==
          line_of(text, "id = \"n3200\"") + 13);
}

TEST_CASE("tables after the nodes, sub-tables of a node and comments are read in a big flow") {
    std::string text = write_flow(chain_flow(3200));
    int node_line = line_of(text, "id = \"n3100\"");
    text = with_line(text, node_line + 6,
                     "[node.set] # a sub-table of n3100, written as a header\nsteps = 5");
    text += "\n# a comment\n[[test]]\nname = \"start\"\nchoose = []\nreach = \"n0\"\n";
    ParseResult parsed = parse_flow(text);
    INFO(describe_all(parsed.diagnostics));
    REQUIRE(parsed.flow.has_value());
    CHECK(parsed.pieces == 3200);
    REQUIRE(parsed.flow->tests.size() == 1);
    const Node& n = parsed.flow->nodes[3100];
    REQUIRE(n.effects.size() == 1);
    CHECK(n.effects[0].value.source == "5");
    CHECK(n.effects[0].range.begin.line == static_cast<std::uint32_t>(node_line + 7));
    CHECK(n.choices.size() == 2);
}

TEST_CASE("problems deep in a big flow keep their file positions") {
    std::string text = write_flow(chain_flow(3200));
    int line = line_of(text, "id = \"n3150\"");
    std::string typo = with_line(text, line + 1, "tilte = \"typo\"");
    ParseResult warned = parse_flow(typo);
    CHECK(warned.pieces == 3200);
    CHECK(has_diagnostic(warned.diagnostics, DiagCode::unknown_key,
                         static_cast<std::uint32_t>(line + 1), 1));
    std::string broken = with_line(text, line + 1, "title = [1,");
    ParseResult refused = parse_flow(broken);
    CHECK_FALSE(refused.flow.has_value());
    REQUIRE_FALSE(refused.diagnostics.empty());
    CHECK(refused.diagnostics.front().code == DiagCode::toml_syntax);
    CHECK(refused.diagnostics.front().range.begin.line >= static_cast<std::uint32_t>(line + 1));
    CHECK(refused.diagnostics.front().range.begin.line <= static_cast<std::uint32_t>(line + 2));
    std::string duplicate = text + "\n[flow]\nid = \"again\"\n";
    ParseResult twice = parse_flow(duplicate);
    CHECK_FALSE(twice.flow.has_value());
    CHECK(twice.diagnostics.front().code == DiagCode::toml_syntax);
}

TEST_CASE("a big file without a [flow] table is not a flow") {
    std::string text = write_flow(chain_flow(1100));
    text = text.substr(text.find("[[node]]"));
    ParseResult parsed = parse_flow(text);
    CHECK_FALSE(parsed.flow.has_value());
    REQUIRE(parsed.diagnostics.size() == 1);
    CHECK(parsed.diagnostics[0].code == DiagCode::not_a_flow);
}

TEST_CASE("small flows are parsed in one piece") {
    ParseResult parsed = parse_flow(write_flow(chain_flow(50)));
    REQUIRE(parsed.flow.has_value());
    CHECK(parsed.pieces == 0);
}

// Copy and paste through text, node and flow templates, and provisional placement.
#include "document/clipboard.h"
#include "document/document.h"
#include "document/placement.h"
#include "document/templates.h"
#include "editor_test_flows.h"
#include "heartflow/writer.h"

#include <doctest/doctest.h>

using namespace heartflow;
using namespace heartflow::editor;
using heartflow::editor::test::kSmallFlow;
using heartflow::editor::test::must_parse;

TEST_CASE("copied nodes paste into another flow with fresh ids and their links kept") {
    const Flow source = must_parse(kSmallFlow);
    std::vector<std::size_t> picked{0, 1};
    const std::string text = copy_nodes(source, picked);
    auto nodes = parse_copied_nodes(text);
    REQUIRE(nodes.has_value());
    REQUIRE(nodes->size() == 2);
    CHECK((*nodes)[0] == source.nodes[0]);

    Document target(source);
    target.apply(insert_copies(target.flow(), *nodes, {40, 40}), "paste");
    REQUIRE(target.flow().nodes.size() == 5);
    CHECK(target.flow().nodes[3].id.value == "start-2");
    CHECK(target.flow().nodes[3].choices[0].target.value == "a-2");
    CHECK(target.flow().nodes[3].choices[1].effects == source.nodes[0].choices[1].effects);
}

TEST_CASE("text that is not copied nodes does not paste") {
    CHECK_FALSE(parse_copied_nodes("hello").has_value());
    CHECK_FALSE(parse_copied_nodes(std::string(kSmallFlow)).has_value());
}

TEST_CASE("every flow template validates without errors and saves losslessly") {
    for (const auto& t : flow_templates()) {
        CAPTURE(t.name);
        const Validation v = validate_for_editor(t.flow);
        CHECK(v.errors == 0);
        CHECK(v.warnings == 0);
        ParseResult back = parse_flow(write_flow(t.flow));
        REQUIRE(back.flow.has_value());
        CHECK(*back.flow == t.flow);
        for (const auto& n : t.flow.nodes)
            CHECK(n.pos.has_value());
    }
}

TEST_CASE("node templates carry the fields of their kind") {
    for (NodeKind k : {NodeKind::question, NodeKind::prompt, NodeKind::reflection,
                       NodeKind::body_check, NodeKind::breathing, NodeKind::ending}) {
        Node n = node_template(k, {1, 2});
        CHECK(n.kind == k);
        CHECK(n.id.value == kind_name(k));
        CHECK_FALSE(n.text.empty());
        CHECK(n.pos == std::array<double, 2>{1, 2});
    }
    CHECK(node_template(NodeKind::breathing, {0, 0}).pattern.has_value());
    CHECK_FALSE(node_template(NodeKind::reflection, {0, 0}).save_as.empty());
}

TEST_CASE("provisional placement lays out unpositioned nodes below the positioned ones") {
    Flow flow = must_parse(kSmallFlow);
    auto at = provisional_positions(flow);
    REQUIRE(at.size() == 3);
    CHECK(at[0][1] < at[1][1]);
    CHECK(at[1][1] == at[2][1]);
    CHECK(at[1][0] != at[2][0]);
    flow.nodes[0].pos = std::array<double, 2>{500, 500};
    at = provisional_positions(flow);
    CHECK(at[0] == Vec2{500, 500});
    CHECK(at[1][1] > 500);
    CHECK(at[2][1] > 500);
}

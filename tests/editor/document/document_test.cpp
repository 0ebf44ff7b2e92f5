// The document: every command applies, undoes and redoes exactly; dirty tracking; merging;
// live validation tied to nodes.
#include "document/document.h"
#include "document/edits.h"
#include "document/insert_on_link.h"
#include "document/node_box.h"
#include "document/placement.h"
#include "editor_test_flows.h"

#include <heartflow/loader.h>

#include <doctest/doctest.h>

using namespace heartflow;
using namespace heartflow::editor;
using heartflow::editor::test::kSmallFlow;
using heartflow::editor::test::must_parse;

namespace {

// Applies `change` to a document over `start`, then checks undo gives `start` back and redo
// gives the edited flow again. Returns the edited flow.
Flow round_trip(const Flow& start, Change change) {
    Document doc(start);
    doc.apply(std::move(change), "edit");
    const Flow edited = doc.flow();
    REQUIRE(doc.can_undo());
    CHECK(doc.undo());
    CHECK(doc.flow() == start);
    CHECK(doc.redo());
    CHECK(doc.flow() == edited);
    return edited;
}

} // namespace

TEST_CASE("every command undoes to the exact flow and redoes to the edited one") {
    const Flow flow = must_parse(kSmallFlow);

    SUBCASE("add a node makes its id unique") {
        Node n;
        n.id.value = "a";
        n.kind = NodeKind::prompt;
        Flow edited = round_trip(flow, add_node(flow, n));
        REQUIRE(edited.nodes.size() == 4);
        CHECK(edited.nodes[3].id.value == "a-2");
    }
    SUBCASE("delete nodes keeps the others in order") {
        std::vector<std::size_t> gone{2, 0};
        Flow edited = round_trip(flow, delete_nodes(flow, gone));
        REQUIRE(edited.nodes.size() == 1);
        CHECK(edited.nodes[0].id.value == "a");
    }
    SUBCASE("duplicate redirects links between the copies and keeps outside links") {
        std::vector<std::size_t> picked{0, 1};
        Flow edited = round_trip(flow, duplicate_nodes(flow, picked, {20, 30}));
        REQUIRE(edited.nodes.size() == 5);
        CHECK(edited.nodes[3].id.value == "start-2");
        CHECK(edited.nodes[4].id.value == "a-2");
        CHECK(edited.nodes[3].choices[0].target.value == "a-2");
        CHECK(edited.nodes[3].choices[1].target.value == "b");
        CHECK(edited.nodes[3].pos == std::array<double, 2>{20, 30});
    }
    SUBCASE("move starts from where a node is drawn and pins the other unpositioned nodes") {
        std::vector<std::size_t> picked{1};
        std::vector<Vec2> drawn{{0, 0}, {100, 50}, {300, 50}};
        Flow edited = round_trip(flow, move_nodes(flow, picked, {5, -5}, drawn));
        CHECK(edited.nodes[1].pos == std::array<double, 2>{105, 45});
        CHECK(edited.nodes[2].pos == std::array<double, 2>{300, 50});
        Flow again = round_trip(edited, move_nodes(edited, picked, {1, 1}));
        CHECK(again.nodes[1].pos == std::array<double, 2>{106, 46});
    }
    SUBCASE("auto-layout writes a position for every node, top to bottom") {
        Flow edited = round_trip(flow, auto_layout(flow));
        for (const auto& n : edited.nodes)
            REQUIRE(n.pos.has_value());
        CHECK((*edited.nodes[0].pos)[1] < (*edited.nodes[1].pos)[1]);
        Flow plain = edited;
        for (auto& n : plain.nodes)
            n.pos.reset();
        CHECK(plain == flow);
    }
    SUBCASE("renaming a node follows every reference") {
        Node renamed = flow.nodes[0];
        renamed.id.value = "welcome";
        Flow with_test = flow;
        FlowTest t;
        t.name = "walk";
        t.reach.value = "start";
        with_test.tests.push_back(t);
        Flow edited = round_trip(with_test, edit_node(with_test, 0, renamed));
        CHECK(edited.info.start.value == "welcome");
        CHECK(edited.tests[0].reach.value == "welcome");
        Node renamed_a = edited.nodes[1];
        renamed_a.id.value = "fine";
        Flow again = round_trip(edited, edit_node(edited, 1, renamed_a));
        CHECK(again.nodes[0].choices[0].target.value == "fine");
    }
    SUBCASE("connect retargets a choice and adds a new one at the end") {
        Flow edited = round_trip(flow, connect_choice(flow, 0, 0, NodeId{"b"}));
        CHECK(edited.nodes[0].choices[0].target.value == "b");
        Flow added = round_trip(flow, connect_choice(flow, 0, 2, NodeId{"a"}, "Maybe"));
        REQUIRE(added.nodes[0].choices.size() == 3);
        CHECK(added.nodes[0].choices[2].label == "Maybe");
    }
    SUBCASE("reorder and remove choices") {
        Flow moved = round_trip(flow, move_choice(flow, 0, 1, 0));
        CHECK(moved.nodes[0].choices[0].label == "Not fine");
        Flow removed = round_trip(flow, remove_choice(flow, 0, 0));
        REQUIRE(removed.nodes[0].choices.size() == 1);
        CHECK(removed.nodes[0].choices[0].label == "Not fine");
    }
    SUBCASE("next, flow info and variables") {
        Flow with_next = round_trip(flow, set_next(flow, 1, NodeId{"b"}));
        CHECK(with_next.nodes[1].next == NodeId{"b"});
        FlowInfo info = flow.info;
        info.title = "Renamed";
        CHECK(round_trip(flow, set_info(flow, info)).info.title == "Renamed");
        CHECK(round_trip(flow, set_variables(flow, {})).variables.empty());
    }
    SUBCASE("replace the whole flow") {
        Flow other = flow;
        other.nodes.pop_back();
        other.info.title = "Other";
        CHECK(round_trip(flow, replace_flow(flow, other)) == other);
    }
}

TEST_CASE("undo history survives saves and dirty follows the saved state") {
    Document doc(must_parse(kSmallFlow));
    CHECK_FALSE(doc.dirty());
    doc.apply(set_next(doc.flow(), 1, NodeId{"b"}), "set next");
    CHECK(doc.dirty());
    doc.mark_saved();
    CHECK_FALSE(doc.dirty());
    REQUIRE(doc.undo());
    CHECK(doc.dirty());
    CHECK_FALSE(doc.flow().nodes[1].next.has_value());
    REQUIRE(doc.redo());
    CHECK_FALSE(doc.dirty());
    CHECK_FALSE(doc.can_redo());
}

TEST_CASE("a new edit after undo clears redo") {
    Document doc(must_parse(kSmallFlow));
    doc.apply(set_next(doc.flow(), 1, NodeId{"b"}), "set next");
    REQUIRE(doc.undo());
    CHECK(doc.can_redo());
    doc.apply(set_next(doc.flow(), 2, NodeId{"a"}), "other");
    CHECK_FALSE(doc.can_redo());
    CHECK(doc.undo_label() == "other");
}

TEST_CASE("typing in one field merges into one undo step until sealed") {
    Document doc(must_parse(kSmallFlow));
    for (const char* text : {"H", "He", "Hel"}) {
        Node n = doc.flow().nodes[0];
        n.text = text;
        doc.apply(edit_node(doc.flow(), 0, n), "edit text", "text:0");
    }
    CHECK(doc.flow().nodes[0].text == "Hel");
    REQUIRE(doc.undo());
    CHECK(doc.flow().nodes[0].text == "How are you?");
    CHECK_FALSE(doc.can_undo());
    REQUIRE(doc.redo());

    doc.seal();
    Node n = doc.flow().nodes[0];
    n.text = "Hello";
    doc.apply(edit_node(doc.flow(), 0, n), "edit text", "text:0");
    REQUIRE(doc.undo());
    CHECK(doc.flow().nodes[0].text == "Hel");
}

TEST_CASE("an edit after saving never merges into the saved step") {
    Document doc(must_parse(kSmallFlow));
    Node n = doc.flow().nodes[0];
    n.text = "A";
    doc.apply(edit_node(doc.flow(), 0, n), "edit text", "text:0");
    doc.mark_saved();
    n.text = "AB";
    doc.apply(edit_node(doc.flow(), 0, n), "edit text", "text:0");
    REQUIRE(doc.undo());
    CHECK_FALSE(doc.dirty());
    CHECK(doc.flow().nodes[0].text == "A");
}

TEST_CASE("empty changes are not recorded") {
    Document doc(must_parse(kSmallFlow));
    doc.apply(edit_node(doc.flow(), 0, doc.flow().nodes[0]), "nothing");
    CHECK_FALSE(doc.can_undo());
    CHECK_FALSE(doc.dirty());
}

TEST_CASE("validation ties diagnostics to the nodes they concern") {
    Document doc(must_parse(kSmallFlow));
    REQUIRE(doc.validation().errors == 0);
    CHECK(doc.validation().program != nullptr);

    doc.apply(connect_choice(doc.flow(), 0, 0, NodeId{"nowhere"}), "retarget");
    const Validation& v = doc.validation();
    CHECK(v.program == nullptr);
    bool found = false;
    for (const auto& d : v.diagnostics)
        if (d.diagnostic.code == DiagCode::unknown_target) {
            found = true;
            CHECK(d.node == std::optional<std::size_t>{0});
        }
    CHECK(found);
    CHECK(v.worst[0] == Severity::error);
    CHECK_FALSE(v.worst[2].has_value());

    SUBCASE("and an unreachable node is marked on itself") {
        doc.undo();
        doc.apply(connect_choice(doc.flow(), 0, 1, NodeId{"a"}), "retarget");
        const Validation& w = doc.validation();
        bool unreachable = false;
        for (const auto& d : w.diagnostics)
            if (d.diagnostic.code == DiagCode::unreachable)
                unreachable = d.node == std::optional<std::size_t>{2};
        CHECK(unreachable);
    }
    SUBCASE("and a missing start is flow-wide") {
        FlowInfo info = doc.flow().info;
        info.start.value = "gone";
        doc.apply(set_info(doc.flow(), info), "start");
        bool flow_wide = false;
        for (const auto& d : doc.validation().diagnostics)
            if (d.diagnostic.code == DiagCode::missing_start) flow_wide = !d.node.has_value();
        CHECK(flow_wide);
    }
}

TEST_CASE("moves keep only positions and a run of nudges merges into one step") {
    Document doc(must_parse(kSmallFlow));
    std::vector<std::size_t> picked{1};
    const std::vector<Vec2> drawn{{0, 0}, {10, 20}, {30, 40}};
    Change first = move_nodes(doc.flow(), picked, {5, 0}, drawn);
    CHECK(first.replaced.empty());
    CHECK(first.moved.size() == 3); // the moved node, and the other two pinned where drawn
    doc.apply(std::move(first), "nudge", "nudge");
    for (int i = 0; i < 3; ++i)
        doc.apply(move_nodes(doc.flow(), picked, {5, 0}), "nudge", "nudge");
    CHECK(doc.flow().nodes[1].pos == std::array<double, 2>{30, 20});
    REQUIRE(doc.undo());
    CHECK(doc.flow().nodes[1].pos == std::array<double, 2>{15, 20});
    REQUIRE(doc.undo());
    CHECK_FALSE(doc.flow().nodes[1].pos.has_value());
    CHECK_FALSE(doc.can_undo());
}

TEST_CASE("the first node of a new flow becomes its start") {
    Flow empty;
    empty.info.id = "new";
    empty.info.title = "New";
    Document doc(empty);
    Node n;
    n.id.value = "hello";
    doc.apply(add_node(doc.flow(), n), "add");
    CHECK(doc.flow().info.start.value == "hello");
    n.id.value = "second";
    doc.apply(add_node(doc.flow(), n), "add");
    CHECK(doc.flow().info.start.value == "hello");
    REQUIRE(doc.undo());
    REQUIRE(doc.undo());
    CHECK(doc.flow().info.start.value.empty());
}

TEST_CASE("adding a choice to a node with a next keeps that way on as a first choice") {
    Flow flow = must_parse(kSmallFlow);
    flow.nodes[1].kind = NodeKind::prompt;
    flow.nodes[1].next = NodeId{"b"};
    Flow edited = round_trip(flow, connect_choice(flow, 1, 0, NodeId{"start"}, "Again"));
    const Node& n = edited.nodes[1];
    CHECK_FALSE(n.next.has_value());
    REQUIRE(n.choices.size() == 2);
    CHECK(n.choices[0].label == "Continue");
    CHECK(n.choices[0].target.value == "b");
    CHECK(n.choices[1].label == "Again");
    CHECK(n.choices[1].target.value == "start");
}

TEST_CASE("changing a node's kind drops the fields only the old kind takes") {
    Flow flow = must_parse(kSmallFlow);
    flow.nodes[1].kind = NodeKind::breathing;
    flow.nodes[1].pattern = kDefaultBreathPattern;
    flow.nodes[1].rounds = 3;
    Flow edited = round_trip(flow, set_kind(flow, 1, NodeKind::reflection));
    CHECK(edited.nodes[1].kind == NodeKind::reflection);
    CHECK_FALSE(edited.nodes[1].pattern.has_value());
    CHECK_FALSE(edited.nodes[1].rounds.has_value());
    Flow start = round_trip(flow, set_start(flow, 2));
    CHECK(start.info.start.value == "b");
}

TEST_CASE("a shared snapshot never changes when the document is edited later") {
    Document doc(must_parse(kSmallFlow));
    std::shared_ptr<const Flow> before = doc.share_stamped();
    const Flow copy = *before;
    doc.apply(delete_nodes(doc.flow(), std::vector<std::size_t>{0}), "delete");
    CHECK(*before == copy);
    CHECK(before->nodes.size() == 3);
    CHECK(doc.flow().nodes.size() == 2);
    CHECK(doc.share().get() != before.get());
}

TEST_CASE("a validation adopted from elsewhere counts only for its revision") {
    Document doc(must_parse(kSmallFlow));
    const std::uint64_t r0 = doc.revision();
    Validation v0 = validate_stamped(doc.share_stamped());
    doc.apply(connect_choice(doc.flow(), 0, 0, NodeId{"nowhere"}), "retarget");
    CHECK_FALSE(doc.validation_current());
    doc.adopt_validation(std::move(v0), r0);
    CHECK_FALSE(doc.validation_current());
    CHECK(doc.latest_validation().errors == 0);
    CHECK(doc.validation().errors == 1);
    CHECK(doc.validation_current());
}

TEST_CASE("laying out the flagship flow overlaps no boxes, however many choices a node has") {
    const LoadedFlow loaded =
        load_flow_file(HEARTFLOW_SOURCE_DIR "/flows/heart-of-the-matter.toml");
    REQUIRE(loaded.flow);
    const Flow& flow = *loaded.flow;
    // Both ways a flow gets positions: auto-layout, and the provisional ones of a flow without any.
    Flow plain = flow;
    for (Node& n : plain.nodes)
        n.pos.reset();
    const Flow laid_out = round_trip(flow, auto_layout(flow));
    std::vector<Vec2> auto_positions;
    for (const Node& n : laid_out.nodes)
        auto_positions.push_back(*n.pos);
    for (const std::vector<Vec2>& at : {auto_positions, provisional_positions(plain)}) {
        for (std::size_t a = 0; a < flow.nodes.size(); ++a) {
            for (std::size_t b = a + 1; b < flow.nodes.size(); ++b) {
                const bool apart = at[a][0] + kNodeWidth <= at[b][0] ||
                                   at[b][0] + kNodeWidth <= at[a][0] ||
                                   at[a][1] + node_box_height(flow.nodes[a]) <= at[b][1] ||
                                   at[b][1] + node_box_height(flow.nodes[b]) <= at[a][1];
                CHECK_MESSAGE(apart, flow.nodes[a].id.value, " overlaps ", flow.nodes[b].id.value);
            }
        }
    }
}

TEST_CASE("a step inserted on an arrow takes the arrow and continues to where it went, undoably") {
    Document doc{must_parse(kSmallFlow)};
    const Flow before = doc.flow();
    Node step;
    step.id.value = "b"; // taken: it is made unique
    step.kind = NodeKind::prompt;
    step.title = "Pause";
    step.text = "Take a breath.";
    doc.apply(insert_on_link(doc.flow(), 0, Port{PortKind::choice, 1}, step), "Insert");
    const Flow& after = doc.flow();
    REQUIRE(after.nodes.size() == 4);
    const Node& added = after.nodes[3];
    CHECK(added.id.value != "b");
    CHECK(after.nodes[0].choices[1].target == added.id);
    REQUIRE(added.next.has_value());
    CHECK(*added.next == before.nodes[0].choices[1].target);
    CHECK(insert_on_link(after, 0, Port{PortKind::add_choice, 2}, step).empty());
    doc.undo();
    CHECK(doc.flow() == before);
}

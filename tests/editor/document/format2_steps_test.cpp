// Format 2 steps in the editor's document: a step turned into a route, detour or handover works
// at once; a detour's other flow is listed, read and checked at the detour; conditions are
// checked as typed; play from here walks into a detour and back.
#include "document/condition_check.h"
#include "document/document.h"
#include "document/edits.h"
#include "document/new_step.h"
#include "document/other_flow.h"
#include "document/preview_start.h"
#include "document/step_annotation.h"
#include "edit/editor_test_rig.h"
#include "editor_test_flows.h"

#include <heartflow/session.h>

#include <doctest/doctest.h>

#include <fstream>

using namespace heartflow;
using namespace heartflow::editor;
using heartflow::editor::test::kSmallFlow;
using heartflow::editor::test::must_parse;
using heartflow::editor::test::TempHome;

namespace {

constexpr std::string_view kOtherFlow = R"(
[flow]
id = "other"
title = "Preparing a Talk"
start = "o_start"

[[node]]
id = "o_start"
kind = "prompt"
title = "Get ready"
text = "Take a breath."
next = "o_end"

[[node]]
id = "o_end"
kind = "ending"
text = "Ready."
)";

void write(const std::filesystem::path& path, std::string_view text) {
    std::ofstream out(path);
    out << text;
}

// The small flow with node `a` turned into a detour into `other` (its next: `b`).
Flow with_detour(const std::string& other, std::optional<NodeId> at = std::nullopt) {
    Flow flow = must_parse(kSmallFlow);
    Document doc(flow);
    doc.apply(set_kind(flow, 1, NodeKind::detour, other), "Change kind");
    Flow edited = doc.flow();
    edited.nodes[1].next = NodeId{"b"};
    edited.nodes[1].at = std::move(at);
    return edited;
}

std::optional<DiagCode> code_at_node(Document& doc, std::size_t node) {
    for (const NodeDiagnostic& d : doc.validation().diagnostics)
        if (d.node == node && d.diagnostic.severity == Severity::error) return d.diagnostic.code;
    return std::nullopt;
}

} // namespace

TEST_CASE("a step turned into a route works at once: a condition, a fallback, format 2") {
    const Flow flow = must_parse(kSmallFlow);
    Document doc(flow);
    doc.apply(set_kind(flow, 0, NodeKind::route), "Change kind");
    const Node& route = doc.flow().nodes[0];
    CHECK(route.kind == NodeKind::route);
    CHECK(doc.flow().info.format == 2);
    CHECK_FALSE(route.next.has_value());
    REQUIRE(route.choices.size() == 2); // the question's choices, the last the fallback
    REQUIRE(route.choices[0].when.has_value());
    CHECK(route.choices[0].when->source == "visits(start) > 1");
    CHECK_FALSE(route.choices.back().when.has_value());
    CHECK(route.choices.back().target.value == "b");
    CHECK(doc.validation().errors == 0);
    CHECK(doc.undo());
    CHECK(doc.flow() == flow);
}

TEST_CASE("a prompt turned into a route starts with one working condition and its fallback") {
    Flow flow = must_parse(kSmallFlow);
    flow.nodes[1].kind = NodeKind::prompt;
    flow.nodes[1].next = NodeId{"b"};
    Document doc(flow);
    doc.apply(set_kind(flow, 1, NodeKind::route), "Change kind");
    const Node& route = doc.flow().nodes[1];
    REQUIRE(route.choices.size() == 2);
    REQUIRE(route.choices[0].when.has_value());
    CHECK(route.choices[0].when->source == "visits(a) > 1");
    CHECK(route.choices[0].target.value == "b");
    CHECK(route.choices[1].target.value == "b");
    CHECK(doc.validation().errors == 0);
}

TEST_CASE("a handover has neither next nor choices; back to a question, labels are kept") {
    const Flow flow = must_parse(kSmallFlow);
    Document doc(flow);
    doc.apply(set_kind(flow, 0, NodeKind::handover, "other.toml"), "Change kind");
    CHECK(doc.flow().nodes[0].choices.empty());
    CHECK_FALSE(doc.flow().nodes[0].next.has_value());
    CHECK(doc.flow().nodes[0].flow == "other.toml");
    doc.apply(set_kind(doc.flow(), 0, NodeKind::question), "Change kind");
    CHECK(doc.flow().nodes[0].flow.empty());
}

TEST_CASE("a detour's other flow is listed, read, and checked at the detour") {
    TempHome home;
    write(home / "mine.toml", "");
    write(home / "other.toml", kOtherFlow);
    write(home / "notes.txt", "not a flow");
    const std::vector<std::string> beside = sibling_flow_files(home / "mine.toml");
    REQUIRE(beside.size() == 1);
    CHECK(beside[0] == "other.toml");
    CHECK(sibling_flow_files({}).empty());

    const OtherFlow other = read_other_flow(home / "mine.toml", "other.toml");
    CHECK(other.problem.empty());
    CHECK(other.title == "Preparing a Talk");
    CHECK(other.start.value == "o_start");
    REQUIRE(other.steps.size() == 2);
    CHECK(other.steps[0].second == "Get ready");
    CHECK(step_problem(other, "o_end").empty());
    CHECK(step_problem(other, "nowhere") == "'Preparing a Talk' has no step 'nowhere'.");
    CHECK(read_other_flow(home / "mine.toml", "gone.toml").problem ==
          "There is no file 'gone.toml' beside this flow.");
    CHECK_FALSE(read_other_flow(home / "mine.toml", "notes.txt").problem.empty());

    SUBCASE("a working detour has no problem") {
        Document doc(with_detour("other.toml"));
        doc.set_file(home / "mine.toml");
        CHECK(doc.validation().errors == 0);
    }
    SUBCASE("a missing file is a problem of the detour step") {
        Document doc(with_detour("gone.toml"));
        doc.set_file(home / "mine.toml");
        CHECK(code_at_node(doc, 1) == DiagCode::missing_flow);
    }
    SUBCASE("a step the other flow lacks is a problem of the detour step") {
        Document doc(with_detour("other.toml", NodeId{"nowhere"}));
        doc.set_file(home / "mine.toml");
        CHECK(code_at_node(doc, 1) == DiagCode::unknown_flow_step);
    }
}

TEST_CASE("play from here walks into a detour and back") {
    TempHome home;
    write(home / "other.toml", kOtherFlow);
    Document doc(with_detour("other.toml"));
    doc.set_file(home / "mine.toml");
    const auto program = doc.validation().program;
    REQUIRE(program != nullptr);
    Session session(program);
    REQUIRE(session.restore(preview_start(program, NodeIndex{0})) == SessionError::ok);
    REQUIRE(session.choose(1) == SessionError::ok); // "Fine" leads to the detour
    CHECK(session.current_flow().info.title == "Preparing a Talk");
    REQUIRE(session.choose(1) == SessionError::ok); // Continue, to its ending
    CHECK(session.current_flow().info.title == "Preparing a Talk");
    REQUIRE(session.choose(1) == SessionError::ok); // Continue, back where it left
    CHECK(session.current_flow().info.id == "small");
    REQUIRE(session.current().has_value());
    CHECK(program->flow->nodes[session.current()->value].id.value == "b");
}

TEST_CASE("a condition is checked as it is typed, against the flow's names") {
    Flow flow = must_parse(kSmallFlow);
    flow.info.format = 2;
    CHECK(condition_problem(flow, "visits(a) > 1").empty());
    CHECK(condition_problem(flow, "mood == 'low'").empty());
    CHECK_FALSE(condition_problem(flow, "feeling == 'low'").empty());
    CHECK_FALSE(condition_problem(flow, "visits(nowhere) > 1").empty());
    CHECK(condition_problem(flow, "visits(a)") == "This gives a number, not true or false.");
    CHECK(condition_problem(flow, "  ") == "Write a condition, e.g. visits(start) > 1.");
    CHECK_FALSE(condition_problem(flow, "mood ==").empty());
}

TEST_CASE("the canvas annotates a route by its conditions and a detour by its flow") {
    const Flow flow = must_parse(kSmallFlow);
    Document doc(flow);
    doc.apply(set_kind(flow, 0, NodeKind::route), "Change kind");
    Flow edited = doc.flow();
    edited.nodes[0].choices[0].when = ExpressionText{"mood == 'low'", {}};
    CHECK(step_annotation(edited.nodes[0]) == "if mood == 'low'; otherwise");
    Node detour = edited.nodes[1];
    detour.kind = NodeKind::detour;
    detour.flow = "mutual-support-conversation.toml";
    CHECK(step_annotation(detour) == "detour into mutual-support-conversation.toml");
    detour.kind = NodeKind::handover;
    detour.at = NodeId{"safe_check"};
    CHECK(step_annotation(detour) == "goes on in mutual-support-conversation.toml at safe_check");
    CHECK(step_annotation(flow.nodes[1]).empty());
}

TEST_CASE("a new route, detour or hand-over from the add menu works at once") {
    TempHome home;
    write(home / "other.toml", kOtherFlow);
    const Flow flow = must_parse(kSmallFlow);
    for (NodeKind kind : {NodeKind::route, NodeKind::detour, NodeKind::handover}) {
        CAPTURE(kind_name(kind));
        Document doc(flow);
        doc.set_file(home / "mine.toml");
        doc.apply(add_step(flow, kind, {0, 400}, "other.toml"), "Add");
        CHECK(doc.flow().info.format == 2);
        CHECK(doc.validation().errors == 0);
    }
    Flow taken = flow; // a route whose id is taken names its own id in its condition
    taken.nodes[1].id.value = "route";
    const Flow with_route = [&] {
        Document doc(taken);
        doc.apply(add_step(taken, NodeKind::route, {0, 400}), "Add");
        return doc.flow();
    }();
    REQUIRE(with_route.nodes.back().choices.front().when.has_value());
    CHECK(with_route.nodes.back().choices.front().when->source == "visits(route-2) > 1");
}

TEST_CASE("a step turned into a scale or pick works at once, with a variable of its own") {
    const Flow flow = must_parse(kSmallFlow);
    Document doc(flow);
    doc.apply(set_kind(flow, 0, NodeKind::scale), "Change kind");
    const Node& scale = doc.flow().nodes[0];
    CHECK(scale.into == "rating");
    REQUIRE(doc.flow().variables.size() == 2);
    CHECK(doc.flow().variables[1].name == "rating");
    CHECK(scale.choices.empty());
    CHECK(scale.next == NodeId{"a"});
    CHECK(doc.flow().info.format == 2);
    CHECK(doc.validation().errors == 0);
    CHECK(step_annotation(scale) == "rating 0 to 10 into rating");
    CHECK(doc.undo());
    CHECK(doc.flow() == flow);

    doc.apply(set_kind(flow, 0, NodeKind::pick), "Change kind");
    const Node& pick = doc.flow().nodes[0];
    CHECK(pick.into == "picked");
    CHECK(doc.flow().variables.size() == 1); // a pick declares its own
    CHECK(pick.options == std::vector<std::string>{"tired", "alone", "worried"});
    CHECK(doc.validation().errors == 0);
    CHECK(step_annotation(pick) == "pick from tired, alone, worried into picked");

    doc.apply(set_kind(doc.flow(), 0, NodeKind::question), "Change kind");
    CHECK(doc.flow().nodes[0].into.empty());
    CHECK(doc.flow().nodes[0].options.empty());
}

TEST_CASE("a new scale from the add menu names a variable no other step uses") {
    Flow flow = must_parse(kSmallFlow);
    flow.variables.push_back(Variable{"rating", Value{std::int64_t{0}}, {}});
    Document doc(flow);
    doc.apply(add_step(flow, NodeKind::scale, {0, 400}), "Add");
    CHECK(doc.flow().nodes.back().into == "rating_2");
    CHECK(doc.validation().errors == 0);
}

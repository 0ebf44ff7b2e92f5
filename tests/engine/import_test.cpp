// Tests of the importers: Mermaid, Twee 3 and JSON Canvas mapped to flows that check, and located
// diagnostics for what cannot be mapped.
#include "test_support.h"

#include <heartflow/import.h>
#include <heartflow/validator.h>

using namespace heartflow;
using namespace heartflow::testing;

namespace {

// Imports text that must give a flow with no errors.
Flow imported(std::string_view text, ImportFormat format) {
    ImportResult r = import_flow(text, format, "sample");
    INFO(describe_all(r.diagnostics));
    REQUIRE(r.flow);
    REQUIRE_FALSE(has_errors(r.diagnostics));
    return *r.flow;
}

const Node& node(const Flow& f, std::string_view id) {
    const Node* n = f.find_node(id);
    REQUIRE(n != nullptr);
    return *n;
}

bool has_at(const ImportResult& r, DiagCode code, std::uint32_t line, std::uint32_t column) {
    INFO(describe_all(r.diagnostics));
    return has_diagnostic(r.diagnostics, code, line, column);
}

} // namespace

TEST_CASE("a Mermaid flowchart becomes steps, choices and endings") {
    Flow f = imported(R"(%% drawn by hand
graph LR
    A["Feeling #quot;stuck#quot; #9829;"] -->|Yes| B{Which one?}
    A -- No way --> C([Done])
    B --> D & E
    D[Breathe<br>slowly]:::breathing --> C
    E --- C
    B -.-> C; E ~~~ D
    class A question
)",
                      ImportFormat::mermaid);
    REQUIRE(f.nodes.size() == 5);
    CHECK(f.info.start.value == "A");
    CHECK(f.info.title == "sample");
    CHECK(node(f, "A").text == "Feeling \"stuck\" \u2665");
    CHECK(node(f, "A").kind == NodeKind::question);
    REQUIRE(node(f, "A").choices.size() == 2);
    CHECK(node(f, "A").choices[0].label == "Yes");
    CHECK(node(f, "A").choices[1].label == "No way");
    CHECK(node(f, "B").kind == NodeKind::question); // a rhombus is a decision
    REQUIRE(node(f, "B").choices.size() == 3);
    CHECK(node(f, "B").choices[0].label == "Breathe slowly"); // unlabelled: named by its target
    CHECK(node(f, "D").kind == NodeKind::breathing);
    CHECK(node(f, "D").text == "Breathe\nslowly");
    CHECK(node(f, "D").next == NodeId{"C"});
    CHECK(node(f, "C").kind == NodeKind::ending);
    CHECK(node(f, "E").next == NodeId{"C"}); // `---` reads left to right, with a warning
}

TEST_CASE("Mermaid input that cannot become a flow gets located errors") {
    ImportResult other =
        import_flow("\nsequenceDiagram\n  A->>B: hi\n", ImportFormat::mermaid, "x");
    CHECK_FALSE(other.flow);
    CHECK(has_at(other, DiagCode::import_unsupported, 2, 1));
    ImportResult broken =
        import_flow("flowchart TD\n  A --> B[\"open\n  B --> C\n", ImportFormat::mermaid, "x");
    CHECK_FALSE(broken.flow);
    CHECK(has_at(broken, DiagCode::import_syntax, 2, 11));
    ImportResult loop = import_flow("flowchart TD\n  A --> B\n  B --> C\n  C --> B\n  A --> Z\n",
                                    ImportFormat::mermaid, "x");
    REQUIRE(loop.flow);
    CHECK(has_at(loop, DiagCode::trap, 2, 9)); // the validator's error, located in the Mermaid file
    ImportResult grouped =
        import_flow("flowchart TD\n  subgraph g\n    A --> B\n  end\n  click A href \"x\"\n",
                    ImportFormat::mermaid, "x");
    REQUIRE(grouped.flow);
    CHECK(has_at(grouped, DiagCode::import_unmapped, 2, 3));
    CHECK(has_at(grouped, DiagCode::import_unmapped, 5, 3));
}

TEST_CASE("a Twee 3 story becomes a flow: passages, links, tags, positions and the start") {
    Flow f = imported(R"(:: StoryTitle
The Walk

:: StoryData
{"ifid": "D674C58C-DEFA-4F70-B7A2-27742230C0FC", "start": "Gate"}

:: Intro
Not the start.
[[Gate]]

:: Gate [question] {"position":"600,400","size":"100,100"}
Which way? You can go [[left->Left Path]] or [[Right Path<-right]].
[[Back|Intro]]

:: Left Path [reflection]
What do you see? Write {it} down.
[[Gate]]

:: Right Path
The end.
)",
                      ImportFormat::twee);
    CHECK(f.info.title == "The Walk");
    CHECK(f.info.start.value == "Gate");
    const Node& gate = node(f, "Gate");
    CHECK(gate.kind == NodeKind::question);
    CHECK(gate.text == "Which way? You can go left or right.");
    CHECK(gate.pos == std::array<double, 2>{600, 400});
    REQUIRE(gate.choices.size() == 3);
    CHECK(gate.choices[0].label == "left");
    CHECK(gate.choices[0].target.value == "Left_Path");
    CHECK(gate.choices[1].label == "right");
    CHECK(gate.choices[2].target.value == "Intro");
    CHECK(node(f, "Left_Path").kind == NodeKind::reflection);
    CHECK(node(f, "Left_Path").title == "Left Path");
    CHECK(node(f, "Left_Path").text == "What do you see? Write {{it}} down.");
    CHECK(node(f, "Right_Path").kind == NodeKind::ending);
    CHECK(validate(std::make_shared<const Flow>(f)).program != nullptr);
}

TEST_CASE("Twee links to missing passages and story-format code are located") {
    ImportResult r =
        import_flow(":: Start\nGo <<set $x to 1>> on.\n  [[Nowhere]]\n", ImportFormat::twee, "x");
    CHECK_FALSE(r.flow);
    CHECK(has_at(r, DiagCode::import_unmapped, 2, 4));
    CHECK(has_at(r, DiagCode::import_syntax, 3, 3));
}

TEST_CASE("a JSON Canvas becomes a flow: headings, colours, edge directions") {
    Flow f = imported(R"({
  "nodes": [
    {"id": "s", "type": "text", "x": 0, "y": 0, "width": 300, "height": 120, "color": "5",
     "text": "## Start here\n\nHow are you?"},
    {"id": "g", "type": "group", "x": -50, "y": -50, "width": 900, "height": 900, "label": "All"},
    {"id": "e", "type": "text", "x": 0, "y": 300, "width": 300, "height": 120, "text": "Rest now."},
    {"id": "b", "type": "text", "x": 400, "y": 300, "width": 300, "height": 120, "text": "Breathe", "color": "3"}
  ],
  "edges": [
    {"id": "1", "fromNode": "s", "toNode": "e", "label": "Tired"},
    {"id": "2", "fromNode": "b", "toNode": "s", "fromEnd": "arrow", "toEnd": "none", "label": "Calm"},
    {"id": "3", "fromNode": "b", "toNode": "e"}
  ]
})",
                      ImportFormat::canvas);
    REQUIRE(f.nodes.size() == 3);
    const Node& s = node(f, "s");
    CHECK(s.title == "Start here");
    CHECK(s.text == "How are you?");
    CHECK(s.kind == NodeKind::question);
    REQUIRE(s.choices.size() == 2);
    CHECK(s.choices[1].label ==
          "Calm"); // fromEnd arrow, toEnd none: it leads from toNode to fromNode
    CHECK(s.choices[1].target.value == "b");
    CHECK(node(f, "b").kind == NodeKind::breathing);
    CHECK(node(f, "b").next == NodeId{"e"});
    CHECK(node(f, "e").kind == NodeKind::ending);
}

TEST_CASE("JSON Canvas errors point at the line and column of the JSON") {
    ImportResult bad =
        import_flow("{\n  \"nodes\": [\n    {\"id\": 1}\n  ],\n", ImportFormat::canvas, "x");
    CHECK_FALSE(bad.flow);
    CHECK(has_at(bad, DiagCode::import_syntax, 5, 1));
    ImportResult ghost = import_flow(
        R"({"nodes": [{"id": "a", "type": "text", "x": 0, "y": 0, "width": 1, "height": 1, "text": "A"}],
 "edges": [{"id": "e", "fromNode": "a", "toNode": "ghost"}]})",
        ImportFormat::canvas, "x");
    CHECK(has_at(ghost, DiagCode::import_syntax, 2, 12));
}

TEST_CASE("the import format is guessed from the name, then from the content") {
    CHECK(guess_import_format("chart.MMD", "{") == ImportFormat::mermaid);
    CHECK(guess_import_format("story.tw", "") == ImportFormat::twee);
    CHECK(guess_import_format("board.canvas", "") == ImportFormat::canvas);
    CHECK(guess_import_format("x.txt", "  \n{\"nodes\": []}") == ImportFormat::canvas);
    CHECK(guess_import_format("x.txt", ":: Start\nHi") == ImportFormat::twee);
    CHECK(guess_import_format("x.txt", "graph TD\nA-->B") == ImportFormat::mermaid);
    CHECK(parse_import_format("Twine") == ImportFormat::twee);
    CHECK_FALSE(parse_import_format("yaml"));
}

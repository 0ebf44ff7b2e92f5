// The lossless text layer's harder edits (flow_text.h): a choice or node both moved and edited,
// a rename together with a value change, long arrays over lines; each keeps every comment.
#include "flow_edit_check.h"

using namespace heartflow;
using namespace heartflow::testing;

namespace {

bool has_part(std::string_view text, std::string_view part) {
    return text.find(part) != std::string_view::npos;
}

const std::string kTwoChoices = R"([flow]
id = "f"
title = "F"
start = "a"

# above a
[[node]]
id = "a"
kind = "question"
text = "Which?"

  # above the first choice
  [[node.choice]]
  label = "One" # after one
  goto = "b"

  # above the second choice
  [[node.choice]]
  label = "Two" # after two
  goto = "c"

# above b
[[node]]
id = "b"
kind = "ending"
title = "Bee"
text = "B." # after b's text

# above c
[[node]]
id = "c"
kind = "ending"
text = "C."
)";

} // namespace

TEST_CASE("a choice both reordered and edited keeps its comments") {
    const std::string out = saved_after(kTwoChoices, [](Flow& edited) {
        std::swap(edited.nodes[0].choices[0], edited.nodes[0].choices[1]);
        edited.nodes[0].choices[0].label = "Two, edited";
        edited.nodes[0].choices[1].target = NodeId{"c"};
    });
    INFO(out);
    CHECK(has_part(out,
                   "  # above the second choice\n  [[node.choice]]\n  label = \"Two, edited\" # "
                   "after two\n  goto = \"c\"\n\n  # above the first choice\n  [[node.choice]]\n"
                   "  label = \"One\" # after one\n  goto = \"c\"\n"));
}

TEST_CASE("a choice moved with a new label and its target renamed keeps its comments") {
    const std::string out = saved_after(kTwoChoices, [](Flow& edited) {
        std::swap(edited.nodes[0].choices[0], edited.nodes[0].choices[1]);
        edited.nodes[0].choices[0].label = "Two, edited";
        edited.nodes[0].choices[0].target = NodeId{"sea"};
        edited.nodes[2].id = NodeId{"sea"};
    });
    INFO(out);
    CHECK(has_part(out,
                   "  # above the second choice\n  [[node.choice]]\n  label = \"Two, edited\" # "
                   "after two\n  goto = \"sea\"\n"));
}

TEST_CASE("of two edited choices like one that moved, the one that kept its label takes it") {
    const std::string out = saved_after(kTwoChoices, [&](Flow& edited) {
        edited.nodes[2].id = NodeId{"sea"}; // c renamed: "Two" now leads to sea
        Choice added{"Three", NodeId{"sea"}, std::nullopt, {}, {}, {}, {}};
        edited.nodes[0].choices = {added, edited.nodes[0].choices[1], edited.nodes[0].choices[0]};
        edited.nodes[0].choices[1].target = NodeId{"sea"};
    });
    INFO(out);
    CHECK(has_part(out, "  [[node.choice]]\n  label = \"Three\"\n  goto = \"sea\"\n\n"
                        "  # above the second choice\n  [[node.choice]]\n  label = \"Two\" # "
                        "after two\n  goto = \"sea\"\n\n  # above the first choice\n"));
}

TEST_CASE("a choice edited in place keeps its comments when a new choice like it comes first") {
    const std::string out = saved_after(kTwoChoices, [](Flow& edited) {
        auto& choices = edited.nodes[0].choices;
        choices[1].target = NodeId{"b"};
        choices.insert(choices.begin() + 1,
                       Choice{"Three", NodeId{"c"}, std::nullopt, {}, {}, {}, {}});
    });
    INFO(out);
    CHECK(has_part(out, "  [[node.choice]]\n  label = \"Three\"\n  goto = \"c\"\n\n"
                        "  # above the second choice\n  [[node.choice]]\n  label = \"Two\" # "
                        "after two\n  goto = \"b\"\n"));
}

TEST_CASE("a node both moved and edited keeps its comments") {
    const std::string out = saved_after(kTwoChoices, [](Flow& edited) {
        std::swap(edited.nodes[1], edited.nodes[2]);
        edited.nodes[2].text = "Bee, edited.";
    });
    INFO(out);
    CHECK(has_part(out, "# above c\n[[node]]\nid = \"c\"\nkind = \"ending\"\ntext = \"C.\"\n\n"
                        "# above b\n[[node]]\nid = \"b\"\nkind = \"ending\"\ntitle = \"Bee\"\n"
                        "text = \"Bee, edited.\" # after b's text\n"));
}

TEST_CASE("a node moved to the front and renamed keeps its comments, and only it moves") {
    const std::string out = saved_after(kTwoChoices, [](Flow& edited) {
        std::rotate(edited.nodes.begin(), edited.nodes.begin() + 2, edited.nodes.end()); // c, a, b
        edited.nodes[0].id = NodeId{"sea"};
        edited.nodes[1].choices[1].target = NodeId{"sea"};
    });
    INFO(out);
    CHECK(has_part(out, "start = \"a\"\n\n# above c\n[[node]]\nid = \"sea\"\nkind = \"ending\"\n"
                        "text = \"C.\"\n\n# above a\n[[node]]\nid = \"a\""));
    CHECK(has_part(out, "  goto = \"sea\"\n\n# above b\n[[node]]\nid = \"b\""));
}

TEST_CASE("a node renamed and edited keeps its block when a copy of a node like it comes first") {
    std::string text = kTwoChoices;
    text.replace(text.find("text = \"C.\"\n"), 12,
                 "title = \"Bee\"\ntext = \"C.\"\nnotes = \"about c\" # c's note\n");
    const std::string out = saved_after(text, [](Flow& edited) {
        Node copy = edited.nodes[1];
        copy.id = NodeId{"b-copy"};
        edited.nodes[2].id = NodeId{"sea"};
        edited.nodes[2].text = "Sea.";
        edited.nodes[0].choices[1].target = NodeId{"sea"};
        edited.nodes.insert(edited.nodes.begin() + 2, copy);
        std::rotate(edited.nodes.begin(), edited.nodes.begin() + 1, edited.nodes.end());
    });
    INFO(out);
    CHECK(has_part(out, "# above c\n[[node]]\nid = \"sea\"\nkind = \"ending\"\ntitle = \"Bee\"\n"
                        "text = \"Sea.\"\nnotes = \"about c\" # c's note\n"));
}

TEST_CASE("a rename with a text and title change is a rename plus value splices") {
    const std::string out = saved_after(kTwoChoices, [](Flow& edited) {
        edited.nodes[1].id = NodeId{"bee"};
        edited.nodes[1].text = "B, edited.";
        edited.nodes[1].title = "Bee, edited";
        edited.nodes[0].choices[0].target = NodeId{"bee"};
    });
    INFO(out);
    CHECK(has_part(out, "  label = \"One\" # after one\n  goto = \"bee\"\n"));
    CHECK(has_part(out, "# above b\n[[node]]\nid = \"bee\"\nkind = \"ending\"\ntitle = \"Bee, "
                        "edited\"\ntext = \"B, edited.\" # after b's text\n"));
}

TEST_CASE("tables and root keys that are not the flow's are kept as they are through edits") {
    const std::string text = "# about this file\nreviewed = 2026-11-02 # a root key\n\n" +
                             kTwoChoices + "\n# our own table\n[meta]\nowner = \"me\" # kept\n";
    const std::string out =
        saved_after(text, [](Flow& edited) { edited.nodes[2].text = "C, edited."; });
    std::string expected = text;
    expected.replace(expected.find("text = \"C.\""), 11, "text = \"C, edited.\"");
    CHECK(out == expected);
}

const std::string kShaped = R"(# the file's header
flow.id = "f"     # a dotted id
flow.title = "F"
flow.start = "a"
vars = { n = 0 } # inline vars

# the nodes, inline
node = [
  # above a
  { id = "a", kind = "question", text = "Which?", choice = [ { label = "One", goto = "b" } ] },
  { id = "b", kind = "ending", text = "B." }, # after b
]
)";

TEST_CASE("dotted keys and inline tables are edited in place") {
    const std::string out = saved_after(kShaped, [](Flow& edited) {
        edited.info.title = "F, edited";
        edited.info.author = "Me";
        edited.variables[0].initial = std::int64_t{2};
        edited.nodes[0].choices[0].label = "One, edited";
        edited.nodes[1].text = "B, edited.";
        edited.nodes[1].pos = std::array<double, 2>{10, 20};
        edited.nodes[1].id = NodeId{"bee"};
        edited.nodes[0].choices[0].target = NodeId{"bee"};
    });
    CHECK(out == R"(# the file's header
flow.id = "f"     # a dotted id
flow.title = "F, edited"
flow.start = "a"
flow.author = "Me"
vars = { n = 2 } # inline vars

# the nodes, inline
node = [
  # above a
  { id = "a", kind = "question", text = "Which?", choice = [ { label = "One, edited", goto = "bee" } ] },
  { id = "bee", kind = "ending", text = "B, edited.", pos = [10, 20] }, # after b
]
)");
}

TEST_CASE("a change the splices cannot follow still keeps every comment") {
    const std::string out = saved_after(kShaped, [&](Flow& edited) {
        SUBCASE("a node added to an inline array") {
            edited.nodes.push_back(edited.nodes[1]);
            edited.nodes.back().id = NodeId{"c"};
        }
        SUBCASE("a first choice for an inline node") {
            edited.nodes[1].kind = NodeKind::question;
            edited.nodes[1].choices.push_back(
                Choice{"Again", NodeId{"a"}, std::nullopt, {}, {}, {}, {}});
        }
    });
    INFO(out);
    CHECK(out.starts_with("# the file's header\n"));
    for (const char* c :
         {"# a dotted id", "# inline vars", "# the nodes, inline", "# above a", "# after b"})
        CHECK(has_part(out, c));
}

TEST_CASE("a long array is written one element per line, and one over lines stays so") {
    const std::string text = kTwoChoices + R"(
[[test]]
name = "short"
choose = [1]
reach = "b"

[[test]]
name = "over lines"
choose = [
    "One",
]
reach = "b"
)";
    const std::string long_label =
        "A label long enough to push the line past a hundred columns, which is where arrays break";
    const std::string out = saved_after(text, [&](Flow& edited) {
        edited.tests[0].steps = {{1, {}}, {std::nullopt, long_label}, {2, {}}};
        edited.tests[1].steps = {{1, {}}};
        edited.tests.push_back(edited.tests[0]);
        edited.tests.back().name = "new";
    });
    INFO(out);
    CHECK(
        has_part(out, "name = \"short\"\nchoose = [\n  1,\n  \"" + long_label + "\",\n  2,\n]\n"));
    CHECK(has_part(out, "name = \"over lines\"\nchoose = [\n    1,\n]\nreach"));
    CHECK(has_part(out, "name = \"new\"\nchoose = [\n  1,\n  \"" + long_label + "\",\n  2,\n]\n"));
}

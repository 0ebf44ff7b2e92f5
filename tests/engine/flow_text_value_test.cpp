// The lossless text layer's edits inside one value (flow_text.h): an array or inline table is
// edited element by element, so an element added takes the value's own separators and
// indentation, a removed one takes its comment along, a moved or edited one keeps it; [vars]
// lines moved in the order keep their comments.
#include "flow_edit_check.h"

using namespace heartflow;
using namespace heartflow::testing;

namespace {

const std::string kValueFlow = R"([flow]
id = "f"
title = "F"
start = "a"

[vars]
# how the person feels
feeling = "" # typed at the first step
tries = 0 # counted by the loop

# kept apart from the others
done = false

[[node]]
id = "a"
kind = "question"
text = "Which?"

  [[node.choice]]
  label = "One"
  goto = "b"
  set = { tries = 'tries + 1', done = true }

  [[node.choice]]
  label = "Two"
  goto = "b"

[[node]]
id = "b"
kind = "ending"
text = "B."
pos = [ 10, 20 ]

[[test]]
name = "over lines"
choose = [ # the path
  # the first step
  "One", # after one
  2,
  # before the end
] # after the array
reach = "b"

[[test]]
name = "on one line"
choose = [1,2]
reach = "b"
)";

TestStep step_label(const char* s) {
    return {std::nullopt, s};
}
TestStep step_number(int n) {
    return {n, {}};
}

// kValueFlow with `from` replaced by `to` (once).
std::string value_flow_with(std::string from, std::string to) {
    std::string out = kValueFlow;
    REQUIRE(out.find(from) != std::string::npos);
    return out.replace(out.find(from), from.size(), to);
}

} // namespace

TEST_CASE("an element added to an array over lines goes in on a line of its own") {
    const std::string out =
        saved_after(kValueFlow, [](Flow& f) { f.tests[0].steps.push_back(step_label("Three")); });
    CHECK(out == value_flow_with("  2,\n", "  2,\n  \"Three\",\n"));
}

TEST_CASE("an element removed from an array over lines takes its own comments along") {
    const std::string out =
        saved_after(kValueFlow, [](Flow& f) { f.tests[0].steps.erase(f.tests[0].steps.begin()); });
    CHECK(out == value_flow_with("  # the first step\n  \"One\", # after one\n", ""));
}

TEST_CASE("an element moved in an array over lines keeps its comments") {
    const std::string out = saved_after(
        kValueFlow, [](Flow& f) { std::swap(f.tests[0].steps[0], f.tests[0].steps[1]); });
    CHECK(out == value_flow_with("  # the first step\n  \"One\", # after one\n  2,\n",
                                 "  2,\n  # the first step\n  \"One\", # after one\n"));
}

TEST_CASE("an element edited in place keeps its comment") {
    const std::string out =
        saved_after(kValueFlow, [](Flow& f) { f.tests[0].steps[0] = step_label("Uno"); });
    CHECK(out == value_flow_with("\"One\", # after one", "\"Uno\", # after one"));
}

TEST_CASE("the last element gains a comma when one is added after it") {
    const std::string text = value_flow_with("  2,\n  # before", "  2\n  # before");
    CHECK(saved_after(text, [](Flow& f) { f.tests[0].steps.push_back(step_number(3)); }) ==
          value_flow_with("  2,\n  # before", "  2,\n  3,\n  # before"));
}

TEST_CASE("an array on one line keeps its own separators and spacing") {
    CHECK(saved_after(kValueFlow, [](Flow& f) { f.tests[1].steps.push_back(step_number(3)); }) ==
          value_flow_with("choose = [1,2]", "choose = [1,2,3]"));
    CHECK(saved_after(kValueFlow, [](Flow& f) {
              std::swap(f.tests[1].steps[0], f.tests[1].steps[1]);
          }) == value_flow_with("choose = [1,2]", "choose = [2,1]"));
    CHECK(saved_after(kValueFlow, [](Flow& f) { f.tests[1].steps.pop_back(); }) ==
          value_flow_with("choose = [1,2]", "choose = [1]"));
    CHECK(saved_after(kValueFlow, [](Flow& f) {
              f.nodes[1].pos = std::array<double, 2>{10, 35};
          }) == value_flow_with("pos = [ 10, 20 ]", "pos = [ 10, 35 ]"));
}

TEST_CASE("an inline table's items keep their spelling when others are added, moved or removed") {
    CHECK(saved_after(kValueFlow,
                      [](Flow& f) {
                          auto& set = f.nodes[0].choices[0].effects;
                          std::swap(set[0], set[1]);
                      }) == value_flow_with("{ tries = 'tries + 1', done = true }",
                                            "{ done = true, tries = 'tries + 1' }"));
    CHECK(saved_after(kValueFlow, [](Flow& f) {
              auto& set = f.nodes[0].choices[0].effects;
              set.erase(set.begin() + 1);
          }) == value_flow_with("{ tries = 'tries + 1', done = true }", "{ tries = 'tries + 1' }"));
    CHECK(saved_after(kValueFlow,
                      [](Flow& f) {
                          auto& set = f.nodes[0].choices[0].effects;
                          set.push_back(set[0]);
                          set.back().variable = "feeling";
                      }) ==
          value_flow_with("{ tries = 'tries + 1', done = true }",
                          "{ tries = 'tries + 1', done = true, feeling = \"tries + 1\" }"));
}

TEST_CASE("a variable moved in the order keeps the comments above it and after it") {
    const std::string out = saved_after(kValueFlow, [](Flow& f) {
        std::swap(f.variables[0], f.variables[1]); // tries, feeling, done
        f.variables[0].initial = std::int64_t{3};
    });
    CHECK(out ==
          value_flow_with("# how the person feels\nfeeling = \"\" # typed at the first step\n"
                          "tries = 0 # counted by the loop\n",
                          "tries = 3 # counted by the loop\n# how the person feels\n"
                          "feeling = \"\" # typed at the first step\n"));
}

TEST_CASE("a value laid out in a way the splices cannot follow still keeps its comments") {
    const std::string text =
        value_flow_with("  \"One\", # after one\n  2,\n", "  \"One\", 2, # both\n");
    const std::string out =
        saved_after(text, [](Flow& f) { f.tests[0].steps.push_back(step_number(3)); });
    INFO(out);
    for (const char* c : {"# the path", "# the first step", "# both", "# before the end"})
        CHECK(out.find(c) != std::string::npos);
}

TEST_CASE("an element added to an array over lines in a CRLF file ends its line with CRLF") {
    std::string crlf;
    for (char c : kValueFlow)
        crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    const std::string out =
        saved_after(crlf, [](Flow& f) { f.tests[0].steps.push_back(step_number(3)); });
    CHECK(out.find("  2,\r\n  3,\r\n") != std::string::npos);
    CHECK(std::count(out.begin(), out.end(), '\n') == std::count(out.begin(), out.end(), '\r'));
}

// Tests of scripted walks and the [[test]] runner.
#include "test_support.h"

#include <heartflow/walk.h>

using namespace heartflow;
using namespace heartflow::testing;

TEST_CASE("a scripted walk lists every node entered and stops with a reason") {
    auto loaded = load_flow_file(data_dir() / "flows" / "every-field.toml");
    REQUIRE(loaded.ok());
    Session s(loaded.program);
    std::vector<TestStep> steps = {{1, {}}, {1, {}}, {1, {}}, {1, {}}};
    WalkOutcome ok = walk(s, steps);
    CHECK_FALSE(ok.error.has_value());
    REQUIRE(ok.entered.size() == 5);
    CHECK(loaded.program->node(ok.entered.back()).id.value == "end");

    steps.push_back({1, {}});
    Session past(loaded.program);
    WalkOutcome too_far = walk(past, steps);
    REQUIRE(too_far.error.has_value());
    CHECK(too_far.failed_step == 5);
    CHECK(too_far.error->find("past the ending 'end'") != std::string::npos);

    Session wrong(loaded.program);
    WalkOutcome out_of_range = walk(wrong, std::vector<TestStep>{{1, {}}, {3, {}}});
    REQUIRE(out_of_range.error.has_value());
    CHECK(out_of_range.failed_step == 2);
    CHECK(out_of_range.error->find("1 'Resentment'") != std::string::npos);
}

TEST_CASE("flow tests pass and fail with located reasons") {
    auto loaded = load_flow_text(std::string(kHeader) + R"(
[vars]
n = 0
[[node]]
id = "a"
kind = "question"
text = "q"
  [[node.choice]]
  label = "One"
  goto = "e"
  set = { n = 1 }
  [[node.choice]]
  label = "Two"
  goto = "f"
[[node]]
id = "e"
kind = "ending"
text = "e"
[[node]]
id = "f"
kind = "ending"
text = "f"
[[test]]
name = "passes"
choose = ["One"]
reach = "e"
vars = { n = 1 }
[[test]]
name = "wrong node"
choose = [2]
reach = "e"
[[test]]
name = "wrong value"
choose = [1]
reach = "e"
vars = { n = 2 }
[[test]]
name = "bad step"
choose = [3]
reach = "e"
)");
    INFO(describe_all(loaded.diagnostics));
    REQUIRE(loaded.ok());
    TestReport report = run_flow_tests(loaded.program);
    CHECK(report.passed == 1);
    REQUIRE(report.failures.size() == 3);
    CHECK(report.failures[0].test_name == "wrong node");
    CHECK(report.failures[0].range.begin.line == 35);
    CHECK(report.failures[0].message.find("ended at 'f'") != std::string::npos);
    CHECK(report.failures[1].range.begin.line == 40);
    CHECK(report.failures[2].message.find("not available") != std::string::npos);
    REQUIRE(report.untested_endings.size() == 1);
    CHECK(loaded.program->node(report.untested_endings[0]).id.value == "f");
}

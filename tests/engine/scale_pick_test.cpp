// Scale steps (a whole-number rating) and pick steps (pick all that fit), flow format 2: loaded,
// checked with located errors, walked, tested, saved and resumed, written back canonically.
#include "test_support.h"

#include <heartflow/session.h>
#include <heartflow/walk.h>
#include <heartflow/writer.h>

using namespace heartflow;
using heartflow::testing::describe_all;
using heartflow::testing::has_diagnostic;

namespace {

constexpr std::string_view kScalePickFlow = R"flow([flow]
id = "sp"
title = "Scale and pick"
start = "how_big"
format = 2

[vars]
distress = -1

[[node]]
id = "how_big"
kind = "scale"
text = "How big does it feel?"
into = "distress"
low = "calm"
high = "overwhelmed"
check_in = "before"
next = "which"

[[node]]
id = "which"
kind = "pick"
text = "Which of these fit, at {distress}?"
into = "felt"
options = ["tired", "alone", "scared"]
next = "decide"

[[node]]
id = "decide"
kind = "route"
  [[node.choice]]
  goto = "many"
  when = "count(felt) >= 2 and picked(felt, 'tired')"
  [[node.choice]]
  goto = "few"

[[node]]
id = "many"
kind = "ending"
text = "You picked {felt}: {plural count(felt): one thing|# things}."

[[node]]
id = "few"
kind = "ending"
text = "You picked {felt|nothing}."

[[test]]
name = "two picks with tired reach many"
choose = [1, 1]
reach = "many"
vars = { distress = 7 }
ratings = { how_big = 7 }
picks = { which = ["tired", "scared"] }
)flow";

std::shared_ptr<const Program> scale_pick_program(std::string_view text) {
    auto loaded = load_flow_text(text);
    INFO(describe_all(loaded.diagnostics));
    REQUIRE(loaded.ok());
    return loaded.program;
}

// kScalePickFlow with `from` replaced by `to`.
std::string scale_pick_edited(std::string_view from, std::string_view to) {
    std::string text(kScalePickFlow);
    const std::size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

} // namespace

TEST_CASE("a rating and picks are saved into their variables and read by routes and texts") {
    auto program = scale_pick_program(kScalePickFlow);
    Session s(program);
    REQUIRE(s.start() == SessionError::ok);
    CHECK(s.rate(11) == SessionError::bad_rating);
    CHECK(s.set_picked(0, true) == SessionError::not_a_pick);
    REQUIRE(s.rate(7) == SessionError::ok);
    CHECK(s.check_in(CheckIn::before) == 7);
    CHECK(s.variable("distress") == Value{std::int64_t{-1}}); // saved as the walk goes on
    REQUIRE(s.choose(1) == SessionError::ok);
    CHECK(s.variable("distress") == Value{std::int64_t{7}});
    CHECK(s.current_text() == "Which of these fit, at 7?");
    CHECK(s.rate(3) == SessionError::not_a_scale);
    CHECK(s.set_picked(3, true) == SessionError::no_such_option);
    REQUIRE(s.set_picked(0, true) == SessionError::ok);
    REQUIRE(s.set_picked(2, true) == SessionError::ok);
    CHECK(s.picks(*s.current()) == std::vector<std::size_t>{0, 2});
    REQUIRE(s.choose(1) == SessionError::ok);
    CHECK(program->node(*s.current()).id.value == "many");
    CHECK(s.current_text() == "You picked tired and scared: 2 things.");
}

TEST_CASE("back undoes a saved answer and keeps it to show again; no picks read as none") {
    auto program = scale_pick_program(kScalePickFlow);
    Session s(program);
    REQUIRE(s.start() == SessionError::ok);
    REQUIRE(s.rate(4) == SessionError::ok);
    REQUIRE(s.choose(1) == SessionError::ok);
    REQUIRE(s.back() == SessionError::ok);
    CHECK(s.variable("distress") == Value{std::int64_t{-1}});
    CHECK(s.rating(*s.current()) == 4);
    REQUIRE(s.choose(1) == SessionError::ok);
    REQUIRE(s.choose(1) == SessionError::ok);
    CHECK(program->node(*s.current()).id.value == "few");
    CHECK(s.current_text() == "You picked nothing.");
}

TEST_CASE("going on without a rating leaves the variable as it was") {
    auto program = scale_pick_program(kScalePickFlow);
    Session s(program);
    REQUIRE(s.start() == SessionError::ok);
    REQUIRE(s.choose(1) == SessionError::ok);
    CHECK(s.variable("distress") == Value{std::int64_t{-1}});
    CHECK_FALSE(s.check_in(CheckIn::before));
}

TEST_CASE("a saved walk keeps its rating and picks (session save version 4)") {
    auto program = scale_pick_program(kScalePickFlow);
    Session s(program);
    REQUIRE(s.start() == SessionError::ok);
    REQUIRE(s.rate(9) == SessionError::ok);
    REQUIRE(s.choose(1) == SessionError::ok);
    const std::size_t picks[] = {1};
    REQUIRE(s.set_picks(picks) == SessionError::ok);
    const std::string saved = encode_session(s.snapshot());
    CHECK(saved.find("version = 4") != std::string::npos);
    CHECK(saved.find("which = [\"alone\"]") != std::string::npos);
    auto decoded = decode_session(saved);
    REQUIRE(std::holds_alternative<SessionSnapshot>(decoded));
    Session resumed(program);
    REQUIRE(resumed.restore(std::get<SessionSnapshot>(decoded)) == SessionError::ok);
    CHECK(resumed.picks(*resumed.current()) == std::vector<std::size_t>{1});
    CHECK(resumed.variable("distress") == Value{std::int64_t{9}});
    REQUIRE(resumed.back() == SessionError::ok);
    CHECK(resumed.rating(*resumed.current()) == 9);
    CHECK(resumed.check_in(CheckIn::before) == 9);
}

TEST_CASE("a [[test]] gives ratings and picks") {
    auto program = scale_pick_program(kScalePickFlow);
    TestReport report = run_flow_tests(program);
    INFO((report.failures.empty() ? "" : report.failures.front().message));
    CHECK(report.passed == 1);
    CHECK(report.failures.empty());
    CHECK(program->check_in_before == program->find("how_big"));
    CHECK_FALSE(program->check_in_after);
}

TEST_CASE("the canonical form keeps every new key") {
    auto loaded = load_flow_text(kScalePickFlow);
    REQUIRE(loaded.ok());
    const std::string text = write_flow(*loaded.flow);
    CHECK(text.find("options = [\"tired\", \"alone\", \"scared\"]") != std::string::npos);
    CHECK(text.find("check_in = \"before\"") != std::string::npos);
    CHECK(text.find("picks = { which = [\"tired\", \"scared\"] }") != std::string::npos);
    auto again = load_flow_text(text);
    REQUIRE(again.ok());
    CHECK(*again.flow == *loaded.flow);
    CHECK(write_flow(*again.flow) == text);
}

TEST_CASE("bad scale and pick steps are located errors") {
    CHECK_DIAGNOSTIC_AT(scale_pick_edited("into = \"distress\"", "into = \"nothing\""),
                        DiagCode::bad_into, 14, 8);
    CHECK_DIAGNOSTIC_AT(scale_pick_edited("distress = -1", "distress = \"\""), DiagCode::bad_into,
                        14, 8);
    CHECK_DIAGNOSTIC_AT(scale_pick_edited("into = \"distress\"\n", ""), DiagCode::bad_into, 10, 1);
    CHECK_DIAGNOSTIC_AT(scale_pick_edited("low = \"calm\"", "min = 10"), DiagCode::bad_scale, 15,
                        7);
    CHECK_DIAGNOSTIC_AT(scale_pick_edited("low = \"calm\"", "max = 500"), DiagCode::bad_scale, 15,
                        7);
    CHECK_DIAGNOSTIC_AT(scale_pick_edited("low = \"calm\"", "max = 5"), DiagCode::bad_check_in, 17,
                        12);
    CHECK_DIAGNOSTIC_AT(scale_pick_edited("check_in = \"before\"", "check_in = \"during\""),
                        DiagCode::bad_check_in, 17, 12);
    CHECK_DIAGNOSTIC_AT(scale_pick_edited("\"alone\", \"scared\"", "\"alone\", \"alone\""),
                        DiagCode::bad_options, 25, 11);
    CHECK_DIAGNOSTIC_AT(
        scale_pick_edited("options = [\"tired\", \"alone\", \"scared\"]", "options = []"),
        DiagCode::bad_options, 20, 1);
    CHECK_DIAGNOSTIC_AT(scale_pick_edited("picked(felt, 'tired')", "picked(felt, 'tierd')"),
                        DiagCode::unknown_item, 33, 45);
    CHECK_DIAGNOSTIC_AT(scale_pick_edited("count(felt) >= 2", "felt >= 2"), DiagCode::type_mismatch,
                        33, 11);
    CHECK_DIAGNOSTIC_AT(scale_pick_edited("count(felt) >= 2", "count(distress) >= 2"),
                        DiagCode::unknown_item, 33, 17);
    CHECK_DIAGNOSTIC_AT(scale_pick_edited("format = 2\n", ""), DiagCode::needs_format_2, 9, 1);
    CHECK_DIAGNOSTIC_AT(scale_pick_edited("distress = -1", "distress = -1\nfelt = 0"),
                        DiagCode::bad_into, 25, 8);
    CHECK_DIAGNOSTIC_AT(
        scale_pick_edited("kind = \"ending\"\ntext = \"You picked {felt|nothing}.\"",
                          "kind = \"ending\"\nlow = \"x\"\ntext = \"You picked.\""),
        DiagCode::misplaced_field, 45, 7);
    CHECK_DIAGNOSTIC_AT(
        scale_pick_edited("ratings = { how_big = 7 }", "ratings = { how_big = 12 }"),
        DiagCode::bad_test, 52, 13);
    CHECK_DIAGNOSTIC_AT(scale_pick_edited("[\"tired\", \"scared\"] }", "[\"bored\"] }"),
                        DiagCode::bad_test, 53, 11);
}

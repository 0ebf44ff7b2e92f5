// Tests for present mode's controller: walking with a clicker's few keys, the highlight, back,
// the tour, the audience switches, the help path and the show notes it keeps, on hand-moved
// clocks.
#include "heartflow/loader.h"
#include "present/flow_chart.h"
#include "present/present_controller.h"

#include <doctest/doctest.h>

#include <filesystem>

using namespace heartflow;
using namespace heartflow;
using namespace heartflow::present;

namespace {

const std::filesystem::path kPresentFlow =
    std::filesystem::path(HEARTFLOW_SOURCE_DIR) / "tests" / "gui" / "data" / "gentle.toml";

// start -> middle -> end; help -> reach_out (a help-path ending) or end.
const std::filesystem::path kHelpPathFlow =
    std::filesystem::path(HEARTFLOW_SOURCE_DIR) / "tests" / "gui" / "data" / "help_path.toml";

// A controller over the windowed tests' flow (start: 3 choices; body: 3 choices; breathe and
// write: next; end; get_help and its ending reach_out off the path) with clocks the test moves.
struct Show {
    LoadedFlow loaded;
    std::int64_t steady = 0;
    std::int64_t wall = 1700000000000;
    std::unique_ptr<PresentController> show;
    explicit Show(bool tour = false, const std::filesystem::path& flow = kPresentFlow)
        : loaded(load_flow_file(flow)) {
        REQUIRE(loaded.ok());
        show = std::make_unique<PresentController>(
            loaded.program, PresentStart{tour, false}, [this] { return steady; },
            [this] { return wall; });
    }
    void press(PresentAction a, int number = 0) { show->apply({a, number}); }
    std::string at() const { return loaded.program->node(*show->session().current()).id.value; }
    void wait(std::int64_t ms) {
        steady += ms;
        wall += ms;
    }
};

} // namespace

TEST_CASE("next highlights the first choice, moves with the highlight keys and confirms it") {
    Show s;
    CHECK(s.at() == "start");
    CHECK_FALSE(s.show->highlight());
    s.press(PresentAction::next);
    CHECK(s.at() == "start");
    CHECK(s.show->highlight() == 0u);
    s.press(PresentAction::highlight_next);
    s.press(PresentAction::highlight_next);
    CHECK(s.show->highlight() == 2u);
    s.press(PresentAction::highlight_next); // wraps around
    CHECK(s.show->highlight() == 0u);
    s.press(PresentAction::highlight_previous);
    CHECK(s.show->highlight() == 2u);
    CHECK(s.show->highlighted_target() == s.loaded.program->find("write"));
    s.press(PresentAction::next);
    CHECK(s.at() == "write");
    CHECK_FALSE(s.show->highlight());
    s.press(PresentAction::next); // a `next` node: continue at once
    CHECK(s.at() == "end");
    s.press(PresentAction::next); // an ending: nothing, but the host is told why
    CHECK(s.at() == "end");
    CHECK(s.show->notice().find("ending") != std::string::npos);
}

TEST_CASE("digits choose, back steps back, and mistakes are told, not taken") {
    Show s;
    s.press(PresentAction::choose, 1);
    CHECK(s.at() == "body");
    s.press(PresentAction::back);
    CHECK(s.at() == "start");
    s.press(PresentAction::back);
    CHECK(s.show->notice().find("first step") != std::string::npos);
    s.press(PresentAction::choose, 7);
    CHECK(s.at() == "start");
    CHECK(s.show->notice() == "There is no choice 7 here.");
    s.wait(10000);
    CHECK(s.show->notice().empty()); // notices fade
}

TEST_CASE("a tour walks every node in tour order and back, then ends in a fresh walk") {
    Show s;
    s.wait(30000);
    s.press(PresentAction::tour);
    CHECK(s.show->mode() == PresentMode::tour);
    CHECK(s.show->audience_chart()); // the audience sees where each node sits
    std::vector<std::string> seen{s.at()};
    for (std::size_t i = 1; i < s.show->tour().size(); ++i) {
        s.wait(20000);
        s.press(PresentAction::next);
        seen.push_back(s.at());
    }
    CHECK(seen == std::vector<std::string>{"start", "body", "breathe", "write", "end", "get_help",
                                           "reach_out"});
    s.press(PresentAction::next);
    CHECK(s.show->notice().find("last node of the tour") != std::string::npos);
    s.press(PresentAction::back);
    CHECK(s.at() == "get_help");
    CHECK(s.show->tour_position() == 5u);
    s.press(PresentAction::choose, 1); // digits do not leave the tour by accident
    CHECK(s.at() == "get_help");
    s.press(PresentAction::tour);
    CHECK(s.show->mode() == PresentMode::walk);
    CHECK(s.at() == "start");
    CHECK_FALSE(s.show->audience_chart()); // as it was before the tour

    std::vector<std::string> headings;
    for (const ShowNoteLine& line : s.show->notes().lines())
        if (!line.node) headings.push_back(line.text);
    CHECK(headings == std::vector<std::string>{"Walk 1", kTourHeading, "Walk 2"});
}

TEST_CASE("a show can begin with a tour and the chart, and the chart stays after the tour") {
    LoadedFlow loaded = load_flow_file(kPresentFlow);
    REQUIRE(loaded.ok());
    PresentController show(loaded.program, PresentStart{true, true});
    CHECK(show.mode() == PresentMode::tour);
    CHECK(show.audience_chart());
    show.apply({PresentAction::tour, 0});
    CHECK(show.mode() == PresentMode::walk);
    CHECK(show.audience_chart());
}

TEST_CASE("the audience switches and the timer answer their keys") {
    Show s;
    s.press(PresentAction::blank);
    CHECK(s.show->audience_blank());
    s.press(PresentAction::blank);
    CHECK_FALSE(s.show->audience_blank());
    s.press(PresentAction::audience_chart);
    CHECK(s.show->audience_chart());
    CHECK(s.show->notes().timer_state() == ShowTimerState::running); // with the first step
    s.wait(5000);
    s.press(PresentAction::timer_run); // already running: still running
    CHECK(s.show->notes().elapsed_ms() == 5000);
    s.press(PresentAction::timer_pause);
    s.wait(5000);
    CHECK(s.show->notes().elapsed_ms() == 5000);
    s.press(PresentAction::timer);
    CHECK(s.show->notes().timer_state() == ShowTimerState::running);
    s.press(PresentAction::timer);
    CHECK(s.show->notes().timer_state() == ShowTimerState::paused);
    s.press(PresentAction::timer_run);
    CHECK(s.show->notes().timer_state() == ShowTimerState::running);
}

TEST_CASE("the timer runs from the first step, and the host can restart it to match the "
          "recording") {
    Show s;
    CHECK(s.show->notes().timer_state() == ShowTimerState::running);
    s.wait(90000); // the host sets up; the recording has not started
    s.press(PresentAction::choose, 1);
    CHECK(s.show->notes().lines().back().at_ms == 90000);
    s.press(PresentAction::timer_restart); // recording starts now
    CHECK(s.show->notes().elapsed_ms() == 0);
    CHECK(s.show->notice().find("restarted at 00:00") != std::string::npos);
    s.wait(12000);
    s.press(PresentAction::choose, 1);
    std::vector<std::pair<std::string, std::int64_t>> lines;
    for (const ShowNoteLine& line : s.show->notes().lines())
        lines.emplace_back(line.text, line.at_ms);
    CHECK(lines == std::vector<std::pair<std::string, std::int64_t>>{
                       {"Walk 1", 0}, {"Body", 0}, {"Breathe", 12000}});
}

TEST_CASE("restart begins the walk again and the notes keep one line per step") {
    Show s;
    s.wait(10000);
    s.press(PresentAction::choose, 3);
    s.wait(10000);
    s.press(PresentAction::restart);
    CHECK(s.at() == "start");
    std::vector<std::string> titles;
    for (const ShowNoteLine& line : s.show->notes().lines())
        titles.push_back(line.text);
    CHECK(titles ==
          std::vector<std::string>{"Walk 1", "Start", "What is on your mind", "Walk 2", "Start"});
    CHECK(s.show->notes().lines()[0].outcome.find("began again after") != std::string::npos);
}

TEST_CASE("a placeholder nobody filled on air shows as an ellipsis, not a gap") {
    LoadedFlow loaded = load_flow_text(R"(
[flow]
id = "p"
title = "P"
start = "name"

[vars]
feeling = ""

[[node]]
id = "name"
kind = "question"
text = "Which feeling?"
  [[node.choice]]
  label = "Resentment"
  goto = "ask"
  set = { feeling = "'resentment'" }

[[node]]
id = "ask"
kind = "reflection"
text = "What is this {feeling} trying to tell me? You said: {said}"
save_as = "said"
next = "end"

[[node]]
id = "end"
kind = "ending"
text = "Bye."
)");
    REQUIRE(loaded.ok());
    PresentController show(loaded.program, PresentStart{true, false});
    show.apply({PresentAction::next, 0}); // the tour reaches "ask" with nothing set
    CHECK(show.node_text() ==
          "What is this \xe2\x80\xa6 trying to tell me? You said: \xe2\x80\xa6");
    show.apply({PresentAction::tour, 0});
    show.apply({PresentAction::choose, 1});
    CHECK(show.node_text() == "What is this resentment trying to tell me? You said: \xe2\x80\xa6");
}

TEST_CASE("the chart lights the links the path took, and none for a jump") {
    Show s;
    ChartModel chart(s.loaded.flow);
    s.press(PresentAction::choose, 1); // start -> body (choice 1)
    s.press(PresentAction::choose, 3); // body -> write (choice 3)
    ChartMarks marks = chart_marks(chart, s.show->session().path());
    std::vector<std::pair<std::string, std::string>> lit;
    for (std::size_t e = 0; e < chart.edges.size(); ++e)
        if (marks.lit[e])
            lit.emplace_back(chart.flow->nodes[chart.edges[e].from].id.value,
                             chart.flow->nodes[chart.edges[e].to].id.value);
    CHECK(lit ==
          std::vector<std::pair<std::string, std::string>>{{"start", "body"}, {"body", "write"}});
    CHECK(marks.current == s.loaded.program->find("write")->value);
    CHECK(marks.visited[s.loaded.program->find("body")->value]);
    CHECK_FALSE(marks.visited[s.loaded.program->find("breathe")->value]);
    CHECK(chart.layout.positions.size() == chart.flow->nodes.size());

    Show t(true);
    t.press(PresentAction::next); // a tour's jumps are not links taken
    t.press(PresentAction::next);
    marks = chart_marks(chart, t.show->session().path(), false);
    CHECK(std::count(marks.lit.begin(), marks.lit.end(), true) == 0);
    CHECK(marks.visited[t.loaded.program->find("body")->value]);
}

TEST_CASE("the help key goes to the help step, and the way back leaves it in one step") {
    Show s(false, kHelpPathFlow);
    s.press(PresentAction::choose, 1);
    CHECK(s.at() == "middle");
    s.press(PresentAction::next);
    CHECK(s.at() == "end");
    s.press(PresentAction::help); // from an ending too
    CHECK(s.at() == "help");
    CHECK(s.show->session().on_help_path());
    s.press(PresentAction::help); // already there: stays
    CHECK(s.at() == "help");
    CHECK(s.show->session().path().size() == 4u);
    s.press(PresentAction::choose, 1);
    CHECK(s.at() == "reach_out");
    CHECK(s.show->at_help_ending());
    s.press(PresentAction::next); // the ending's one way on: back to where the walk left the flow
    CHECK(s.at() == "end");
    CHECK_FALSE(s.show->at_help_ending());
    CHECK(s.show->session().path().size() == 3u);

    s.press(PresentAction::back);
    s.press(PresentAction::help);
    s.press(PresentAction::next); // the help step's choices: next highlights, as anywhere
    CHECK(s.show->highlight() == 0u);
    s.press(PresentAction::leave_help);
    CHECK(s.at() == "middle");
    CHECK_FALSE(s.show->highlight());
    s.press(PresentAction::leave_help); // off the help path: told, nothing taken
    CHECK(s.at() == "middle");
    CHECK(s.show->notice().find("not on the help path") != std::string::npos);
}

TEST_CASE("back on the help path steps back one step, as anywhere") {
    Show s(false, kHelpPathFlow);
    s.press(PresentAction::help);
    s.press(PresentAction::choose, 1);
    CHECK(s.at() == "reach_out");
    s.press(PresentAction::back);
    CHECK(s.at() == "help");
    s.press(PresentAction::back);
    CHECK(s.at() == "start");
}

TEST_CASE("the help keys do not wander off a tour, nor to a help step a flow lacks") {
    Show t(true, kHelpPathFlow);
    t.press(PresentAction::help);
    CHECK(t.at() == "start");
    CHECK(t.show->notice().find("tour") != std::string::npos);

    LoadedFlow loaded = load_flow_text(R"([flow]
id = "n"
title = "N"
start = "a"
[[node]]
id = "a"
kind = "ending"
text = "A."
)");
    REQUIRE(loaded.ok());
    PresentController show(loaded.program, PresentStart{});
    show.apply({PresentAction::help, 0});
    CHECK(show.notice() == "This flow has no help step.");
}

TEST_CASE("the help lines are on air until the host hides them, and the host is told") {
    Show s(false, kHelpPathFlow);
    CHECK(s.show->help_on_air());
    s.press(PresentAction::help_on_air);
    CHECK_FALSE(s.show->help_on_air());
    CHECK(s.show->notice().find("hidden from air") != std::string::npos);
    s.press(PresentAction::help_on_air);
    CHECK(s.show->help_on_air());
    CHECK(s.show->notice().find("shown on air") != std::string::npos);
}

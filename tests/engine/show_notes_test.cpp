// Tests for show notes: the show timer, one line per step, slips, segments and the Markdown.
#include "heartflow/loader.h"
#include "heartflow/session.h"
#include "heartflow/show_notes.h"

#include "test_support.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

using namespace heartflow;
using heartflow::testing::data_dir;

namespace {

constexpr const char* kNotesFlow = R"(
[flow]
id = "show"
title = "Getting to the Heart"
start = "start"

[[node]]
id = "start"
kind = "question"
title = "Welcome"
text = "Hello."
  [[node.choice]]
  label = "Name it"
  goto = "name"
  [[node.choice]]
  label = "Rest"
  goto = "end"

[[node]]
id = "name"
kind = "prompt"
title = "Naming the feeling"
text = "What is it?"
next = "end"

[[node]]
id = "end"
kind = "ending"
title = "The end"
text = "Bye."
)";

// A session and its notes on hand-moved clocks (ms).
struct Show {
    LoadedFlow loaded = load_flow_text(kNotesFlow);
    std::int64_t steady = 1000;
    std::int64_t wall = 1700000000000;
    Session session{loaded.program, [this] { return wall; }};
    ShowNotes notes{session, [this] { return steady; }, [this] { return wall; }};
    void wait(std::int64_t ms) {
        steady += ms;
        wall += ms;
    }
};

std::vector<std::string> step_lines(const std::string& markdown) {
    std::vector<std::string> out;
    std::istringstream in(markdown);
    for (std::string line; std::getline(in, line);)
        if (line.rfind("- ", 0) == 0) out.push_back(line);
    return out;
}

} // namespace

TEST_CASE("show time reads mm:ss under an hour and h:mm:ss from an hour on") {
    CHECK(format_show_time(0) == "00:00");
    CHECK(format_show_time(400999) == "06:40");
    CHECK(format_show_time(3599999) == "59:59");
    CHECK(format_show_time(3600000) == "1:00:00");
    CHECK(format_show_time(36000000 + 62000) == "10:01:02");
    CHECK(format_show_time(-5000) == "00:00");
}

TEST_CASE("the timer starts by itself with the first step, and each step gets a line") {
    ::setenv("TZ", "UTC", 1);
    Show show;
    show.wait(30000); // before the first step: not counted
    CHECK(show.notes.timer_state() == ShowTimerState::not_started);
    CHECK(show.notes.elapsed_ms() == 0);
    REQUIRE(show.session.start() == SessionError::ok);
    CHECK(show.notes.timer_state() == ShowTimerState::running);
    show.wait(400000);
    REQUIRE(show.session.choose(1) == SessionError::ok);
    show.wait(65000);
    REQUIRE(show.session.choose(1) == SessionError::ok);

    REQUIRE(show.notes.lines().size() == 3);
    CHECK(show.notes.lines()[1].at_ms == 400000);
    const std::string md = show.notes.markdown();
    CHECK(md.rfind("# Show notes: Getting to the Heart\n", 0) == 0);
    CHECK(md.find("Recorded 2023-11-14 22:13 with heartflow present. Times count from the first "
                  "step of the show.") != std::string::npos);
    CHECK(step_lines(md) == std::vector<std::string>{"- 00:00 Welcome",
                                                     "- 06:40 Naming the feeling",
                                                     "- 07:45 The end"});
}

TEST_CASE("restarting the timer re-bases the notes from now: they begin again at the step on "
          "screen") {
    ::setenv("TZ", "UTC", 1);
    Show show;
    show.notes.begin_segment(SegmentKind::walk);
    REQUIRE(show.session.start() == SessionError::ok);
    show.wait(20000);
    REQUIRE(show.session.choose(1) == SessionError::ok);
    show.wait(10000);
    show.notes.pause_timer();
    show.wait(60000); // the recording starts here
    CHECK_FALSE(show.notes.timer_restarted());
    show.notes.restart_timer();
    CHECK(show.notes.timer_restarted());
    CHECK(show.notes.timer_state() == ShowTimerState::running);
    CHECK(show.notes.elapsed_ms() == 0);
    REQUIRE(show.notes.lines().size() == 2);
    CHECK(show.notes.lines()[0].text == "Walk 1");
    CHECK(show.notes.lines()[1].text == "Naming the feeling");
    CHECK(show.notes.lines()[1].at_ms == 0);
    show.wait(42000);
    REQUIRE(show.session.choose(1) == SessionError::ok);
    const std::string md = show.notes.markdown();
    CHECK(md.find("Recorded 2023-11-14 22:14 with heartflow present. Times count from when the "
                  "timer was restarted to match the recording.\n") != std::string::npos);
    CHECK(md.find("(1 break)") == std::string::npos); // the pause was before the recording
    CHECK(step_lines(md) ==
          std::vector<std::string>{"- 00:00 Naming the feeling", "- 00:42 The end"});
}

TEST_CASE("a paused timer stands still, and the notes say how many breaks were left out") {
    Show show;
    REQUIRE(show.session.start() == SessionError::ok);
    show.wait(60000);
    show.notes.toggle_timer();
    CHECK(show.notes.timer_state() == ShowTimerState::paused);
    show.wait(180000); // the ad break
    CHECK(show.notes.elapsed_ms() == 60000);
    REQUIRE(show.session.choose(1) == SessionError::ok);
    CHECK(show.notes.lines().back().at_ms == 60000);
    show.notes.toggle_timer();
    show.wait(5000);
    CHECK(show.notes.elapsed_ms() == 65000);
    CHECK(show.notes.markdown().find("(1 break) is left out") != std::string::npos);
}

TEST_CASE("a step undone at once is a slip and leaves no line; one that was on air stays") {
    Show show;
    REQUIRE(show.session.start() == SessionError::ok);
    show.wait(20000);
    REQUIRE(show.session.choose(1) == SessionError::ok); // pressed by mistake
    show.wait(1500);
    REQUIRE(show.session.back() == SessionError::ok);
    REQUIRE(show.notes.lines().size() == 1);
    CHECK(show.notes.lines()[0].text == "Welcome");

    show.wait(5000);
    REQUIRE(show.session.choose(1) == SessionError::ok); // talked about for a minute
    show.wait(60000);
    REQUIRE(show.session.back() == SessionError::ok);
    REQUIRE(show.notes.lines().size() == 3);
    CHECK(show.notes.lines()[1].text == "Naming the feeling");
    CHECK(show.notes.lines()[1].at_ms == 26500);
    CHECK(show.notes.lines()[2].text == "Welcome");
    CHECK(show.notes.lines()[2].at_ms == 86500);
}

TEST_CASE("segments are headings between the steps, and times never decrease") {
    Show show;
    REQUIRE(show.session.start() == SessionError::ok);
    show.wait(63000);
    show.notes.begin_segment(SegmentKind::tour);
    REQUIRE(show.session.restart() == SessionError::ok);
    show.wait(10000);
    REQUIRE(show.session.jump_to(NodeIndex{1}) == SessionError::ok);
    const std::string md = show.notes.markdown();
    CHECK(
        md.find("\n## 01:03 A tour of the flowchart \xe2\x80\x94 under way, at \xe2\x80\x9cNaming "
                "the feeling\xe2\x80\x9d\n\n- 01:03 Welcome\n- 01:13 Naming the feeling\n") !=
        std::string::npos);
    std::int64_t last = 0;
    for (const ShowNoteLine& line : show.notes.lines()) {
        CHECK(line.at_ms >= last);
        last = line.at_ms;
    }
}

namespace {

// The "## " lines of the notes.
std::vector<std::string> headings(const std::string& markdown) {
    std::vector<std::string> out;
    std::istringstream in(markdown);
    for (std::string line; std::getline(in, line);)
        if (line.rfind("## ", 0) == 0) out.push_back(line);
    return out;
}

constexpr const char* kOpen = "\xe2\x80\x9c";
constexpr const char* kClose = "\xe2\x80\x9d";
constexpr const char* kDash = " \xe2\x80\x94 ";

} // namespace

TEST_CASE("every walk and tour has its heading with its start time and how it ended") {
    Show show;
    show.notes.begin_segment(SegmentKind::walk);
    REQUIRE(show.session.start() == SessionError::ok);
    show.wait(61000);
    REQUIRE(show.session.choose(2) == SessionError::ok); // Welcome -> The end
    show.wait(9000);
    show.notes.begin_segment(SegmentKind::walk, SegmentEnd::restarted);
    REQUIRE(show.session.restart() == SessionError::ok);
    show.wait(20000);
    REQUIRE(show.session.choose(1) == SessionError::ok); // Welcome -> Naming the feeling
    show.wait(10000);
    show.notes.begin_segment(SegmentKind::walk, SegmentEnd::restarted);
    REQUIRE(show.session.restart() == SessionError::ok);
    show.wait(5000);
    show.notes.begin_segment(SegmentKind::tour);
    REQUIRE(show.session.restart() == SessionError::ok);
    show.wait(30000);
    CHECK(headings(show.notes.markdown()).back() ==
          std::string("## 01:45 A tour of the flowchart") + kDash + "under way, at " + kOpen +
              "Welcome" + kClose);
    show.notes.begin_segment(SegmentKind::walk);
    REQUIRE(show.session.restart() == SessionError::ok);
    REQUIRE(show.session.choose(1) == SessionError::ok);
    show.notes.end_show();
    CHECK(headings(show.notes.markdown()) ==
          std::vector<std::string>{std::string("## 00:00 Walk 1") + kDash + "reached the ending " +
                                       kOpen + "The end" + kClose,
                                   std::string("## 01:10 Walk 2") + kDash + "began again after " +
                                       kOpen + "Naming the feeling" + kClose,
                                   std::string("## 01:40 Walk 3") + kDash + "left at " + kOpen +
                                       "Welcome" + kClose + " for a tour",
                                   std::string("## 01:45 A tour of the flowchart") + kDash +
                                       "ended at " + kOpen + "Welcome" + kClose,
                                   std::string("## 02:15 Walk 4") + kDash + "the show ended at " +
                                       kOpen + "Naming the feeling" + kClose});
}

TEST_CASE("the revision grows with every change of the lines") {
    Show show;
    const std::uint64_t before = show.notes.revision();
    REQUIRE(show.session.start() == SessionError::ok);
    CHECK(show.notes.revision() > before);
    const std::uint64_t started = show.notes.revision();
    show.notes.pause_timer(); // not running: nothing changes
    CHECK(show.notes.revision() == started);
}

TEST_CASE("a scale's rating and a pick's items are written in words on their steps' lines") {
    std::ifstream file(data_dir() / "flows" / "scale-and-pick.toml");
    std::stringstream text;
    text << file.rdbuf();
    LoadedFlow loaded = load_flow_text(text.str());
    REQUIRE(loaded.ok());
    std::int64_t clock = 1000;
    Session session(loaded.program, [&clock] { return clock; });
    ShowNotes notes(
        session, [&clock] { return clock; }, [&clock] { return clock; });
    REQUIRE(session.start() == SessionError::ok);
    REQUIRE(session.rate(7) == SessionError::ok);
    REQUIRE(session.choose(1) == SessionError::ok);
    const std::size_t picks[] = {0, 2};
    REQUIRE(session.set_picks(picks) == SessionError::ok);
    REQUIRE(session.choose(1) == SessionError::ok);
    const std::vector<std::string> lines = step_lines(notes.markdown());
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] == "- 00:00 how_big: 7 (0 calm to 10 overwhelmed)");
    CHECK(lines[1].find("tired and scared") != std::string::npos);
}

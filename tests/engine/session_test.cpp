// Tests of the session state machine.
#include "test_support.h"

#include <heartflow/session.h>

using namespace heartflow;
using namespace heartflow::testing;

namespace {

constexpr const char* kFlow = R"TOML([flow]
id = "s"
title = "S"
start = "start"
help = "help"

[vars]
feeling = ""
visits = 0

[[node]]
id = "start"
kind = "question"
text = "How is it?"
set = { visits = "visits + 1" }
  [[node.choice]]
  label = "Resentment"
  goto = "red"
  set = { feeling = "'resentment'" }
  [[node.choice]]
  label = "Again ({visits})"
  goto = "start"
  [[node.choice]]
  label = "Secret"
  goto = "end"
  when = "visits > 2"

[[node]]
id = "red"
kind = "reflection"
text = "You named {feeling}. What boundary?"
save_as = "boundary"
next = "end"

[[node]]
id = "end"
kind = "ending"
text = "You wrote: {boundary}"

[[node]]
id = "help"
kind = "ending"
text = "Help"
)TOML";

struct Recorder : SessionObserver {
    std::vector<std::string> events;
    void on_enter(NodeIndex n, std::size_t step) override {
        events.push_back("enter " + std::to_string(n.value) + "@" + std::to_string(step));
    }
    void on_choice(NodeIndex from, std::optional<std::size_t> c) override {
        events.push_back("choice " + std::to_string(from.value) + ":" +
                         (c ? std::to_string(*c) : "continue"));
    }
    void on_finish(NodeIndex n) override { events.push_back("finish " + std::to_string(n.value)); }
};

std::shared_ptr<const Program> program() {
    auto loaded = load_flow_text(kFlow);
    INFO(describe_all(loaded.diagnostics));
    REQUIRE(loaded.ok());
    return loaded.program;
}

std::int64_t g_now = 1000;
std::int64_t fake_clock() {
    return g_now += 10;
}

} // namespace

TEST_CASE("a session walks from start to an ending") {
    Session s(program(), fake_clock);
    CHECK(s.status() == SessionStatus::not_started);
    CHECK(s.choices().empty());
    REQUIRE(s.start() == SessionError::ok);
    CHECK(s.status() == SessionStatus::at_node);
    CHECK(s.current_text() == "How is it?");
    auto choices = s.choices();
    REQUIRE(choices.size() == 2); // "Secret" is hidden until visits > 2
    CHECK(choices[1].label == "Again (1)");
    REQUIRE(s.choose(1) == SessionError::ok);
    CHECK(s.current_text() == "You named resentment. What boundary?");
    REQUIRE(s.choices().size() == 1);
    CHECK(s.choices()[0].label == "Continue");
    REQUIRE(s.set_journal("Sundays are mine") == SessionError::ok);
    REQUIRE(s.choose(1) == SessionError::ok);
    CHECK(s.status() == SessionStatus::finished);
    CHECK(s.current_text() == "You wrote: Sundays are mine");
    CHECK(s.path().size() == 3);
    CHECK(s.path()[0].entered_at_ms < s.path()[2].entered_at_ms);
}

TEST_CASE("conditions and labels follow the variables") {
    Session s(program());
    REQUIRE(s.start() == SessionError::ok);
    REQUIRE(s.choose_label("Again (1)") == SessionError::ok);
    REQUIRE(s.choose_label("Again (2)") == SessionError::ok);
    CHECK(s.variable("visits") == Value{std::int64_t{3}});
    auto choices = s.choices();
    REQUIRE(choices.size() == 3);
    CHECK(choices[2].label == "Secret");
    CHECK(choices[2].index == 2u);
}

TEST_CASE("back undoes one step at a time, variables included, and keeps journal text") {
    Session s(program());
    REQUIRE(s.start() == SessionError::ok);
    CHECK(s.back() == SessionError::at_start);
    REQUIRE(s.choose(2) == SessionError::ok);
    REQUIRE(s.choose(1) == SessionError::ok);
    REQUIRE(s.set_journal("my words") == SessionError::ok);
    REQUIRE(s.choose(1) == SessionError::ok);
    CHECK(s.variable("boundary") == Value{std::string("my words")});
    REQUIRE(s.back() == SessionError::ok);
    CHECK(s.status() == SessionStatus::at_node);
    CHECK(s.variable("boundary") == Value{std::string("")});
    CHECK(s.journal(*s.current()) == "my words");
    REQUIRE(s.back() == SessionError::ok);
    CHECK(s.variable("feeling") == Value{std::string("")});
    CHECK(s.variable("visits") == Value{std::int64_t{2}});
    REQUIRE(s.back() == SessionError::ok);
    CHECK(s.variable("visits") == Value{std::int64_t{1}});
    CHECK(s.path().size() == 1);
    CHECK(s.back() == SessionError::at_start);
}

TEST_CASE("misuse returns error values and is recorded") {
    Session s(program());
    CHECK(s.choose(1) == SessionError::not_started);
    CHECK(s.back() == SessionError::not_started);
    CHECK(s.restart() == SessionError::not_started);
    REQUIRE(s.start() == SessionError::ok);
    CHECK(s.choose(0) == SessionError::no_such_choice);
    CHECK(s.choose(3) == SessionError::no_such_choice);
    CHECK(s.choose_label("Secret") == SessionError::no_such_choice);
    CHECK(s.set_journal("x") == SessionError::not_a_reflection);
    CHECK(s.set_check_in(CheckIn::before, 11) == SessionError::bad_rating);
    CHECK(s.start_at(NodeIndex{99}) == SessionError::bad_node);
    REQUIRE(s.jump_to(*s.program().help) == SessionError::ok);
    CHECK(s.choose(1) == SessionError::finished);
    CHECK(s.errors().size() == 10);
    CHECK(s.errors().front() == SessionError::not_started);
}

TEST_CASE("restart returns to the start and keeps words and ratings") {
    Session s(program());
    REQUIRE(s.start() == SessionError::ok);
    REQUIRE(s.set_check_in(CheckIn::before, 8) == SessionError::ok);
    REQUIRE(s.choose(1) == SessionError::ok);
    REQUIRE(s.set_journal("kept") == SessionError::ok);
    REQUIRE(s.restart() == SessionError::ok);
    CHECK(s.path().size() == 1);
    CHECK(s.variable("feeling") == Value{std::string("")});
    CHECK(s.check_in(CheckIn::before) == 8);
    CHECK(s.journal_entries().size() == 1);
}

TEST_CASE("play from here starts at any node") {
    auto p = program();
    Session s(p);
    REQUIRE(s.start_at(*p->find("red")) == SessionError::ok);
    CHECK(s.current_text() == "You named . What boundary?");
}

TEST_CASE("observers hear entering, choosing and finishing") {
    Session s(program());
    Recorder r;
    s.add_observer(&r);
    REQUIRE(s.start() == SessionError::ok);
    REQUIRE(s.choose(1) == SessionError::ok);
    REQUIRE(s.choose(1) == SessionError::ok);
    REQUIRE(s.back() == SessionError::ok);
    s.remove_observer(&r);
    REQUIRE(s.choose(1) == SessionError::ok);
    CHECK(r.events == std::vector<std::string>{"enter 0@0", "choice 0:0", "enter 1@1",
                                               "choice 1:continue", "enter 2@2", "finish 2",
                                               "enter 1@1"});
}

TEST_CASE("a snapshot restores the same walk, and back still undoes after restoring") {
    auto p = program();
    Session s(p, fake_clock);
    REQUIRE(s.start() == SessionError::ok);
    REQUIRE(s.choose(2) == SessionError::ok);
    REQUIRE(s.choose(1) == SessionError::ok);
    REQUIRE(s.set_journal("words") == SessionError::ok);
    REQUIRE(s.set_check_in(CheckIn::before, 7) == SessionError::ok);
    SessionSnapshot snap = s.snapshot();
    CHECK(snap.path.size() == 3);
    CHECK(snap.path[0].left_by == 1u);

    Session t(p, fake_clock);
    REQUIRE(t.restore(snap) == SessionError::ok);
    CHECK(t.snapshot() == snap);
    CHECK(t.current_text() == s.current_text());
    REQUIRE(t.back() == SessionError::ok);
    CHECK(t.variable("feeling") == Value{std::string("")});
    CHECK(t.variable("visits") == Value{std::int64_t{2}});
}

TEST_CASE("restoring on an edited flow drops steps whose node is gone") {
    auto p = program();
    SessionSnapshot snap;
    snap.flow_id = "s";
    snap.path = {{"start", 1, 0}, {"deleted", 2, std::nullopt}, {"red", 3, std::nullopt}};
    Session s(p);
    REQUIRE(s.restore(snap) == SessionError::ok);
    CHECK(s.path().size() == 2);
    CHECK(s.program().node(*s.current()).id.value == "red");
    snap.path = {{"gone", 1, std::nullopt}};
    Session t(p);
    CHECK(t.restore(snap) == SessionError::bad_node);
    CHECK(t.status() == SessionStatus::not_started);
}

// Tests of help lines (the person's file and the flow's list), the help path and leaving it.
#include "test_support.h"

#include <heartflow/help_lines.h>
#include <heartflow/session.h>
#include <heartflow/writer.h>

#include <fstream>
#include <sys/stat.h>
#include <unistd.h>

using namespace heartflow;
using namespace heartflow::testing;
namespace fs = std::filesystem;

namespace {

constexpr const char* kFlow = R"TOML([flow]
id = "h"
title = "H"
start = "start"
help = "help"
help_lines = ["Practice line: 555 0100", "Shared line"]

[[node]]
id = "start"
kind = "question"
text = "How is it?"
  [[node.choice]]
  label = "Fine"
  goto = "middle"
  [[node.choice]]
  label = "In crisis"
  goto = "help"

[[node]]
id = "middle"
kind = "prompt"
text = "Middle"
next = "end"

[[node]]
id = "help"
kind = "question"
text = "Help"
  [[node.choice]]
  label = "Reach out"
  goto = "urgent"
  [[node.choice]]
  label = "Go on gently"
  goto = "end"

[[node]]
id = "urgent"
kind = "ending"
text = "Reach out now."

[[node]]
id = "end"
kind = "ending"
text = "The end."
)TOML";

fs::path temp_folder(const char* name) {
    fs::path dir = fs::temp_directory_path() /
                   (std::string("heartflow-help-") + name + "-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

} // namespace

TEST_CASE("the help path is the help node and what only it reaches") {
    REQUIRE_LOADS(loaded, kFlow);
    const Program& p = *loaded.program;
    CHECK(p.on_help_path(*p.find("help")));
    CHECK(p.on_help_path(*p.find("urgent")));
    CHECK_FALSE(p.on_help_path(*p.find("end"))); // also reached from the start without help
    CHECK_FALSE(p.on_help_path(*p.find("start")));
    CHECK_FALSE(p.on_help_path(*p.find("middle")));
}

TEST_CASE("leaving the help path returns to where the walk left the flow, in one step") {
    REQUIRE_LOADS(loaded, kFlow);
    Session s(loaded.program);
    REQUIRE(s.start() == SessionError::ok);
    REQUIRE(s.choose(1) == SessionError::ok); // middle
    REQUIRE(s.jump_to(*loaded.program->find("help")) == SessionError::ok);
    CHECK(s.on_help_path());
    REQUIRE(s.choose(1) == SessionError::ok); // urgent ending
    CHECK(s.status() == SessionStatus::finished);
    std::size_t entered = 0;
    struct Count : SessionObserver {
        std::size_t& n;
        explicit Count(std::size_t& n) : n(n) {}
        void on_enter(NodeIndex, std::size_t) override { ++n; }
    } count(entered);
    s.add_observer(&count);
    CHECK(s.leave_help() == SessionError::ok);
    s.remove_observer(&count);
    CHECK(entered == 1);
    CHECK(*s.current() == *loaded.program->find("middle"));
    CHECK(s.status() == SessionStatus::at_node);
    CHECK_FALSE(s.on_help_path());
    CHECK(s.leave_help() == SessionError::ok); // off the path: nothing to do
    CHECK(*s.current() == *loaded.program->find("middle"));
}

TEST_CASE("a walk that began on the help path has nowhere to leave it to") {
    REQUIRE_LOADS(loaded, kFlow);
    Session s(loaded.program);
    REQUIRE(s.start_at(*loaded.program->find("help")) == SessionError::ok);
    CHECK(s.leave_help() == SessionError::at_start);
}

TEST_CASE("help_lines are read, written back and checked with located errors") {
    REQUIRE_LOADS(loaded, kFlow);
    REQUIRE(loaded.flow->info.help_lines.size() == 2);
    CHECK(loaded.flow->info.help_lines[0].text == "Practice line: 555 0100");
    CHECK(loaded.flow->info.help_lines[0].range.begin.line == 6);
    auto again = load_flow_text(write_flow(*loaded.flow));
    REQUIRE(again.flow);
    CHECK(*again.flow == *loaded.flow);

    std::string empty =
        std::string(kHeader) +
        "help_lines = [\"ok\", \"  \"]\n[[node]]\nid = \"a\"\nkind = \"ending\"\ntext = \"x\"\n";
    CHECK_DIAGNOSTIC_AT(empty, DiagCode::bad_help_line, 5, 21);
    std::string long_line = std::string(kHeader) + "help_lines = [\"" + std::string(241, 'x') +
                            "\"]\n[[node]]\nid = \"a\"\nkind = \"ending\"\ntext = \"x\"\n";
    CHECK_DIAGNOSTIC_AT(long_line, DiagCode::bad_help_line, 5, 15);
    std::string not_text =
        std::string(kHeader) +
        "help_lines = [\"ok\", 3]\n[[node]]\nid = \"a\"\nkind = \"ending\"\ntext = \"x\"\n";
    CHECK_DIAGNOSTIC_AT(not_text, DiagCode::wrong_type, 5, 21);
}

TEST_CASE("the person's lines come first, and a line both hold is shown once") {
    fs::path dir = temp_folder("gather");
    std::ofstream(dir / "crisis.txt")
        << "# from my therapist\n\n  My line: 000  \n# no\nShared line\n";
    REQUIRE_LOADS(loaded, kFlow);
    HelpLines lines = gather_help_lines(*loaded.flow, dir / "crisis.txt");
    CHECK(lines.personal == std::vector<std::string>{"My line: 000", "Shared line"});
    CHECK(lines.flow == std::vector<std::string>{"Practice line: 555 0100", "Shared line"});
    CHECK(lines.all() ==
          std::vector<std::string>{"My line: 000", "Shared line", "Practice line: 555 0100"});
    CHECK_FALSE(lines.empty());
    CHECK(gather_help_lines(*loaded.flow, dir / "none.txt").personal.empty());
    fs::remove_all(dir);
}

TEST_CASE("a line held twice, in one source or across both, is shown once, where it first comes") {
    HelpLines lines{{"Mine", "Mine", "Both"}, {"Flow", "Both", "Flow"}};
    CHECK(lines.all() == std::vector<std::string>{"Mine", "Both", "Flow"});
}

TEST_CASE("a very long line in the person's file is cut on a character, never mid-letter") {
    fs::path dir = temp_folder("long");
    std::string line;
    while (line.size() < kMaxHelpLineBytes + 10)
        line += "\xC3\xA9"; // é, two bytes each
    std::ofstream(dir / "crisis.txt") << "x" << line << "\n";
    auto lines = read_help_lines_file(dir / "crisis.txt");
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].size() <= kMaxHelpLineBytes);
    CHECK(lines[0].size() % 2 == 1); // the 'x' and whole two-byte letters
    fs::remove_all(dir);
}

TEST_CASE("saving the person's lines writes a private file that reads back the same") {
    fs::path dir = temp_folder("save") / "config" / "heartflow";
    std::vector<std::string> lines{"Crisis line: 123", "  ", "Sister: 456  "};
    WriteStatus saved = save_help_lines_file(help_lines_file(dir), lines);
    REQUIRE_MESSAGE(saved.ok, saved.message);
    CHECK(read_help_lines_file(help_lines_file(dir)) ==
          std::vector<std::string>{"Crisis line: 123", "Sister: 456"});
    struct stat st {};
    REQUIRE(::stat(help_lines_file(dir).c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    REQUIRE(::stat(dir.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0700);
    fs::remove_all(dir.parent_path().parent_path());
}

TEST_CASE("the default help text names no number") {
    DefaultHelpText text = default_help_text();
    CHECK_FALSE(text.heading.empty());
    REQUIRE(text.steps.size() >= 3);
    for (std::string_view step : text.steps)
        CHECK(step.find_first_of("0123456789") == std::string_view::npos);
}

TEST_CASE("a help step shows the lines when there are some, else the default text") {
    HelpShown none = help_to_show(HelpLines{});
    CHECK(none.is_default);
    CHECK(none.heading == default_help_text().heading);
    CHECK(none.lines.size() == default_help_text().steps.size());
    HelpShown some = help_to_show(HelpLines{{"Mine"}, {"Flow's"}});
    CHECK_FALSE(some.is_default);
    CHECK(some.heading == kHelpLinesHeading);
    CHECK(some.lines == std::vector<std::string>{"Mine", "Flow's"});
}

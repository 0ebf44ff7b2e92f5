// Tests for Markdown transcripts of sessions.
#include "heartflow/loader.h"
#include "heartflow/session.h"
#include "heartflow/transcript.h"

#include <doctest/doctest.h>

#include <cstdlib>

using namespace heartflow;

namespace {

constexpr const char* kTranscriptFlow = R"(
[flow]
id = "calm"
title = "A calm walk"
start = "start"

[[node]]
id = "start"
kind = "question"
title = "How are you?"
text = "How are you right now?"
  [[node.choice]]
  label = "Tense"
  goto = "words"

[[node]]
id = "words"
kind = "reflection"
title = "Your words"
text = "What is on your mind?"
next = "end"

[[node]]
id = "end"
kind = "ending"
text = "Thank you."
)";

} // namespace

TEST_CASE("a transcript holds the path, the choices, the ratings and the person's words") {
    ::setenv("TZ", "UTC", 1);
    LoadedFlow loaded = load_flow_text(kTranscriptFlow);
    REQUIRE(loaded.ok());
    std::int64_t now = 1700000000000;
    Session session(loaded.program, [&] { return now; });
    REQUIRE(session.start() == SessionError::ok);
    REQUIRE(session.set_check_in(CheckIn::before, 8) == SessionError::ok);
    REQUIRE(session.choose(1) == SessionError::ok);
    REQUIRE(session.set_journal("Too much at once.\nI need rest.") == SessionError::ok);
    REQUIRE(session.choose(1) == SessionError::ok);
    REQUIRE(session.set_check_in(CheckIn::after, 5) == SessionError::ok);

    std::string md = session_transcript(session.snapshot(), loaded.flow.get());
    CHECK(md.find("# A calm walk") == 0);
    CHECK(md.find("2023-11-14 22:13") != std::string::npos);
    CHECK(md.find("Walked to the end.") != std::string::npos);
    CHECK(md.find("at the start: 8/10") != std::string::npos);
    CHECK(md.find("at the end: 5/10") != std::string::npos);
    CHECK(md.find("1. **How are you?** \"Tense\" (") != std::string::npos);
    CHECK(md.find("3. **end**") != std::string::npos);
    CHECK(
        md.find(
            "### Your words\n\n*What is on your mind?*\n\n> Too much at once.\n> I need rest.\n") !=
        std::string::npos);
}

TEST_CASE("without the flow a transcript falls back to node ids") {
    SessionSnapshot s;
    s.flow_id = "gone";
    s.status = SessionStatus::at_node;
    s.path.push_back({"somewhere", 0, std::nullopt});
    s.journal.push_back({"somewhere", "still mine"});
    std::string md = session_transcript(s, nullptr);
    CHECK(md.find("# gone") == 0);
    CHECK(md.find("Paused part way.") != std::string::npos);
    CHECK(md.find("not given") != std::string::npos);
    CHECK(md.find("### somewhere\n\n> still mine\n") != std::string::npos);
}

TEST_CASE("a transcript is Markdown that shows the person's words and the questions as written") {
    constexpr const char* kFlow = R"([flow]
id = "m"
title = "Words_and *stars*"
start = "plan"

[[node]]
id = "plan"
kind = "reflection"
title = "Your plan"
text = """
Your boundary: {boundary|the one you hold in mind}

What is one *small* step?"""
save_as = "step"
next = "end"

[[node]]
id = "end"
kind = "ending"
text = "Done."
)";
    LoadedFlow loaded = load_flow_text(std::string(kFlow) + "\n[vars]\nboundary = \"\"\n");
    REQUIRE(loaded.ok());
    Session session(loaded.program);
    REQUIRE(session.start() == SessionError::ok);
    REQUIRE(session.set_journal(
                "# not a heading\n1. not a list\n- nor this\nstars *stay* and <b>tags</b> too") ==
            SessionError::ok);
    std::string md = session_transcript(session.snapshot(), loaded.flow.get());
    INFO(md);
    CHECK(md.find("# Words\\_and \\*stars\\*\n") == 0);
    // One emphasis per paragraph, the placeholder's fallback filled in, no brace left.
    CHECK(md.find(
              "*Your boundary: the one you hold in mind*\n\n*What is one \\*small\\* step?*\n\n") !=
          std::string::npos);
    CHECK(md.find('{') == std::string::npos);
    CHECK(md.find("> \\# not a heading\n> 1\\. not a list\n> \\- nor this\n"
                  "> stars \\*stay\\* and \\<b\\>tags\\</b\\> too\n") != std::string::npos);
}

TEST_CASE("an answer is joined to its step without doubled punctuation") {
    CHECK(step_with_answer("Name the feeling", "Resentment") == "Name the feeling: \"Resentment\"");
    CHECK(step_with_answer("What would help now?", "Rest") == "What would help now? \"Rest\"");
    CHECK(step_with_answer("Is it safe to say?\xe2\x80\x9d", "Yes") ==
          "Is it safe to say?\xe2\x80\x9d \"Yes\"");
    CHECK(step_with_answer("How big", "Big\xe2\x80\xa6") == "How big: \"Big\xe2\x80\xa6\"");
    CHECK(step_with_answer("Both ways", " Not really. I do most of the giving. ") ==
          "Both ways: \"Not really. I do most of the giving.\"");
    CHECK(step_with_answer("Welcome", "") == "Welcome");
    CHECK(step_with_answer("Welcome", "  ") == "Welcome");

    CHECK(as_sentence("Welcome, then Thank you") == "Welcome, then Thank you.");
    CHECK(as_sentence("Welcome, then Does care flow both ways?") ==
          "Welcome, then Does care flow both ways?");
    CHECK(as_sentence("It felt big\xe2\x80\xa6 ") == "It felt big\xe2\x80\xa6");
    CHECK(as_sentence("She said \"enough.\"") == "She said \"enough.\"");
    CHECK(as_sentence("") == "");
}

TEST_CASE("a transcript quotes answers that end in punctuation once, with nothing after them") {
    ::setenv("TZ", "UTC", 1);
    LoadedFlow loaded = load_flow_text(R"(
[flow]
id = "marks"
title = "Marks"
start = "size"

[[node]]
id = "size"
kind = "question"
title = "How big does it feel?"
text = "How big?"
  [[node.choice]]
  label = "Big\u2026"
  goto = "ways"

[[node]]
id = "ways"
kind = "question"
title = "Both ways"
text = "Does care flow both ways?"
  [[node.choice]]
  label = "Not really. I do most of the giving."
  goto = "end"

[[node]]
id = "end"
kind = "ending"
text = "Thank you."
)");
    REQUIRE(loaded.ok());
    Session session(loaded.program, [] { return std::int64_t{1700000000000}; });
    REQUIRE(session.start() == SessionError::ok);
    REQUIRE(session.choose(1) == SessionError::ok);
    REQUIRE(session.choose(1) == SessionError::ok);
    const std::string md = session_transcript(session.snapshot(), loaded.flow.get());
    INFO(md);
    CHECK(md.find("1. **How big does it feel?** \"Big\xe2\x80\xa6\" (2023-11-14 22:13)\n") !=
          std::string::npos);
    CHECK(md.find("2. **Both ways**: \"Not really. I do most of the giving.\" (2023-11-14") !=
          std::string::npos);
    for (const char* doubled :
         {"?:", "?**:", "\xe2\x80\xa6\".", "\xe2\x80\xa6\"\"", ".\".", ".\"\""})
        CHECK(md.find(doubled) == std::string::npos);
}

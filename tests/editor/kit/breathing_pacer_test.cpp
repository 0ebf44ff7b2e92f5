// Tests for the breathing pacer's timing.
#include "kit/breathing_pacer.h"

#include <doctest/doctest.h>

using namespace heartflow;
using namespace heartflow::kit;

TEST_CASE("the pacer walks through in, hold, out and hold, round after round") {
    BreathingPacer pacer({4, 1, 6, 1}, 3);
    CHECK(pacer.breath_seconds() == doctest::Approx(12));

    PacerState s = pacer.at(0.0);
    CHECK(s.phase == BreathPhase::in);
    CHECK(s.round == 1);
    CHECK(s.fill == doctest::Approx(0.0f));
    CHECK(s.seconds_left == doctest::Approx(4));

    CHECK(pacer.at(4.5).phase == BreathPhase::hold_in);
    CHECK(pacer.at(4.5).fill == doctest::Approx(1.0f));
    CHECK(pacer.at(8.0).phase == BreathPhase::out);
    CHECK(pacer.at(8.0).fill == doctest::Approx(0.5f));
    CHECK(pacer.at(11.5).phase == BreathPhase::hold_out);
    CHECK(pacer.at(12.5).round == 2);
    CHECK_FALSE(pacer.at(35.9).done);
    CHECK(pacer.at(36.0).done);
    CHECK(pacer.at(36.0).round == 3);
}

TEST_CASE("zero-length phases are skipped and a bad pattern falls back to the default") {
    BreathingPacer no_holds({4, 0, 6, 0}, 2);
    CHECK(no_holds.at(4.0).phase == BreathPhase::out);
    CHECK(no_holds.at(9.99).phase == BreathPhase::out);
    CHECK(no_holds.at(10.0).round == 2);

    BreathingPacer bad({0, -1, 0, 0}, 0);
    CHECK(bad.pattern() == heartflow::kDefaultBreathPattern);
    CHECK(bad.rounds() == heartflow::kDefaultBreathRounds);
}

// Present mode at scale and pick steps: digits rate and toggle items, the highlight keys (a
// clicker's) move the rating or the highlight, next toggles the highlighted item or goes on,
// and both windows read the answer so far in words.
#include "heartflow/loader.h"
#include "present/present_controller.h"

#include <doctest/doctest.h>

#include <filesystem>

using namespace heartflow;
using namespace heartflow::present;

namespace {

const std::filesystem::path kScaleFlow =
    std::filesystem::path(HEARTFLOW_SOURCE_DIR) / "tests" / "gui" / "data" / "scale_pick.toml";

std::string at_id(const PresentController& show) {
    return show.session().program().node(*show.session().current()).id.value;
}

} // namespace

TEST_CASE("present mode: the host rates a scale with digits and the clicker's highlight keys") {
    LoadedFlow loaded = load_flow_file(kScaleFlow);
    REQUIRE(loaded.ok());
    PresentController show(loaded.program, PresentStart{});
    REQUIRE(at_id(show) == "how_big");
    CHECK(show.answer_rows() ==
          std::vector<std::string>{"Not rated yet, from 0 (calm) to 10 (overwhelmed)"});
    show.apply({PresentAction::choose, 7});
    show.apply({PresentAction::highlight_next, 0});
    CHECK(show.session().rating(*show.session().current()) == 8);
    show.apply({PresentAction::highlight_previous, 0});
    show.apply({PresentAction::highlight_previous, 0});
    CHECK(show.answer_rows() ==
          std::vector<std::string>{"Rated 6, from 0 (calm) to 10 (overwhelmed)"});
    show.apply({PresentAction::next, 0});
    CHECK(at_id(show) == "which");
}

TEST_CASE("present mode: the host picks items by digit or by highlight, and next goes on") {
    LoadedFlow loaded = load_flow_file(kScaleFlow);
    REQUIRE(loaded.ok());
    PresentController show(loaded.program, PresentStart{});
    show.apply({PresentAction::next, 0}); // past the scale, unrated
    REQUIRE(at_id(show) == "which");
    CHECK(show.answer_rows().back() == "None of these");
    show.apply({PresentAction::choose, 2});
    CHECK(show.answer_rows()[1] == "alone  (picked)");
    CHECK(show.answer_rows().back() == "Continue");
    show.apply({PresentAction::next, 0});               // highlights the first item
    show.apply({PresentAction::next, 0});               // and picks it
    show.apply({PresentAction::highlight_previous, 0}); // back round to the way on
    CHECK(show.highlight() == 4u);
    CHECK(show.session().picks(*show.session().current()) == std::vector<std::size_t>{0, 1});
    show.apply({PresentAction::next, 0});
    CHECK(at_id(show) == "done");
    CHECK(show.node_text() == "You said -1, and felt tired and alone.");
}

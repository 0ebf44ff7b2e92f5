// Tests for the tour order: the main path first, then breadth-first outward, every node once.
#include "heartflow/loader.h"
#include "heartflow/tour.h"

#include "test_support.h"

#include <doctest/doctest.h>

#include <algorithm>

using namespace heartflow;

namespace {

// a -> b -> d -> end is the main path; c hangs off a, e off c; f loops back to b; help is
// reachable from nowhere and leads to end.
constexpr const char* kTourFlow = R"(
[flow]
id = "tour"
title = "Tour"
start = "a"
help = "help"

[[node]]
id = "help"
kind = "prompt"
text = "Help."
next = "end"

[[node]]
id = "a"
kind = "question"
text = "A?"
  [[node.choice]]
  label = "one"
  goto = "b"
  [[node.choice]]
  label = "two"
  goto = "c"

[[node]]
id = "c"
kind = "question"
text = "C?"
  [[node.choice]]
  label = "on"
  goto = "e"
  [[node.choice]]
  label = "back"
  goto = "a"

[[node]]
id = "b"
kind = "question"
text = "B?"
  [[node.choice]]
  label = "loop"
  goto = "f"
  [[node.choice]]
  label = "on"
  goto = "d"

[[node]]
id = "f"
kind = "prompt"
text = "F."
next = "b"

[[node]]
id = "d"
kind = "prompt"
text = "D."
next = "end"

[[node]]
id = "e"
kind = "prompt"
text = "E."
next = "end"

[[node]]
id = "end"
kind = "ending"
text = "End."
)";

std::vector<std::string> ids(const Flow& flow, const std::vector<std::uint32_t>& order) {
    std::vector<std::string> out;
    for (std::uint32_t i : order)
        out.push_back(flow.nodes[i].id.value);
    return out;
}

} // namespace

TEST_CASE("the main path takes each node's first way on that leads somewhere new") {
    REQUIRE_LOADS(loaded, kTourFlow);
    // b's first choice leads to f, whose only way on returns to b: the path stops there.
    CHECK(ids(*loaded.flow, main_path(*loaded.flow)) == std::vector<std::string>{"a", "b", "f"});
}

TEST_CASE("a tour shows the main path, then the branches breadth-first, then unreachable nodes") {
    REQUIRE_LOADS(loaded, kTourFlow);
    const std::vector<std::string> expected{"a", "b", "f", "c", "d", "e", "end", "help"};
    CHECK(ids(*loaded.flow, tour_order(*loaded.flow)) == expected);
}

TEST_CASE("a tour of every shipped flow visits each node exactly once, starting at the start") {
    for (const char* name : {"heart-of-the-matter", "genuine-yes-and-no", "noticing-caretaking"}) {
        CAPTURE(name);
        LoadedFlow loaded = load_flow_file(std::filesystem::path(HEARTFLOW_SOURCE_DIR) / "flows" /
                                           (std::string(name) + ".toml"));
        REQUIRE(loaded.ok());
        std::vector<std::uint32_t> order = tour_order(*loaded.flow);
        REQUIRE(order.size() == loaded.flow->nodes.size());
        CHECK(loaded.flow->nodes[order.front()].id == loaded.flow->info.start);
        std::vector<std::uint32_t> sorted = order;
        std::sort(sorted.begin(), sorted.end());
        CHECK(std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end());
        std::vector<std::uint32_t> spine = main_path(*loaded.flow);
        CHECK(std::equal(spine.begin(), spine.end(), order.begin()));
    }
}

TEST_CASE("a flow with no nodes has an empty tour") {
    Flow empty;
    CHECK(tour_order(empty).empty());
    CHECK(main_path(empty).empty());
}

// Small flows the editor tests share, written inline as TOML.
#pragma once

#include "heartflow/loader.h"

#include <doctest/doctest.h>

#include <string_view>

namespace heartflow::editor::test {

/// A three-node flow with no errors: start -> (a | b), a and b are endings.
inline constexpr std::string_view kSmallFlow = R"(
[flow]
id = "small"
title = "Small"
start = "start"

[vars]
mood = ""

[[node]]
id = "start"
kind = "question"
title = "Begin"
text = "How are you?"

  [[node.choice]]
  label = "Fine"
  goto = "a"

  [[node.choice]]
  label = "Not fine"
  goto = "b"
  set = { mood = "'low'" }

[[node]]
id = "a"
kind = "ending"
text = "Good."

[[node]]
id = "b"
kind = "ending"
text = "Take care."
)";

/// Parses TOML that must load; fails the calling test (at its line) otherwise.
inline Flow must_parse(std::string_view text) {
    ParseResult parsed = parse_flow(text);
    REQUIRE(parsed.flow.has_value());
    return *parsed.flow;
}

} // namespace heartflow::editor::test

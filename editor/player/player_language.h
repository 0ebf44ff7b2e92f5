// Loading the player's flow in the person's language: `--lang LANG`, else their locale.
#pragma once

#include "heartflow/loader.h"

#include <string>

namespace heartflow::player {

/// Loads `flow_file` with its `FLOW.LANG.po` for `language` ("" lets the locale choose) and says
/// on stderr what the translation brings (errors in it, how much it translates, or that the
/// language asked for has none). The flow's own words stay wherever a translation is unusable.
[[nodiscard]] LoadedFlow load_in_language(const std::string& flow_file,
                                          const std::string& language);

} // namespace heartflow::player

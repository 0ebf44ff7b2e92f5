// The terminal's chooser for `heartflow play` with no flow named: the installed flows, numbered,
// each with what it is for, who it suits and how long it takes.
#pragma once

#include "tty_io.h"

#include <heartflow/flow_catalog.h>

#include <filesystem>
#include <optional>
#include <vector>

namespace heartflow::cli {

/// Lists `flows` and asks for a number (or a title, in any case); nullopt when the person quits
/// (q) or the input ends.
[[nodiscard]] std::optional<std::filesystem::path>
choose_flow(const std::vector<CatalogEntry>& flows, TtyIo& io);

} // namespace heartflow::cli

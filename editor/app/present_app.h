// Present mode's frame loop: two windows (the presenter console and the audience window), each
// with its own GL and ImGui contexts, over one PresentController.
#pragma once

#include "heartflow/program.h"
#include "present/present_keys.h"
#include "present/present_options.h"

#include <memory>

namespace heartflow::app {

/// Opens both windows over one session of `program` and runs the show until the host ends it
/// (writing the show notes). Returns the process exit code. Precondition: program is not null.
int run_present_windows(const present::PresentOptions& options,
                        std::shared_ptr<const Program> program, present::PresentKeys keys);

} // namespace heartflow::app

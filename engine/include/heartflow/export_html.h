// HTML export: one self-contained page that plays the flow in any browser, with no network access
// (inline script and style, a Content-Security-Policy that forbids loading anything), so a flow can
// be emailed to a person. Back, restart, "Get help now", keyboard alone; calm styling. Pure.
#pragma once

#include "heartflow/program.h"

#include <string>

namespace heartflow {

/// The program's flow as one HTML5 document. The flow travels as JSON data (never markup or
/// code) and the page's player follows the engine's rules: the same choices walk the same path
/// as `heartflow walk`, conditions and effects included.
[[nodiscard]] std::string export_html(const Program& program);

} // namespace heartflow

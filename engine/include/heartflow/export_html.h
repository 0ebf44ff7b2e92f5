// HTML export: one self-contained page that plays the flow in any browser, with no network access
// (inline script and style, a Content-Security-Policy that forbids loading anything), so a flow can
// be emailed to a person. Back, restart, a "Get help now" that stays in view, the help lines first
// on every step of the help path, keyboard alone; calm styling. Pure.
#pragma once

#include "heartflow/program.h"

#include <span>
#include <string>

namespace heartflow {

/// The program's flow as one HTML5 document. The flow travels as JSON data (never markup or
/// code) and the page's player follows the engine's rules: the same choices walk the same path
/// as `heartflow walk`, conditions and effects included. The help path shows `extra_help_lines`
/// (a person's or therapist's own, as read_help_lines_file gives them) first, then the flow's
/// `help_lines`, each line once; with none at all, default_help_text().
[[nodiscard]] std::string export_html(const Program& program,
                                      std::span<const std::string> extra_help_lines = {});

} // namespace heartflow

// The editor's canvas measured headlessly (an ImGui context with no window, as the editor's
// tests drive it): CPU time of whole frames, and the memory of a flow open in the editor.
#pragma once

#include "measure.h"

#include <heartflow/flow.h>

#include <cstddef>
#include <string>

namespace heartflow::bench {

/// Median CPU time of one whole ImGui frame drawing the canvas, at two zooms.
struct EditorFrames {
    double fit_ms = 0;         ///< Zoomed to fit the whole flow (or the least zoom).
    double full_ms = 0;        ///< At 100%, centred on the start node.
    std::size_t fit_drawn = 0; ///< Nodes drawn per frame at fit (the rest are culled).
    double route_ms = 0;       ///< CPU of the frames, fitted, until every link wanted is routed.
    int route_frames = 0;      ///< How many frames that took.
    double full_route_ms = 0;  ///< CPU of the frames at 100% until the links in view are routed.
};

/// Opens `flow` in a Document and a CanvasView on a 1600x900 display, runs the frames that
/// route its links (a few milliseconds each), then times `frames` frames at each zoom.
[[nodiscard]] EditorFrames measure_editor_frames(const Flow& flow, int frames);

/// Loads the flow file at `path` into a Document and a CanvasView, draws one frame, and returns
/// this process's peak resident memory in MiB (run it in a fresh process).
[[nodiscard]] double editor_peak_mib(const std::string& path);

} // namespace heartflow::bench

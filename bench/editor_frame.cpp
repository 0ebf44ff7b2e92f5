// Headless frames of the editor's canvas (the technique of tests/editor/headless_imgui.h).
#include "editor_frame.h"

#include "canvas/canvas_view.h"
#include "document/document.h"
#include "headless_imgui.h"

#include <heartflow/loader.h>

#include <ctime>

namespace heartflow::bench {

namespace {

using editor::test::HeadlessImGui;

// A document, a canvas and a selection, as the editor holds them.
struct OpenFlow {
    HeadlessImGui imgui{1600.0f, 900.0f};
    editor::Document doc;
    editor::CanvasView canvas;
    editor::Selection selection;

    explicit OpenFlow(Flow flow) : doc(std::move(flow)) {}

    void frame() {
        imgui.frame({800.0f, 450.0f}, false, [&] {
            canvas.sync(doc.flow(), doc.revision());
            (void)canvas.frame(doc.flow(), doc.validation(), selection, std::nullopt);
        });
    }
};

} // namespace

EditorFrames measure_editor_frames(const Flow& flow, int frames) {
    OpenFlow open(flow);
    EditorFrames result;
    open.canvas.request_fit();
    // Timed once, directly: the routing happens only the first time. A small flow is routed
    // whole, a few milliseconds a frame; a big one (dots at fit) only where it is looked at.
    const std::clock_t begun = std::clock();
    for (result.route_frames = 0; result.route_frames < 3 ||
                                  (open.canvas.links_waiting() > 0 && result.route_frames < 2000 &&
                                   open.canvas.model().links.size() <= editor::kRouteWholeLimit);
         ++result.route_frames)
        open.frame();
    result.route_ms = 1e3 * static_cast<double>(std::clock() - begun) / CLOCKS_PER_SEC;
    result.fit_ms = median_timing(frames, [&] { open.frame(); }).cpu_ms;
    result.fit_drawn = open.canvas.drawn_counts().first;
    open.canvas.camera().zoom = 1.0f;
    std::size_t start = 0;
    for (std::size_t i = 0; i < flow.nodes.size(); ++i)
        if (flow.nodes[i].id == flow.info.start) start = i;
    open.canvas.request_centre(start);
    const std::clock_t centred = std::clock();
    for (int i = 0; i < 3 || (open.canvas.routing_links() && i < 2000); ++i)
        open.frame();
    result.full_route_ms = 1e3 * static_cast<double>(std::clock() - centred) / CLOCKS_PER_SEC;
    result.full_ms = median_timing(frames, [&] { open.frame(); }).cpu_ms;
    return result;
}

double editor_peak_mib(const std::string& path) {
    auto bytes = read_flow_bytes(path);
    if (!std::holds_alternative<std::string>(bytes)) return -1;
    ParseResult parsed = parse_flow(std::get<std::string>(bytes));
    bytes = std::string();
    if (!parsed.flow) return -1;
    OpenFlow open(std::move(*parsed.flow));
    open.canvas.request_fit();
    open.frame();
    open.frame();
    return own_peak_rss_mib();
}

} // namespace heartflow::bench

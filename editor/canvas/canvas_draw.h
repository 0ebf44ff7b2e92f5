// Drawing the canvas with ImDrawList only, so zoom is just the camera transform: the grid, node
// cards by kind (colour and icon), links along their routes (link_routes.h; rounded corners, a
// Bézier while not routed yet) with arrowheads and their placed labels, and the minimap. Nodes
// follow node_look.h (card, titled box, dot); links drop labels, then corners, as the zoom
// falls. Nothing here allocates: text is cut into stack buffers, so a frame makes no garbage
// however big the flow.
#pragma once

#include "canvas/canvas_model.h"
#include "canvas/node_look.h"
#include "canvas/selection.h"
#include "document/validation.h"

#include <imgui.h>

#include <array>
#include <optional>
#include <span>
#include <vector>

namespace heartflow::editor {

/// How much of the links to draw at a zoom (nodes follow node_look.h).
enum class Detail {
    dots,   ///< No links: so far out that they would only be a haze.
    blocks, ///< Straight links only (far out).
    titles, ///< Curved links with arrowheads; no labels.
    full,   ///< Links with their labels.
};

/// The detail level for `zoom`.
[[nodiscard]] Detail detail_for(float zoom);

/// True when links' labels are drawn at `detail` (wherever links are).
[[nodiscard]] bool labels_drawn(Detail detail);

/// A kind's name for people ("Body check").
[[nodiscard]] const char* kind_label(NodeKind kind);

/// The colour of a node kind's header.
[[nodiscard]] ImU32 kind_colour(NodeKind kind);

/// Draws the small white icon of a kind centred at `centre`, `radius` pixels in radius.
void draw_kind_icon(ImDrawList& draw, NodeKind kind, ImVec2 centre, float radius);

/// Marks that change how a node is drawn.
struct NodeMarks {
    bool selected = false;           ///< Part of the selection.
    bool start = false;              ///< The flow's start node.
    bool current = false;            ///< Where the player is now (play from here).
    bool hovered = false;            ///< Under the mouse.
    std::optional<Severity> problem; ///< Worst diagnostic about it.
};

/// What every drawing call of one frame shares.
struct DrawContext {
    ImDrawList& draw;         ///< Where to draw.
    const Camera& camera;     ///< World to screen.
    const CanvasModel& model; ///< Geometry.
    const Flow& flow;         ///< Text of nodes and labels.
    ImFont* small_font;       ///< Font for text drawn small (scaled with the zoom).
    ImFont* large_font;       ///< Font for text drawn large, so it stays sharp when zoomed in.
    Detail detail;            ///< How much to draw.
    Rect canvas;              ///< The canvas's screen rectangle (labels outside are skipped).
    std::span<const TitleRoom> rooms; ///< Each node's title room (title_rooms).
    float least_title_px;             ///< The least size of a title on screen, pixels.
};

/// Draws the background grid of `canvas` (screen rectangle).
void draw_grid(ImDrawList& draw, const Camera& camera, const Rect& canvas);

/// How node `i` is drawn this frame.
[[nodiscard]] NodeLook look_of(const DrawContext& ctx, std::size_t i);

/// The world rectangle node `i`'s title may take (beyond its box) when drawn as a titled box at
/// any zoom from `least_zoom` up to the context's (with or without a problem badge); nullopt
/// when it is drawn otherwise at both.
[[nodiscard]] std::optional<Rect> title_cover(const DrawContext& ctx, std::size_t i,
                                              float least_zoom);

/// Draws node `i` as look_of says; returns the screen rectangle it covers (for a titled box, the
/// plate of its title, which may reach past its box).
Rect draw_node(const DrawContext& ctx, std::size_t i, const NodeMarks& marks);

/// Draws link `l` along its route (else its curve) with its arrowhead and (at full detail, once
/// routed) its label where the label placement put it.
void draw_link(const DrawContext& ctx, std::size_t l, bool hovered);

/// True when link `l` (its route, else its curve) may cross the screen rectangle `canvas`.
[[nodiscard]] bool link_visible(const Camera& camera, const CanvasModel& model, std::size_t l,
                                const Rect& canvas);

/// The places the minimap may take in a canvas (screen rectangles), best first: its corners,
/// bottom-right, top-left, bottom-left, top-right.
[[nodiscard]] std::array<Rect, 4> minimap_places(const Rect& canvas);

/// The minimap's world -> minimap transform for the model's bounds.
[[nodiscard]] Camera minimap_camera(const CanvasModel& model, const Rect& minimap);

/// Flows with more nodes than this draw their minimap as a grid of coloured cells.
inline constexpr std::size_t kMinimapDirectLimit = 1500;
/// The minimap's grid of cells, columns and rows.
inline constexpr int kMinimapCellsX = 96, kMinimapCellsY = 72;

/// The colour of each minimap cell (0 for none), row after row, for a big flow: computed once
/// per change of the flow or of the canvas size, not every frame.
void bin_minimap(const CanvasModel& model, const Flow& flow, const Rect& minimap,
                 std::vector<ImU32>& cells);

/// Draws the minimap at `minimap`: every node as a dot of its kind's colour (or, past
/// kMinimapDirectLimit nodes, the `cells` of bin_minimap), and the visible part of `canvas` as a
/// frame.
void draw_minimap(ImDrawList& draw, const Camera& camera, const CanvasModel& model,
                  const Flow& flow, const Rect& canvas, const Rect& minimap,
                  const std::vector<ImU32>& cells);

} // namespace heartflow::editor

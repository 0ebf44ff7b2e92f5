// The canvas: one InvisibleButton catches input, one interaction enum is updated once per frame
// (imnodes' ClickInteractionUpdate), and what the person did is *reported* as events for the
// document to apply; the view only changes the camera, the selection and drag previews. It
// needs only an ImGui context, so it runs headlessly in tests and benchmarks.
#pragma once

#include "canvas/canvas_draw.h"
#include "canvas/hit_test.h"
#include "canvas/link_routes.h"
#include "canvas/selection.h"
#include "document/edits.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace heartflow::editor {

/// What the mouse is doing on the canvas.
enum class Interaction { none, drag_nodes, pan, box_select, connect, minimap };

/// Nodes dragged to a new place (applied with move_nodes).
struct MoveEvent {
    std::vector<std::size_t> nodes; ///< The moved nodes.
    Vec2 delta;                     ///< How far, in world units.
};

/// A port dragged onto a node.
struct ConnectEvent {
    std::size_t from; ///< Source node.
    Port port;        ///< Which port.
    std::size_t to;   ///< Target node.
};

/// A link the person asked to remove (from its context menu).
struct UnlinkEvent {
    std::size_t from; ///< Source node.
    Port port;        ///< The choice or `next` port the link leaves from.
};

/// A new step asked for on a link (from its context menu).
struct InsertEvent {
    std::size_t from; ///< Source node of the link.
    Port port;        ///< The choice or `next` port the link leaves from.
    NodeKind kind;    ///< The new step's kind.
    Vec2 at;          ///< Where it goes (world units): the middle of its header.
};

/// A request from a canvas menu.
enum class NodeAction { duplicate, remove, play_from_here, set_start };

/// What happened on the canvas this frame; the editor applies it through the document.
struct CanvasEvents {
    std::optional<MoveEvent> moved;                  ///< Drag of nodes finished.
    std::optional<ConnectEvent> connected;           ///< Port dropped on a node.
    std::optional<UnlinkEvent> unlinked;             ///< "Remove link" from a link's menu.
    std::optional<InsertEvent> inserted;             ///< "Insert a step" from a link's menu.
    std::optional<std::pair<NodeKind, Vec2>> create; ///< "Add node" of a kind at a world point.
    std::optional<std::size_t> activated;            ///< Node double-clicked (open in inspector).
    std::optional<NodeAction> action;                ///< Context menu on the selection.
    bool selection_changed = false;                  ///< The selection was changed by the mouse.
};

/// The canvas view of one document.
class CanvasView {
public:
    /// Rebuilds the geometry when `revision` differs from the last one seen (ends a drag).
    /// Nodes without `pos` are placed with provisional_positions.
    void sync(const Flow& flow, std::uint64_t revision);
    /// Draws the canvas into the rest of the current window and handles the mouse.
    /// `current` is the node the player stands on (play from here), if any.
    CanvasEvents frame(const Flow& flow, const Validation& validation, Selection& selection,
                       std::optional<std::size_t> current);
    /// Fits every node in view (next frame, once the canvas size is known).
    void request_fit() { fit_requested_ = true; }
    /// The first view of a flow just opened (next frame): all of it when that is readable, else
    /// a readable zoom with node `start` at the top centre.
    void request_open_view(std::optional<std::size_t> start) {
        fit_requested_ = true;
        open_view_start_ = start;
    }
    /// Centres the view on node `i` (next frame).
    void request_centre(std::size_t i) { centre_requested_ = i; }
    /// Centres the view on node `i` next frame, zooming in until its card's text can be read.
    void request_focus(std::size_t i) {
        centre_requested_ = i;
        focus_requested_ = true;
    }
    /// Centres the view on node `i` next frame unless it is in view already.
    void request_reveal(std::size_t i) { reveal_requested_ = i; }
    /// Opens the "add a node" menu next frame, for a node at the mouse when it is over the
    /// canvas, else at the centre of the view. Keys 1-9 pick a kind in that menu.
    void request_add_menu() { add_menu_requested_ = true; }
    /// Draws node text scaled with the zoom in `small` when small and `large` when large (null:
    /// the current font), so it stays sharp.
    void set_fonts(ImFont* small, ImFont* large) {
        small_font_ = small;
        large_font_ = large;
    }
    /// Titles are drawn at least `pixels` tall on screen (kLeastTitlePixels times the text size).
    void set_least_title_pixels(float pixels) {
        labels_stale_ = labels_stale_ || pixels != least_title_px_;
        least_title_px_ = pixels;
    }
    /// The metrics the layout spaces titles by (title_metrics): this canvas's font, least title
    /// size and size, or `view` (pixels) before the canvas has one.
    [[nodiscard]] TitleMetrics layout_metrics(ImVec2 view) const;
    /// How much of the links is drawn at `zoom` (detail_for; a small flow's arrows always).
    [[nodiscard]] Detail detail_at(float zoom) const;
    /// How node `i` is drawn at the current zoom.
    [[nodiscard]] NodeLook look(std::size_t i) const;
    /// True when at `zoom` every node is drawn with its title (none is a dot).
    [[nodiscard]] bool all_titled(float zoom) const;
    /// Shows or hides the minimap.
    void set_minimap_shown(bool shown) { minimap_shown_ = shown; }
    /// Where the minimap was drawn last frame, if it was.
    [[nodiscard]] const std::optional<Rect>& minimap() const { return minimap_; }
    /// The camera (for tests and zoom shortcuts).
    [[nodiscard]] Camera& camera() { return camera_; }
    /// The geometry being drawn.
    [[nodiscard]] const CanvasModel& model() const { return model_; }
    /// What the mouse is doing now.
    [[nodiscard]] Interaction interaction() const { return interaction_; }
    /// The screen rectangle the canvas took last frame.
    [[nodiscard]] const Rect& canvas_rect() const { return canvas_; }
    /// The world point at the centre of the view.
    [[nodiscard]] ImVec2 view_centre() const;
    /// The world point under the mouse when it is over the canvas, else the view's centre.
    [[nodiscard]] ImVec2 placement_point() const;
    /// The titled boxes drawn last frame: node and the screen rectangle of its title's plate.
    [[nodiscard]] const std::vector<std::pair<std::uint32_t, Rect>>& drawn_titles() const {
        return titled_;
    }
    /// Links still drawn as curves, waiting to be routed.
    [[nodiscard]] std::size_t links_waiting() const { return routing_.waiting(); }
    /// True when last frame routed links (more may be routed next frame).
    [[nodiscard]] bool routing_links() const { return routing_.busy(); }
    /// Nodes and links drawn last frame (the rest were culled).
    [[nodiscard]] std::pair<std::size_t, std::size_t> drawn_counts() const {
        return {drawn_nodes_, drawn_links_};
    }

private:
    void apply_requests();
    void handle_mouse(Selection& selection, CanvasEvents& events);
    void update_hover(bool hovered);
    void start_interaction(const Hit& hit, Selection& selection, CanvasEvents& events);
    void update_interaction(Selection& selection, CanvasEvents& events);
    void finish_drag(CanvasEvents& events);
    void finish_box(Selection& selection, CanvasEvents& events);
    void draw(const Flow& flow, const Validation& validation, const Selection& selection,
              std::optional<std::size_t> current);
    void collect_visible(const Rect& view, bool links);
    void draw_overlay(const Flow& flow);
    void link_tooltip(const Flow& flow) const;
    void context_menu(const Flow& flow, Selection& selection, CanvasEvents& events);
    void link_menu(CanvasEvents& events);

    void update_rooms();
    void update_label_scale(const DrawContext& ctx);
    [[nodiscard]] Hit hit_at(ImVec2 mouse) const;
    void place_minimap(const Selection& selection, std::optional<std::size_t> current);
    [[nodiscard]] bool in_minimap(ImVec2 p) const { return minimap_ && minimap_->contains(p); }

    CanvasModel model_;
    LinkRouting routing_;          // model_'s paths and labels
    std::vector<TitleRoom> rooms_; // title_rooms(model_)
    std::vector<std::pair<std::uint32_t, Rect>>
        titled_; // titles' plates drawn last frame, on screen
    float least_title_px_ = kLeastTitlePixels;
    bool labels_stale_ = true; // the links' labels wait to be placed for this model and zoom
    std::uint64_t revision_ = ~std::uint64_t{0};
    Camera camera_;
    Rect canvas_{};
    ImFont* small_font_ = nullptr;
    ImFont* large_font_ = nullptr;
    Interaction interaction_ = Interaction::none;
    Hit hover_;
    bool hover_valid_ = false; // hover_ is up to date for the mouse, camera and model
    ImVec2 hover_mouse_{-1e9f, -1e9f};
    Camera hover_camera_;
    ImVec2 press_world_{0, 0};       // where the mouse went down (world)
    Vec2 drag_total_{0, 0};          // world units dragged so far
    std::vector<ImVec2> drag_start_; // positions of dragged nodes before the drag
    std::vector<std::size_t> dragged_;
    Hit connect_from_;
    bool pan_with_left_ = false;
    bool additive_ = false;
    ImVec2 menu_world_{0, 0};
    bool menu_on_node_ = false;
    std::optional<std::size_t> menu_link_;
    bool fit_requested_ = false;
    std::optional<std::size_t> open_view_start_;
    bool add_menu_requested_ = false;
    std::optional<std::size_t> centre_requested_;
    bool focus_requested_ = false;
    std::optional<std::size_t> reveal_requested_;
    std::size_t drawn_nodes_ = 0, drawn_links_ = 0;
    // What is in view this frame, found through the model's grids; kept between frames so that
    // drawing allocates nothing once they have grown.
    std::vector<std::uint32_t> visible_nodes_, visible_links_;
    std::vector<std::uint32_t> node_seen_, link_seen_;
    std::uint32_t seen_stamp_ = 0;
    bool minimap_shown_ = true;
    std::optional<Rect> minimap_; // where it is this frame; none when hidden or the flow is empty
    std::vector<ImU32> minimap_cells_;
    bool minimap_stale_ = true;   // the flow changed since the cells were binned
    ImVec2 minimap_canvas_{0, 0}; // the canvas size they were binned for
};

} // namespace heartflow::editor

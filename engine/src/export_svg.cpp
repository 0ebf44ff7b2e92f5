// SVG chart export.
//
// [SECTION] Drawing: nodes, edges, labels, title and legend, in layout units
// [SECTION] Pages: natural size, one sheet scaled to fit, or tiles
#include "heartflow/export_svg.h"

#include "heartflow/flow_graph.h"
#include "heartflow/label_placement.h"
#include "heartflow/layout.h"
#include "interop_text.h"
#include "logic_words.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <system_error>

namespace heartflow {

namespace {

// [SECTION] Drawing

constexpr double kMargin = 24;      // around the chart, layout units
constexpr double kHeader = 76;      // title and legend band above the chart
constexpr double kTitleSize = 14;   // node titles
constexpr double kSmallSize = 10.5; // kind names, edge labels
constexpr double kNoteSize = 9.5;   // the plain note of a choice's condition and effects
constexpr double kCharWidth = 0.56; // average advance of Inter and Noto Sans, in em
constexpr const char* kFontFamily = "Inter, 'Noto Sans', 'DejaVu Sans', Arial, sans-serif";
constexpr const char* kEdgeColour = "#6b7280";
constexpr const char* kTextColour = "#1f2937";

// A coordinate to one decimal ("12.5", "12", never "-0"); to_chars, as printf's float
// formatting was most of an export's time.
std::string num(double v) {
    char buffer[32];
    // Rounded to tenths in integers, which is several times cheaper than to_chars of a double.
    // v * 10 is off the exact product by far less than 1e-6, so its nearest whole number is the
    // rounding to_chars would make unless the product lies about halfway: those go to to_chars.
    const double tenths = v * 10.0;
    const double whole = std::nearbyint(tenths);
    if (std::abs(tenths) < 1e15 && std::abs(std::abs(tenths - whole) - 0.5) > 1e-6) {
        const auto n = static_cast<long long>(whole);
        const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, std::llabs(n) / 10);
        std::string s = n < 0 ? "-" : "";
        s.append(buffer, end);
        if (n % 10 != 0) {
            s += '.';
            s += static_cast<char>('0' + std::llabs(n) % 10);
        }
        return s;
    }
    const auto [end, error] =
        std::to_chars(buffer, buffer + sizeof buffer, v, std::chars_format::fixed, 1);
    std::string s(buffer, error == std::errc{} ? end : buffer);
    if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
    return s == "-0" ? "0" : s;
}

// Lines of text centred on x, the first baseline at y.
std::string text_lines(const std::vector<std::string>& lines, double x, double y, double size,
                       const char* fill, const char* weight = "normal") {
    std::string out;
    const std::string x_text = num(x), size_text = num(size);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        out.append("<text x=\"").append(x_text).append("\" y=\"");
        out.append(num(y + static_cast<double>(i) * size * 1.25)).append("\" font-size=\"");
        out.append(size_text).append("\" font-weight=\"").append(weight).append("\" fill=\"");
        out.append(fill).append("\" text-anchor=\"middle\">");
        out.append(interop::xml_escape(lines[i])).append("</text>");
    }
    return out;
}

// The outline of a node of `kind` in the box (x, y, w, h).
std::string node_outline(NodeKind kind, double x, double y, double w, double h,
                         const interop::KindStyle& s, bool is_start) {
    std::string paint = " fill=\"" + std::string(s.fill) + "\" stroke=\"" + s.stroke +
                        "\" stroke-width=\"" + (is_start ? "3" : "1.5") + "\"";
    auto rect = [&](double rx) {
        return "<rect x=\"" + num(x) + "\" y=\"" + num(y) + "\" width=\"" + num(w) +
               "\" height=\"" + num(h) + "\" rx=\"" + num(rx) + "\"" + paint + "/>";
    };
    switch (kind) {
    case NodeKind::detour: // another flow, and back: a box with a second frame on each side
    case NodeKind::handover:
        return rect(2) + "<path d=\"M" + num(x + 8) + "," + num(y) + " V" + num(y + h) + " M" +
               num(x + w - 8) + "," + num(y) + " V" + num(y + h) + "\" fill=\"none\" stroke=\"" +
               s.stroke + "\"/>";
    case NodeKind::route: // a decision no one sees: drawn as a question is
    case NodeKind::question: {
        double c = 14;
        return "<polygon points=\"" + num(x + c) + "," + num(y) + " " + num(x + w - c) + "," +
               num(y) + " " + num(x + w) + "," + num(y + h / 2) + " " + num(x + w - c) + "," +
               num(y + h) + " " + num(x + c) + "," + num(y + h) + " " + num(x) + "," +
               num(y + h / 2) + "\"" + paint + "/>";
    }
    case NodeKind::reflection: {
        double f = 16;
        return "<path d=\"M" + num(x) + "," + num(y) + " H" + num(x + w - f) + " L" + num(x + w) +
               "," + num(y + f) + " V" + num(y + h) + " H" + num(x) + " Z M" + num(x + w - f) +
               "," + num(y) + " V" + num(y + f) + " H" + num(x + w) + "\"" + paint + "/>";
    }
    case NodeKind::body_check:
        return rect(18);
    case NodeKind::breathing:
        return rect(h / 2);
    case NodeKind::ending:
        return rect(10) + "<rect x=\"" + num(x + 4) + "\" y=\"" + num(y + 4) + "\" width=\"" +
               num(w - 8) + "\" height=\"" + num(h - 8) + "\" rx=\"7\" fill=\"none\" stroke=\"" +
               s.stroke + "\"/>";
    case NodeKind::prompt:
        return rect(2);
    case NodeKind::scale: // a rating: a box with a ruler along its foot
        return rect(6) + "<path d=\"M" + num(x + 12) + "," + num(y + h - 6) + " H" +
               num(x + w - 12) + "\" fill=\"none\" stroke=\"" + s.stroke + "\"/>";
    case NodeKind::pick: // pick all that fit: a box with a tick box at its side
        return rect(6) + "<rect x=\"" + num(x + 6) + "\" y=\"" + num(y + h / 2 - 5) +
               "\" width=\"10\" height=\"10\" fill=\"none\" stroke=\"" + s.stroke + "\"/>";
    }
    return rect(2);
}

std::string draw_node(const Node& node, LayoutPoint at, const LayoutOptions& o, bool is_start) {
    const interop::KindStyle& s = interop::kind_style(node.kind);
    std::string out = "<g class=\"node\"><title>" +
                      interop::xml_escape(node.display_title() + " (" + node.id.value + ")") +
                      "</title>";
    out += node_outline(node.kind, at.x, at.y, o.node_width, o.node_height, s, is_start);
    double cx = at.x + o.node_width / 2;
    std::string kind_line = interop::kind_words(node) + (is_start ? " \u00b7 start" : "");
    out += text_lines({kind_line}, cx, at.y + 20, kSmallSize, s.stroke);
    auto width_chars = static_cast<std::size_t>((o.node_width - 36) / (kTitleSize * kCharWidth));
    std::vector<std::string> title = interop::wrap_words(node.display_title(), width_chars, 3);
    double first = at.y + 20 + (o.node_height - 20) / 2 -
                   (static_cast<double>(title.size()) - 1) * kTitleSize * 0.625 + 4;
    out += text_lines(title, cx, first, kTitleSize, kTextColour, "600");
    return out + "</g>";
}

// An edge's polyline with its arrowhead; a choice's words in its <title>.
std::string draw_edge(const std::vector<LayoutPoint>& route, const Choice* choice) {
    if (route.size() < 2) return {};
    const bool conditional = choice && choice->when;
    std::string d = "M" + num(route[0].x) + "," + num(route[0].y);
    for (std::size_t i = 1; i < route.size(); ++i)
        d += " L" + num(route[i].x) + "," + num(route[i].y);
    return "<path d=\"" + d + "\" fill=\"none\" stroke=\"" + kEdgeColour +
           "\" stroke-width=\"1.5\"" + (conditional ? " stroke-dasharray=\"6 4\"" : "") +
           " marker-end=\"url(#arrow)\">" +
           (choice ? "<title>" + interop::xml_escape(choice->label) + "</title>" : "") + "</path>";
}

// A choice's label as drawn: the person's words, then a small plain note of its logic.
struct LabelText {
    std::vector<std::string> words, note;
    double width = 0, height = 0;
};

// The label wrapped to `width` characters and `lines` lines of words (with the note, when
// `with_note`), and the size of its background.
LabelText label_text(const Choice& choice, std::size_t width, std::size_t lines, bool with_note) {
    LabelText t;
    t.words = interop::wrap_words(choice.label, width, lines);
    if (with_note) t.note = interop::wrap_words(interop::logic_in_words(choice), width + 6, 2);
    double widest = 0;
    for (const std::string& l : t.words)
        widest = std::max(widest,
                          static_cast<double>(interop::code_points(l)) * kSmallSize * kCharWidth);
    for (const std::string& l : t.note)
        widest =
            std::max(widest, static_cast<double>(interop::code_points(l)) * kNoteSize * kCharWidth);
    t.width = widest + 10;
    t.height = static_cast<double>(t.words.size()) * kSmallSize * 1.25 +
               static_cast<double>(t.note.size()) * kNoteSize * 1.25 + 6;
    return t;
}

// The label in its placed rectangle, the full words and note in its <title>.
std::string draw_edge_label(const Choice& choice, const LabelText& t, const LayoutRect& r) {
    const std::string note = interop::logic_in_words(choice);
    std::string out = "<g class=\"label\"><title>" +
                      interop::xml_escape(choice.label + (note.empty() ? "" : " \u2014 " + note)) +
                      "</title><rect x=\"" + num(r.x0) + "\" y=\"" + num(r.y0) + "\" width=\"" +
                      num(r.x1 - r.x0) + "\" height=\"" + num(r.y1 - r.y0) +
                      "\" rx=\"4\" fill=\"#ffffff\" fill-opacity=\"0.92\" stroke=\"#d1d5db\" "
                      "stroke-width=\"0.75\"/>";
    const double cx = (r.x0 + r.x1) / 2, first = r.y0 + 3 + kSmallSize;
    out += text_lines(t.words, cx, first, kSmallSize, "#374151");
    const double note_top =
        first + static_cast<double>(t.words.size()) * kSmallSize * 1.25 - kSmallSize + kNoteSize;
    if (!t.note.empty())
        out += "<g font-style=\"italic\">" +
               text_lines(t.note, cx, note_top, kNoteSize, "#6b7280") + "</g>";
    return out + "</g>";
}

std::string draw_legend(double x, double y) {
    std::string out;
    for (NodeKind kind : interop::kAllKinds) {
        const interop::KindStyle& s = interop::kind_style(kind);
        out += node_outline(kind, x, y, 28, 16, s, false);
        out += "<text x=\"" + num(x + 34) + "\" y=\"" + num(y + 12) +
               "\" font-size=\"11\" fill=\"#374151\">" + s.label + "</text>";
        x += 44 + static_cast<double>(std::string_view(s.label).size()) * 11 * kCharWidth + 16;
    }
    return out;
}

constexpr double kLegendWidth = 700;

// One drawn thing and its bounding box in chart units, so tiles can leave out what they miss.
struct Item {
    double x0, y0, x1, y1;
    std::string svg;
};

// The whole drawing, in layout units: the title band, then the graph shifted below it.
struct Chart {
    std::vector<Item> items;
    double width = 0;
    double height = 0;

    // The SVG of every item that meets the rectangle (all of them when it is empty).
    [[nodiscard]] std::string body(double x0 = 0, double y0 = 0, double x1 = -1,
                                   double y1 = -1) const {
        std::string out = "<rect x=\"0\" y=\"0\" width=\"" + num(width) + "\" height=\"" +
                          num(height) + "\" fill=\"#ffffff\"/>";
        for (const Item& item : items)
            if (x1 < x0 || (item.x1 >= x0 && item.x0 <= x1 && item.y1 >= y0 && item.y0 <= y1))
                out += item.svg;
        return out;
    }
};

// The bounding box of some points, grown by `pad`, around `svg`.
Item bounded(const std::vector<LayoutPoint>& points, double pad, std::string svg) {
    Item item{1e300, 1e300, -1e300, -1e300, std::move(svg)};
    for (const LayoutPoint& p : points) {
        item.x0 = std::min(item.x0, p.x - pad);
        item.y0 = std::min(item.y0, p.y - pad);
        item.x1 = std::max(item.x1, p.x + pad);
        item.y1 = std::max(item.y1, p.y + pad);
    }
    return item;
}

// Places a choice's label along its route (in full, else shortened to one line) and draws it;
// nothing when there is no free place even for the short one (the edge's <title> still carries
// the words).
std::optional<Item> placed_label(const Choice& choice, const std::vector<LayoutPoint>& route,
                                 LabelPlacer& placer) {
    for (const LabelText& t : {label_text(choice, 22, 3, true), label_text(choice, 16, 1, false)})
        if (std::optional<LayoutRect> r = placer.place(route, t.width, t.height))
            return Item{r->x0, r->y0, r->x1, r->y1, draw_edge_label(choice, t, *r)};
    return std::nullopt;
}

Chart draw_chart(const Flow& flow) {
    LayoutOptions options;
    options.layer_gap = 110; // room for a row of labels between layers
    options.node_gap = 48;
    Layout layout = layout_flow(flow, options);
    FlowGraph graph = build_flow_graph(flow);
    Chart chart;
    chart.width = std::max(layout.width, kLegendWidth) + 2 * kMargin;
    chart.height = layout.height + kHeader + 2 * kMargin;
    chart.items.push_back({0, 0, chart.width, kMargin + kHeader,
                           "<text x=\"" + num(kMargin) + "\" y=\"" + num(kMargin + 18) +
                               "\" font-size=\"22\" font-weight=\"700\" fill=\"" + kTextColour +
                               "\">" + interop::xml_escape(flow.info.title) + "</text>" +
                               draw_legend(kMargin, kMargin + 36)});
    // The graph sits below the title band: edges, then nodes, then the labels over both.
    const double dx = kMargin, dy = kMargin + kHeader;
    const std::string group = "<g transform=\"translate(" + num(dx) + "," + num(dy) + ")\">";
    auto shifted = [&](Item item) { // formatted once, and each item's text grown in place
        item.x0 += dx, item.x1 += dx, item.y0 += dy, item.y1 += dy;
        item.svg.reserve(group.size() + item.svg.size() + 4);
        item.svg.insert(0, group).append("</g>");
        return item;
    };
    std::vector<Item> labels;
    LabelPlacer placer(box_rects(layout, options), 3);
    for (std::size_t k = 0; k < graph.edges.size(); ++k) {
        const FlowEdge& e = graph.edges[k];
        const Choice* choice = e.choice ? &flow.nodes[e.from].choices[*e.choice] : nullptr;
        chart.items.push_back(
            shifted(bounded(layout.routes[k], 8, draw_edge(layout.routes[k], choice))));
        if (!choice) continue;
        if (std::optional<Item> label = placed_label(*choice, layout.routes[k], placer))
            labels.push_back(shifted(*label));
    }
    for (std::size_t i = 0; i < flow.nodes.size(); ++i) {
        LayoutPoint at = layout.positions[i];
        chart.items.push_back(
            shifted({at.x, at.y, at.x + options.node_width, at.y + options.node_height,
                     draw_node(flow.nodes[i], at, options, i == graph.start)}));
    }
    chart.items.insert(chart.items.end(), labels.begin(), labels.end());
    return chart;
}

// [SECTION] Pages

struct Paper {
    double width_mm;
    double height_mm;
};

constexpr double kPaperMargin = 10;   // mm
constexpr double kFooter = 7;         // mm, for the tile's page line
constexpr double kLargestScale = 0.3; // mm per unit: small charts are not blown up past this
constexpr double kTileScale = 0.25;   // mm per unit: 14-unit titles print at about 10 pt

Paper paper(PaperSize size) {
    return size == PaperSize::a4 ? Paper{210, 297} : Paper{215.9, 279.4};
}

std::string open_svg(const std::string& width, const std::string& height, double vw, double vh,
                     std::string_view title) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
           "version=\"1.1\" width=\"" +
           width + "\" height=\"" + height + "\" viewBox=\"0 0 " + num(vw) + " " + num(vh) +
           "\" font-family=\"" + kFontFamily + "\">\n<title>" + interop::xml_escape(title) +
           "</title>\n<defs><marker id=\"arrow\" " +
           "viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" "
           "orient=\"auto\">" +
           "<path d=\"M0,0 L10,5 L0,10 Z\" fill=\"" + kEdgeColour + "\"/></marker></defs>\n";
}

// Portrait or landscape, whichever shows the chart larger, and the scale that fits it.
std::pair<Paper, double> fitted(const Chart& chart, PaperSize size) {
    Paper p = paper(size);
    auto scale = [&](Paper q) {
        return std::min((q.width_mm - 2 * kPaperMargin) / chart.width,
                        (q.height_mm - 2 * kPaperMargin) / chart.height);
    };
    Paper landscape{p.height_mm, p.width_mm};
    if (scale(landscape) > scale(p)) p = landscape;
    return {p, std::min(scale(p), kLargestScale)};
}

std::string fit_page(const Chart& chart, PaperSize size, std::string_view title) {
    auto [p, s] = fitted(chart, size);
    double ox = (p.width_mm - chart.width * s) / 2;
    return open_svg(num(p.width_mm) + "mm", num(p.height_mm) + "mm", p.width_mm, p.height_mm,
                    title) +
           "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/><g transform=\"translate(" +
           num(ox) + "," + num(kPaperMargin) + ") scale(" + std::to_string(s) + ")\">" +
           chart.body() + "</g>\n</svg>\n";
}

std::vector<std::string> tile_pages(const Chart& chart, PaperSize size, std::string_view title) {
    Paper p = paper(size);
    double aw = p.width_mm - 2 * kPaperMargin, ah = p.height_mm - 2 * kPaperMargin - kFooter;
    auto cols = static_cast<int>(std::ceil(chart.width * kTileScale / aw));
    auto rows = static_cast<int>(std::ceil(chart.height * kTileScale / ah));
    std::vector<std::string> pages;
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c) {
            std::string footer = std::string(title) + " \u2014 page " +
                                 std::to_string(pages.size() + 1) + " of " +
                                 std::to_string(rows * cols) + " (row " + std::to_string(r + 1) +
                                 ", column " + std::to_string(c + 1) + ")";
            double ux0 = c * aw / kTileScale, uy0 = r * ah / kTileScale; // the tile in chart units
            std::string body = chart.body(ux0, uy0, ux0 + aw / kTileScale, uy0 + ah / kTileScale);
            pages.push_back(
                open_svg(num(p.width_mm) + "mm", num(p.height_mm) + "mm", p.width_mm, p.height_mm,
                         title) +
                "<clipPath id=\"tile\"><rect x=\"" + num(kPaperMargin) + "\" y=\"" +
                num(kPaperMargin) + "\" width=\"" + num(aw) + "\" height=\"" + num(ah) +
                "\"/></clipPath><rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>" +
                "<g clip-path=\"url(#tile)\"><g transform=\"translate(" +
                num(kPaperMargin - c * aw) + "," + num(kPaperMargin - r * ah) + ") scale(" +
                num(kTileScale) + ")\">" + body + "</g></g>" + "<rect x=\"" + num(kPaperMargin) +
                "\" y=\"" + num(kPaperMargin) + "\" width=\"" + num(aw) + "\" height=\"" + num(ah) +
                "\" fill=\"none\" stroke=\"#d1d5db\" stroke-width=\"0.2\"/>" + "<text x=\"" +
                num(kPaperMargin) + "\" y=\"" + num(p.height_mm - kPaperMargin) +
                "\" font-size=\"3\" fill=\"#6b7280\">" + interop::xml_escape(footer) +
                "</text>\n</svg>\n");
        }
    return pages;
}

} // namespace

std::optional<PaperSize> parse_paper_size(std::string_view name) {
    std::string lower;
    for (char c : name)
        lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower == "a4") return PaperSize::a4;
    if (lower == "letter") return PaperSize::letter;
    return std::nullopt;
}

SvgExport export_svg(const Flow& flow, const SvgOptions& options) {
    Chart chart = draw_chart(flow);
    const std::string& title = flow.info.title;
    if (!options.page)
        return {{open_svg(num(chart.width), num(chart.height), chart.width, chart.height, title) +
                 chart.body() + "\n</svg>\n"},
                1.0};
    if (options.tiles) return {tile_pages(chart, *options.page, title), kTileScale};
    return {{fit_page(chart, *options.page, title)}, fitted(chart, *options.page).second};
}

} // namespace heartflow

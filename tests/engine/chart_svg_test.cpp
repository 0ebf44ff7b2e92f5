// The SVG chart read back: its node boxes and label rectangles are parsed from the <rect>,
// <polygon> and <path> elements the exporter writes, and no label overlaps another label or
// covers a box, on the shipped flows and generated flows up to 1,000 nodes; every choice of a
// shipped flow has its label, its whole words in the label's <title>.
#include "test_flows.h"

#include <heartflow/export_svg.h>

#include <algorithm>
#include <cstdlib>
#include <regex>

using namespace heartflow;
using namespace heartflow::testing;

namespace {

struct SvgBox {
    double x0, y0, x1, y1;
};

// The numbers of attribute `name` in `element` ("" when absent).
std::string svg_attribute(const std::string& element, const std::string& name) {
    const std::size_t at = element.find(" " + name + "=\"");
    if (at == std::string::npos) return {};
    const std::size_t begin = at + name.size() + 3;
    return element.substr(begin, element.find('"', begin) - begin);
}

// The bounding box of a <rect>, <polygon> (points) or <path> (M, L, H, V, Z commands).
SvgBox shape_box(const std::string& element) {
    SvgBox b{1e300, 1e300, -1e300, -1e300};
    auto add = [&](double x, double y) {
        b = {std::min(b.x0, x), std::min(b.y0, y), std::max(b.x1, x), std::max(b.y1, y)};
    };
    if (element.rfind("<rect", 0) == 0) {
        const double x = std::atof(svg_attribute(element, "x").c_str()),
                     y = std::atof(svg_attribute(element, "y").c_str());
        add(x, y);
        add(x + std::atof(svg_attribute(element, "width").c_str()),
            y + std::atof(svg_attribute(element, "height").c_str()));
        return b;
    }
    std::string data = svg_attribute(element, element.rfind("<polygon", 0) == 0 ? "points" : "d");
    double x = 0, y = 0;
    char command = 'L';
    for (std::size_t i = 0; i < data.size();) {
        if (std::isalpha(static_cast<unsigned char>(data[i])))
            command = data[i++];
        else if (data[i] == ' ' || data[i] == ',')
            ++i;
        else {
            char* end = nullptr;
            const double first = std::strtod(data.c_str() + i, &end);
            i = static_cast<std::size_t>(end - data.c_str());
            if (command == 'H')
                x = first;
            else if (command == 'V')
                y = first;
            else {
                while (i < data.size() && (data[i] == ',' || data[i] == ' '))
                    ++i;
                x = first;
                y = std::strtod(data.c_str() + i, &end);
                i = static_cast<std::size_t>(end - data.c_str());
            }
            add(x, y);
        }
    }
    return b;
}

// The first shape after each `<g class="KIND">` opening in `svg`.
std::vector<SvgBox> shapes_in(const std::string& svg, const std::string& kind) {
    std::vector<SvgBox> boxes;
    const std::string open = "<g class=\"" + kind + "\">";
    for (std::size_t at = svg.find(open); at != std::string::npos; at = svg.find(open, at + 1)) {
        std::size_t shape = svg.find('<', svg.find("</title>", at) + 8);
        boxes.push_back(shape_box(svg.substr(shape, svg.find('>', shape) - shape + 1)));
    }
    return boxes;
}

bool boxes_overlap(const SvgBox& a, const SvgBox& b) {
    return a.x0 < b.x1 - 1e-6 && b.x0 < a.x1 - 1e-6 && a.y0 < b.y1 - 1e-6 && b.y0 < a.y1 - 1e-6;
}

// Pairs of boxes of `a` and `b` that overlap (within one list when `b` is null).
std::size_t overlaps(const std::vector<SvgBox>& a, const std::vector<SvgBox>* b) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (b) {
            for (const SvgBox& other : *b)
                n += boxes_overlap(a[i], other);
        } else {
            for (std::size_t j = i + 1; j < a.size(); ++j)
                n += boxes_overlap(a[i], a[j]);
        }
    return n;
}

// How many times `part` occurs in `text`.
std::size_t count_of(const std::string& text, const std::string& part) {
    std::size_t n = 0;
    for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1))
        ++n;
    return n;
}

} // namespace

TEST_CASE("chart labels never overlap each other or a box, read back from the SVG") {
    for (const auto& item : shipped_and_generated_flows()) {
        const auto& [name, flow] = item; // clang 14 cannot capture a binding
        CAPTURE(item.first);
        const std::string svg = export_svg(flow).pages.front();
        const std::vector<SvgBox> nodes = shapes_in(svg, "node"), labels = shapes_in(svg, "label");
        CHECK(nodes.size() == flow.nodes.size());
        std::size_t choices = 0;
        for (const Node& node : flow.nodes)
            choices += node.choices.size();
        // Every shipped flow's chart labels every choice; a generated one may leave a label
        // without room to its edge's <title>.
        if (name.rfind("generated", 0) == 0)
            CHECK(labels.size() >= choices * 9 / 10);
        else
            CHECK(labels.size() == choices);
        // Each label carries its whole words in a <title> (read on hover when it is shortened).
        CHECK(count_of(svg, "<g class=\"label\"><title>") == labels.size());
        CHECK(overlaps(labels, nullptr) == 0);
        CHECK(overlaps(labels, &nodes) == 0);
    }
}

TEST_CASE("the flagship's chart labels each feeling readably, in plain words") {
    LoadedFlow loaded = load_flow_file(std::filesystem::path(HEARTFLOW_SOURCE_DIR) / "flows" /
                                       "heart-of-the-matter.toml");
    REQUIRE(loaded.ok());
    const std::string svg = export_svg(*loaded.flow).pages.front();
    for (const char* words :
         {">Resentment</text>", ">Disgust</text>", ">remembers: feeling</text>"})
        CHECK(svg.find(words) != std::string::npos);
    CHECK(svg.find("set feeling") == std::string::npos);
    CHECK(svg.find("&#39;resentment&#39;") == std::string::npos);
}

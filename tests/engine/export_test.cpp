// Tests of the exporters: escaping in every format, the ink mapping of the expression language,
// pages and tiles, and round trips import(export(flow)) for Mermaid and JSON Canvas on every
// shipped flow and a generated flow.
#include "generated_flow.h"
#include "test_support.h"

#include <heartflow/export_canvas.h>
#include <heartflow/export_dot.h>
#include <heartflow/export_html.h>
#include <heartflow/export_ink.h>
#include <heartflow/export_markdown.h>
#include <heartflow/export_mermaid.h>
#include <heartflow/export_svg.h>
#include <heartflow/import.h>

#include <filesystem>

using namespace heartflow;
using namespace heartflow::testing;

namespace {

std::size_t count(const std::string& text, std::string_view what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
        ++n;
    return n;
}

// Flow text as an importer keeps it: literal, so braces are doubled.
std::string literal(std::string_view text) {
    std::string out;
    for (char c : text) {
        out += c;
        if (c == '{' || c == '}') out += c;
    }
    return out;
}

const char* const kAwkward = R"([flow]
id = "awkward"
title = "A <b>\"title\"</b> & more"
start = "a"

[vars]
said = ""
count = 0
sure = false

[[node]]
id = "a"
kind = "question"
title = "Start </script> #1"
text = "<img src=x> -> DONE // not a comment * star [x] {{b}} {said}"
set = { count = "count + 1" }

  [[node.choice]]
  label = "Say \"yes\" | now"
  goto = "end"
  when = "sure and not (said == \"x\") or -count > 2"
  set = { said = "'it\\'s'", sure = true }

  [[node.choice]]
  label = "Other"
  goto = "end"

[[node]]
id = "end"
kind = "ending"
title = "End"
text = "Done. {said|nothing said} {count|never}"
)";

// Every node keeps its place, kind and title; every choice its label and target; every next.
void check_same_shape(const Flow& original, const Flow& imported, bool with_text) {
    REQUIRE(imported.nodes.size() == original.nodes.size());
    auto index = [](const Flow& f, const NodeId& id) {
        for (std::size_t i = 0; i < f.nodes.size(); ++i)
            if (f.nodes[i].id == id) return i;
        return f.nodes.size();
    };
    for (std::size_t i = 0; i < original.nodes.size(); ++i) {
        const Node& a = original.nodes[i];
        const Node& b = imported.nodes[i];
        INFO("node " << a.id.value);
        // Neither format carries a detour's or hand-over's other flow, a route's conditions, or a
        // scale's or pick's variable: each comes back as a step with its `next` or choices, its
        // chart label naming the other flow, the range or the options.
        const bool opens = a.kind == NodeKind::detour || a.kind == NodeKind::handover ||
                           a.kind == NodeKind::route || a.kind == NodeKind::scale ||
                           a.kind == NodeKind::pick;
        if (!opens) CHECK(b.display_title() == a.display_title());
        if (!opens) CHECK(b.kind == a.kind);
        if (with_text && !opens) CHECK(b.text == literal(a.text));
        CHECK(b.next.has_value() == a.next.has_value());
        if (a.next && b.next) CHECK(index(imported, *b.next) == index(original, *a.next));
        REQUIRE(b.choices.size() == a.choices.size());
        for (std::size_t c = 0; c < a.choices.size(); ++c) {
            CHECK(b.choices[c].label == literal(a.choices[c].label));
            CHECK(index(imported, b.choices[c].target) == index(original, a.choices[c].target));
        }
    }
    CHECK(index(imported, imported.info.start) == index(original, original.info.start));
}

std::vector<Flow> round_trip_flows() {
    std::vector<Flow> flows;
    for (const auto& entry : std::filesystem::directory_iterator(
             std::filesystem::path(HEARTFLOW_SOURCE_DIR) / "flows")) {
        if (entry.path().extension() != ".toml") continue;
        LoadedFlow loaded = load_flow_file(entry.path());
        REQUIRE(loaded.ok());
        flows.push_back(*loaded.flow);
    }
    REQUIRE(flows.size() >= 6);
    flows.push_back(generated_flow(400));
    return flows;
}

} // namespace

TEST_CASE("Mermaid and JSON Canvas exports import back with every node, choice and label") {
    for (const Flow& flow : round_trip_flows()) {
        INFO("flow " << flow.info.id);
        for (ImportFormat format : {ImportFormat::mermaid, ImportFormat::canvas}) {
            std::string text =
                format == ImportFormat::mermaid ? export_mermaid(flow) : export_canvas(flow);
            ImportResult back = import_flow(text, format, flow.info.id);
            INFO(describe_all(back.diagnostics));
            REQUIRE(back.flow);
            CHECK_FALSE(has_errors(back.diagnostics));
            check_same_shape(flow, *back.flow, format == ImportFormat::canvas);
            if (format == ImportFormat::mermaid) CHECK(back.flow->info.title == flow.info.title);
        }
    }
}

TEST_CASE("ink keeps conditions, effects and placeholders, with flow text escaped") {
    REQUIRE_LOADS(loaded, kAwkward);
    std::string ink = export_ink(*loaded.program);
    CHECK(ink.find("VAR said = \"\"") != std::string::npos);
    CHECK(ink.find("VAR count = 0") != std::string::npos);
    CHECK(ink.find("~ count = (count + 1)") != std::string::npos);
    CHECK(
        ink.find(
            "+ {((sure && (not (said == \"x\"))) || ((-count) > 2))} [Say \\\"yes\\\" \\| now]") !=
        std::string::npos);
    CHECK(ink.find("~ said = \"it\\'s\"") != std::string::npos);
    CHECK(
        ink.find(
            "\\<img src\\=x\\> \\-\\> DONE \\/\\/ not a comment \\* star \\[x\\] \\{b\\} {said}") !=
        std::string::npos);
    CHECK(ink.find("{said != \"\":{said}|nothing said} {count}") != std::string::npos);
    CHECK(ink.find("=== n_end ===") != std::string::npos);
    CHECK(ink.find("-> END") != std::string::npos);
}

TEST_CASE("the HTML page carries flow text only as escaped JSON data") {
    REQUIRE_LOADS(loaded, kAwkward);
    std::string html = export_html(*loaded.program);
    CHECK(count(html, "</script>") == 2); // the data island's and the player's own
    CHECK(count(html, "<script") == 2);
    CHECK(html.find("<title>A &lt;b&gt;&quot;title&quot;&lt;/b&gt; &amp; more</title>") !=
          std::string::npos);
    CHECK(html.find("\\u003c/script\\u003e") != std::string::npos);
    CHECK(html.find("default-src 'none'") != std::string::npos);
    CHECK(html.find("[\"jf\",") != std::string::npos); // `and` runs on the engine's own program
    CHECK(html.find("[0,\"nothing said\"],\" \",[1,\"never\"]") != std::string::npos); // fallbacks
}

TEST_CASE("DOT, Mermaid, Markdown and SVG escape what their readers would take as syntax") {
    REQUIRE_LOADS(loaded, kAwkward);
    const Flow& flow = *loaded.flow;
    std::string dot = export_dot(flow);
    CHECK(dot.find("label=\"Say \\\"yes\\\" | now\\nonly when sure and not (said is x)") !=
          std::string::npos);
    CHECK(dot.find("<b>Start &lt;/script&gt; #1</b>") != std::string::npos);
    std::string mermaid = export_mermaid(flow);
    CHECK(mermaid.find("a{{\"Start #lt;/script#gt; #35;1\"}}") != std::string::npos);
    CHECK(mermaid.find("end_2([\"End\"])") != std::string::npos); // `end` is Mermaid's keyword
    CHECK(mermaid.find("a -.->|\"Say #quot;yes#quot; | now\"| end_2") != std::string::npos);
    std::string md = export_markdown(flow);
    CHECK(md.find("\\<img src=x\\> -\\> DONE // not a comment \\* star \\[x\\] {b} _(said)_") !=
          std::string::npos);
    CHECK(md.find("(#step-end)") != std::string::npos);
    std::string svg = export_svg(flow).pages.front();
    CHECK(svg.find("Start &lt;/script&gt; #1") != std::string::npos);
    CHECK(svg.find("</script>") == std::string::npos);
}

TEST_CASE("a chart fits one sheet or splits into tiles that each hold only their part") {
    Flow flow = generated_flow(120);
    SvgExport fitted = export_svg(flow, {PaperSize::a4, false});
    REQUIRE(fitted.pages.size() == 1);
    CHECK((fitted.pages[0].find("width=\"210mm\" height=\"297mm\"") != std::string::npos ||
           fitted.pages[0].find("width=\"297mm\" height=\"210mm\"") != std::string::npos));
    CHECK(fitted.scale < 0.3);
    SvgExport tiles = export_svg(flow, {PaperSize::letter, true});
    REQUIRE(tiles.pages.size() > 2);
    std::size_t whole = export_svg(flow).pages.front().size(), total = 0;
    for (const std::string& page : tiles.pages) {
        CHECK(page.find("width=\"215.9mm\" height=\"279.4mm\"") != std::string::npos);
        CHECK(page.size() < whole);
        total += page.size();
    }
    CHECK(total < whole * 3);
    CHECK(tiles.pages[1].find("page 2 of " + std::to_string(tiles.pages.size())) !=
          std::string::npos);
}

// `heartflow export FILE --to FORMAT [-o OUT] [--page a4|letter] [--tiles] [--notes] [--dpi N]
// [--resources FILE]`
#include "arguments.h"
#include "commands.h"
#include "load_report.h"
#include "png_program.h"
#include "translation_report.h"

#include <heartflow/atomic_file.h>
#include <heartflow/export_canvas.h>
#include <heartflow/export_dot.h>
#include <heartflow/export_html.h>
#include <heartflow/export_ink.h>
#include <heartflow/export_markdown.h>
#include <heartflow/export_mermaid.h>
#include <heartflow/export_svg.h>
#include <heartflow/help_lines.h>
#include <heartflow/translation_files.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace heartflow::cli {

namespace {

const char* const kFormats = "dot, mermaid, svg, png, markdown, ink, canvas or html";

// One file to write: its bytes, and the suffix that tells pages apart ("" for a single file).
struct Output {
    std::string bytes;
    std::string page_suffix;
};

struct ExportRequest {
    std::string format;
    SvgOptions svg;
    MarkdownOptions markdown;
    double dpi = 0;
    std::optional<std::filesystem::path> resources; // html: a help lines file to show first
    std::vector<std::string> help_lines;            // read from `resources`
    std::string language;                           // --lang: the translation exported
};

// The HTML page's language: `<html lang="en">` becomes the translation's, with dir="rtl" for a
// right-to-left script, so the browser lays the words out and reads them aloud rightly.
std::string mark_language(std::string html, const std::string& language) {
    static const std::set<std::string> kRightToLeft = {"ar", "he", "fa", "ur", "yi",
                                                       "ps", "sd", "ug", "dv", "ckb"};
    std::string tag = language.substr(0, language.find('@'));
    std::replace(tag.begin(), tag.end(), '_', '-');
    const bool rtl = kRightToLeft.count(tag.substr(0, tag.find('-'))) > 0;
    const std::string was = "<html lang=\"en\">";
    if (auto at = html.find(was); at != std::string::npos)
        html.replace(at, was.size(),
                     "<html lang=\"" + tag + "\"" + (rtl ? " dir=\"rtl\"" : "") + ">");
    return html;
}

// The outputs of an SVG or PNG export, or an error message.
std::variant<std::vector<Output>, std::string> chart_outputs(const Flow& flow,
                                                             const ExportRequest& r) {
    SvgExport svg = export_svg(flow, r.svg);
    if (r.svg.page && !r.svg.tiles && svg.scale < kSmallestReadableScale)
        std::fprintf(
            stderr,
            "heartflow export: note: the chart is shrunk to fit one page and its words will be "
            "very small; --tiles prints it across several pages at a readable size\n");
    std::vector<Output> outputs;
    for (std::size_t i = 0; i < svg.pages.size(); ++i) {
        std::string suffix = svg.pages.size() > 1 ? "-" + std::to_string(i + 1) : "";
        if (r.format == "svg") {
            outputs.push_back({std::move(svg.pages[i]), suffix});
            continue;
        }
        double dpi = r.dpi > 0 ? r.dpi : (r.svg.page ? 150 : 96);
        PngResult png = render_png(svg.pages[i], dpi);
        if (!png.error.empty()) return png.error;
        outputs.push_back({std::move(png.bytes), suffix});
    }
    return outputs;
}

std::variant<std::vector<Output>, std::string> export_outputs(const LoadedFlow& loaded,
                                                              const ExportRequest& r) {
    const Flow& flow = *loaded.flow;
    if (r.format == "dot") return std::vector<Output>{{export_dot(flow), ""}};
    if (r.format == "mermaid") return std::vector<Output>{{export_mermaid(flow), ""}};
    if (r.format == "markdown") return std::vector<Output>{{export_markdown(flow, r.markdown), ""}};
    if (r.format == "canvas") return std::vector<Output>{{export_canvas(flow), ""}};
    if (r.format == "ink") return std::vector<Output>{{export_ink(*loaded.program), ""}};
    if (r.format == "html")
        return std::vector<Output>{{mark_language(export_html(*loaded.program, r.help_lines),
                                                  r.language.empty() ? "en" : r.language),
                                    ""}};
    return chart_outputs(flow, r);
}

// OUT with a page's suffix before its extension: chart.svg -> chart-2.svg.
std::filesystem::path page_path(const std::filesystem::path& out, const std::string& suffix) {
    if (suffix.empty()) return out;
    return out.parent_path() / (out.stem().string() + suffix + out.extension().string());
}

std::optional<std::string> parse_request(const Arguments& parsed, ExportRequest& r) {
    auto to = parsed.values.find("--to");
    if (to == parsed.values.end()) return std::string("name a format with --to (") + kFormats + ")";
    r.format = to->second;
    static const std::set<std::string> known = {"dot",      "mermaid", "svg",    "png",
                                                "markdown", "ink",     "canvas", "html"};
    if (!known.count(r.format)) return "unknown format '" + r.format + "'; use " + kFormats;
    if (auto page = parsed.values.find("--page"); page != parsed.values.end()) {
        r.svg.page = parse_paper_size(page->second);
        if (!r.svg.page) return "--page takes a4 or letter";
    }
    r.svg.tiles = parsed.flags.count("--tiles") > 0;
    if (r.svg.tiles && !r.svg.page) return "--tiles needs --page a4 or --page letter";
    bool chart = r.format == "svg" || r.format == "png";
    if ((r.svg.page || r.svg.tiles) && !chart)
        return "--page and --tiles apply to svg and png only";
    r.markdown.include_notes = parsed.flags.count("--notes") > 0;
    if (r.markdown.include_notes && r.format != "markdown")
        return "--notes applies to markdown only";
    if (auto dpi = parsed.values.find("--dpi"); dpi != parsed.values.end()) {
        r.dpi = std::atof(dpi->second.c_str());
        if (r.format != "png" || r.dpi < 24 || r.dpi > 1200)
            return "--dpi takes 24 to 1200, for png only";
    }
    if (auto file = parsed.values.find("--resources"); file != parsed.values.end()) {
        if (r.format != "html") return "--resources applies to html only";
        r.resources = file->second;
    }
    return std::nullopt;
}

// True when FILE.LANG.po (or FILE.ll.po for ll_CC) is beside the flow file.
bool translation_exists(const std::string& flow_file, const std::string& language) {
    const std::vector<std::string> languages = {language};
    return find_translation(flow_file, languages).has_value();
}

// Reads the --resources file into the request's help lines, or says why it cannot.
std::optional<std::string> read_resources(ExportRequest& r) {
    if (!r.resources) return std::nullopt;
    std::error_code error;
    if (!std::filesystem::is_regular_file(*r.resources, error) || !std::ifstream(*r.resources))
        return "cannot read the help lines file '" + r.resources->string() +
               "' (--resources); nothing was exported";
    r.help_lines = read_help_lines_file(*r.resources);
    return std::nullopt;
}

} // namespace

int export_command(const std::vector<std::string>& args) {
    Arguments parsed;
    if (auto e = parse_arguments(
            args, {"--tiles", "--notes"},
            {"--to", "-o", "--output", "--page", "--dpi", "--resources", "--lang"}, parsed))
        return usage_error("export", *e);
    if (!parsed.unknown.empty())
        return usage_error("export", "unknown option " + parsed.unknown.front());
    if (parsed.files.size() != 1) return usage_error("export", "name exactly one flow file");
    ExportRequest request;
    if (auto e = parse_request(parsed, request)) return usage_error("export", *e);
    if (auto e = read_resources(request)) {
        std::fprintf(stderr, "heartflow export: %s\n", e->c_str());
        return kExitFailure;
    }
    std::string out = parsed.values.count("-o") ? parsed.values["-o"] : parsed.values["--output"];
    if (out.empty() && request.format == "png")
        return usage_error("export", "a PNG needs an output file: add -o FILE.png");
    const bool wants_language = parsed.values.count("--lang") > 0;
    const std::string language = request.language = parsed.values["--lang"];
    if (wants_language && !is_language_tag(language))
        return usage_error("export", "--lang takes a language like el, de or pt_BR");
    if (!language.empty() && !translation_exists(parsed.files.front(), language)) {
        std::fprintf(stderr, "heartflow export: no '%s' translation (%s); nothing was exported\n",
                     language.c_str(),
                     translation_path(parsed.files.front(), language).string().c_str());
        return kExitFailure;
    }
    DiagnosticCounts counts;
    TranslatedFlow translated;
    if (language.empty())
        translated.loaded = load_and_report(parsed.files.front(), stderr, false, counts);
    else
        translated = load_in_language(parsed.files.front(), language, stderr, counts);
    const LoadedFlow& loaded = translated.loaded;
    if (!language.empty() && loaded.ok() && !translated.used) {
        std::fprintf(stderr, "heartflow export: not exported: fix the translation first\n");
        return kExitFailure;
    }
    if (!loaded.ok()) {
        std::fprintf(stderr, "heartflow export: not exported: fix the errors above first\n");
        return kExitFailure;
    }
    if (request.format == "ink")
        for (const Diagnostic& d : ink_warnings(*loaded.program))
            std::fprintf(stderr, "%s\n", format_diagnostic(parsed.files.front(), d).c_str());
    auto outputs = export_outputs(loaded, request);
    if (auto* message = std::get_if<std::string>(&outputs)) {
        std::fprintf(stderr, "heartflow export: %s\n", message->c_str());
        return kExitFailure;
    }
    auto& files = std::get<std::vector<Output>>(outputs);
    if (out.empty()) {
        if (files.size() > 1) return usage_error("export", "tiles are several files: add -o FILE");
        std::fwrite(files.front().bytes.data(), 1, files.front().bytes.size(), stdout);
        return kExitOk;
    }
    for (const Output& file : files) {
        std::filesystem::path path = page_path(out, file.page_suffix);
        WriteStatus written = write_file_atomically(path, file.bytes);
        if (!written.ok) {
            std::fprintf(stderr, "heartflow export: %s\n", written.message.c_str());
            return kExitFailure;
        }
        std::printf("wrote %s\n", path.string().c_str());
    }
    return kExitOk;
}

} // namespace heartflow::cli

// heartflow-png: draws one SVG chart (standard input) as a PNG (standard output) for
// `heartflow export --to png` (cli/png_program.h). The one program of heartflow that links
// librsvg and cairo. On failure it prints the reason on standard error and exits 1.
#include "heartflow/export_png.h"

#include "arguments.h"
#include "exit_codes.h"

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <iterator>

int main(int argc, char** argv) {
    using namespace heartflow::cli;
    Arguments parsed;
    std::optional<std::string> error =
        parse_arguments({argv + 1, argv + argc}, {}, {"--dpi"}, parsed);
    const auto dpi = parsed.values.find("--dpi");
    if (error || dpi == parsed.values.end() || !parsed.files.empty() || !parsed.unknown.empty()) {
        std::fprintf(stderr, "usage: heartflow-png --dpi N < chart.svg > chart.png (run by "
                             "heartflow export --to png)\n");
        return kExitUsage;
    }
    const std::string svg{std::istreambuf_iterator<char>(std::cin), {}};
    heartflow::PngImage png = heartflow::render_svg_to_png(svg, std::atof(dpi->second.c_str()));
    if (!png.error.empty()) {
        std::fprintf(stderr, "%s\n", png.error.c_str());
        return kExitFailure;
    }
    if (std::fwrite(png.bytes.data(), 1, png.bytes.size(), stdout) != png.bytes.size() ||
        std::fflush(stdout) != 0)
        return kExitFailure;
    return kExitOk;
}

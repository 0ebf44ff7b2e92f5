// Drawing PNGs through heartflow-png.
#include "png_program.h"

#include "sibling.h"

namespace heartflow::cli {

PngResult render_png(std::string_view svg, double dpi) {
    PngResult png;
    std::optional<std::filesystem::path> program = sibling_executable("heartflow-png");
    if (!program) {
        png.error = "this build cannot draw PNGs (it has no heartflow-png, which needs librsvg and "
                    "cairo); export --to svg instead";
        return png;
    }
    ChildResult drawn = run_program(*program, {"--dpi", std::to_string(dpi)}, svg);
    if (drawn.exit_code == 0 && !drawn.out.empty()) {
        png.bytes = std::move(drawn.out);
        return png;
    }
    while (!drawn.err.empty() && drawn.err.back() == '\n')
        drawn.err.pop_back();
    png.error = drawn.err.empty() ? "heartflow-png failed" : drawn.err;
    return png;
}

} // namespace heartflow::cli

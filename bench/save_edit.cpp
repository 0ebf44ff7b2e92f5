// Saving after a one-node edit.
#include "save_edit.h"

#include "measure.h"

#include <heartflow/flow_text.h>
#include <heartflow/loader.h>
#include <heartflow/writer.h>

#include <cstdio>
#include <fstream>
#include <sstream>

namespace heartflow::bench {

void print_save_after_edit(const std::vector<std::filesystem::path>& files, int runs,
                           const std::filesystem::path& work) {
    std::printf("\n### Saving after a one-node edit (lossless)\n\n");
    std::printf(
        "| flow | file MB | make the edited text | whole save (text, re-parse check, atomic "
        "write) | text kept beside the flow |\n| --- | ---: | ---: | ---: | ---: |\n");
    for (const std::filesystem::path& file : files) {
        std::ostringstream bytes;
        bytes << std::ifstream(file, std::ios::binary).rdbuf();
        const std::string text = bytes.str();
        LoadedFlow loaded = load_flow_text(text);
        if (!loaded.flow || loaded.flow->nodes.empty()) continue;
        Flow edited = *loaded.flow;
        edited.nodes[edited.nodes.size() / 2].text += " (edited)";
        const Timing splice =
            median_timing(runs, [&] { (void)update_flow_text(text, *loaded.flow, edited); });
        const std::filesystem::path out = work / ("saved-" + file.filename().string());
        const Timing save = median_timing(std::max(1, runs / 2), [&] {
            if (!save_flow_edit(out, text, *loaded.flow, edited).ok)
                std::fprintf(stderr, "save failed\n");
        });
        const double mb = static_cast<double>(text.size()) / (1024.0 * 1024.0);
        std::printf("| %s | %.2f | %.0f ms | %.0f ms | %.2f MB (1.0x the file) |\n",
                    file.filename().c_str(), mb, splice.cpu_ms, save.cpu_ms, mb);
    }
}

} // namespace heartflow::bench

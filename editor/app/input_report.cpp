// The input report for windowed tests.
#include "app/input_report.h"

#include <cstdio>
#include <cstdlib>
#include <string>

namespace heartflow::app {

namespace {

struct Counts {
    long keys = 0, chars = 0, buttons = 0, frames = 0;
};

Counts g_counts;

// The report file, or "" when tests did not ask for one (read once).
const std::string& report_file() {
    static const std::string file = [] {
        const char* path = std::getenv("HEARTFLOW_INPUT_REPORT");
        return std::string(path ? path : "");
    }();
    return file;
}

} // namespace

void count_key_press() {
    ++g_counts.keys;
}

void count_typed_char() {
    ++g_counts.chars;
}

void count_button_press() {
    ++g_counts.buttons;
}

void report_frame_done() {
    ++g_counts.frames;
    const std::string& file = report_file();
    if (file.empty()) return;
    // Written whole to a temporary file, then renamed over, so a reader never sees half a line.
    const std::string temporary = file + ".new";
    if (std::FILE* out = std::fopen(temporary.c_str(), "w")) {
        std::fprintf(out, "keys %ld chars %ld buttons %ld frames %ld\n", g_counts.keys,
                     g_counts.chars, g_counts.buttons, g_counts.frames);
        std::fclose(out);
        std::rename(temporary.c_str(), file.c_str());
    }
}

} // namespace heartflow::app

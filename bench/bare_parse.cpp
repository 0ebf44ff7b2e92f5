// heartflow-bare-parse FILE: reads FILE and parses it with toml++, nothing more. The floor a
// whole `heartflow check` process is measured against (scripts/bench.sh): the same loader, libc
// and toml++ shared library, the same file read, and no work of heartflow's own.
#include <toml++/toml.h>

#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fputs("usage: heartflow-bare-parse FILE\n", stderr);
        return 2;
    }
    std::ifstream in(argv[1], std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in.good() && !in.eof()) return 1;
    try {
        const toml::table table = toml::parse(text, std::string_view(argv[1]));
        return table.empty() ? 1 : 0;
    } catch (const toml::parse_error& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
}

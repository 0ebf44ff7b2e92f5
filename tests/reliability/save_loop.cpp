// `save_loop FILE A.toml B.toml COUNT`: saves flow A, then B, then A... COUNT times over FILE
// with the writer's checked atomic save, for the kill -9 test (kill_saves.sh).
#include <heartflow/loader.h>
#include <heartflow/writer.h>

#include <cstdio>
#include <cstdlib>

namespace {

// Parses a flow file that must be free of errors; exits with a message otherwise.
heartflow::Flow must_parse(const char* path) {
    auto bytes = heartflow::read_flow_bytes(path);
    auto* text = std::get_if<std::string>(&bytes);
    heartflow::ParseResult parsed = text ? heartflow::parse_flow(*text) : heartflow::ParseResult{};
    if (!parsed.flow) {
        std::fprintf(stderr, "save_loop: %s is not a flow\n", path);
        std::exit(2);
    }
    return *parsed.flow;
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 5) {
        std::fprintf(stderr, "usage: save_loop FILE A.toml B.toml COUNT\n");
        return 2;
    }
    const heartflow::Flow flows[2] = {must_parse(argv[2]), must_parse(argv[3])};
    long count = std::atol(argv[4]);
    for (long i = 0; i < count; ++i) {
        heartflow::SaveStatus saved = heartflow::save_flow_file(argv[1], flows[i % 2]);
        if (!saved.ok) {
            std::fprintf(stderr, "save_loop: save %ld failed: %s\n", i, saved.message.c_str());
            return 1;
        }
    }
    return 0;
}

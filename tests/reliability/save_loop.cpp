// Saves over and over, for the kill -9 test (kill_saves.sh):
//   `save_loop flow FILE A.toml B.toml COUNT`: flow A, then B, then A... COUNT times over FILE
//   with the writer's checked atomic save (the editor's and `heartflow fmt`'s);
//   `save_loop session ROOT COUNT`: session A, then B... COUNT times with the session store
//   rooted at ROOT (the player's save; like the player, it first removes stale temporary
//   files); both sessions have the same key, so one file changes.
#include <heartflow/loader.h>
#include <heartflow/session_store.h>
#include <heartflow/writer.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

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

// A session part way through a walk whose journal is `words` repeated (large, so that a kill
// often lands while the file is being written).
heartflow::SessionSnapshot session_writing(const std::string& words) {
    heartflow::SessionSnapshot s;
    s.flow_id = "heart-of-the-matter";
    s.status = heartflow::SessionStatus::at_node;
    s.started_at_ms = 1700000000000;
    s.path = {{"start", 1700000000000, 0}, {"name_it", 1700000060000, std::nullopt}};
    std::string journal;
    while (journal.size() < 256 * 1024)
        journal += words;
    s.journal = {{"name_it", journal}};
    s.check_in_before = 8;
    return s;
}

int save_flows(const char* file, const char* a, const char* b, long count) {
    const heartflow::Flow flows[2] = {must_parse(a), must_parse(b)};
    for (long i = 0; i < count; ++i) {
        heartflow::SaveStatus saved = heartflow::save_flow_file(file, flows[i % 2]);
        if (!saved.ok) {
            std::fprintf(stderr, "save_loop: save %ld failed: %s\n", i, saved.message.c_str());
            return 1;
        }
    }
    return 0;
}

int save_sessions(const char* root, long count) {
    const heartflow::SessionSnapshot sessions[2] = {session_writing("I feel resentment, and ... "),
                                                    session_writing("I need a boundary here. ")};
    heartflow::SessionStore store(root);
    store.remove_stale_temp_files(); // as the player does at start
    for (long i = 0; i < count; ++i) {
        heartflow::StoreStatus saved = store.save(sessions[i % 2]);
        if (!saved.ok) {
            std::fprintf(stderr, "save_loop: save %ld failed: %s\n", i, saved.message.c_str());
            return 1;
        }
    }
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    if (argc == 6 && std::strcmp(argv[1], "flow") == 0)
        return save_flows(argv[2], argv[3], argv[4], std::atol(argv[5]));
    if (argc == 4 && std::strcmp(argv[1], "session") == 0)
        return save_sessions(argv[2], std::atol(argv[3]));
    std::fprintf(stderr,
                 "usage: save_loop flow FILE A.toml B.toml COUNT | save_loop session ROOT COUNT\n");
    return 2;
}

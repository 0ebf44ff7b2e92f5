// Tests for the session store: private files, listing, latest, load, delete, delete all.
#include "heartflow/session_store.h"

#include "heartflow/atomic_file.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sys/stat.h>
#include <unistd.h>

using namespace heartflow;
namespace fs = std::filesystem;

namespace {

// A fresh empty folder under the temp dir, removed when the test ends.
struct TempFolder {
    fs::path path;
    TempFolder() {
        std::string pattern = (fs::temp_directory_path() / "heartflow-store-XXXXXX").string();
        path = ::mkdtemp(pattern.data());
    }
    ~TempFolder() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

SessionSnapshot snapshot(std::string flow, std::int64_t started, std::string at) {
    SessionSnapshot s;
    s.flow_id = std::move(flow);
    s.status = SessionStatus::at_node;
    s.started_at_ms = started;
    s.path.push_back({"start", started, 0});
    s.path.push_back({std::move(at), started + 1000, std::nullopt});
    s.journal.push_back({"start", "my own words"});
    s.check_in_before = 7;
    return s;
}

fs::perms perms_of(const fs::path& p) {
    return fs::status(p).permissions() & fs::perms::all;
}

} // namespace

TEST_CASE("a saved session is private and reads back the same") {
    TempFolder tmp;
    SessionStore store(tmp.path / "heartflow");
    SessionSnapshot s = snapshot("calm", 1000, "breathe");
    REQUIRE(store.save(s).ok);

    fs::path file = tmp.path / "heartflow" / "sessions" / (SessionStore::key_of(s) + ".session");
    REQUIRE(fs::exists(file));
    CHECK(perms_of(file) == (fs::perms::owner_read | fs::perms::owner_write));
    CHECK(perms_of(tmp.path / "heartflow") == fs::perms::owner_all);
    CHECK(perms_of(tmp.path / "heartflow" / "sessions") == fs::perms::owner_all);

    auto loaded = store.load(SessionStore::key_of(s));
    REQUIRE(std::holds_alternative<StoredSession>(loaded));
    CHECK(std::get<StoredSession>(loaded).snapshot == s);
}

TEST_CASE("sessions are listed newest first and the latest of a flow is found") {
    TempFolder tmp;
    SessionStore store(tmp.path);
    REQUIRE(store.save(snapshot("calm", 1000, "a")).ok);
    REQUIRE(store.save(snapshot("calm", 3000, "b")).ok);
    REQUIRE(store.save(snapshot("other", 5000, "c")).ok);

    auto all = store.list();
    REQUIRE(all.size() == 3);
    CHECK(all[0].snapshot.started_at_ms == 5000);
    CHECK(all[2].snapshot.started_at_ms == 1000);

    auto latest = store.latest("calm");
    REQUIRE(latest.has_value());
    CHECK(latest->snapshot.path.back().node == "b");
    CHECK_FALSE(store.latest("missing").has_value());
}

TEST_CASE("saving the same session again replaces its file") {
    TempFolder tmp;
    SessionStore store(tmp.path);
    SessionSnapshot s = snapshot("calm", 1000, "a");
    REQUIRE(store.save(s).ok);
    s.path.back().node = "b";
    REQUIRE(store.save(s).ok);
    auto all = store.list();
    REQUIRE(all.size() == 1);
    CHECK(all[0].snapshot.path.back().node == "b");
}

TEST_CASE("a damaged session file is skipped and reported") {
    TempFolder tmp;
    SessionStore store(tmp.path);
    REQUIRE(store.save(snapshot("calm", 1000, "a")).ok);
    std::ofstream(tmp.path / "sessions" / "broken-1.session") << "version = [";
    std::vector<std::string> problems;
    CHECK(store.list(&problems).size() == 1);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].find("broken-1.session") != std::string::npos);
}

TEST_CASE("keys that could escape the folder are refused") {
    TempFolder tmp;
    SessionStore store(tmp.path);
    CHECK(std::holds_alternative<std::string>(store.load("../secret")));
    CHECK_FALSE(store.remove("a/b").ok);
    CHECK_FALSE(store.save_transcript("..", "x").ok);
    SessionSnapshot s = snapshot("we ird/../id", 1, "a");
    CHECK(SessionStore::key_of(s) == "we_ird____id-1");
}

TEST_CASE("one session and then all data can be deleted") {
    TempFolder tmp;
    fs::path root = tmp.path / "heartflow";
    SessionStore store(root);
    SessionSnapshot a = snapshot("calm", 1000, "a");
    SessionSnapshot b = snapshot("calm", 2000, "b");
    REQUIRE(store.save(a).ok);
    REQUIRE(store.save(b).ok);

    SUBCASE("one") {
        CHECK(store.remove(SessionStore::key_of(a)).ok);
        CHECK(store.list().size() == 1);
        CHECK_FALSE(store.remove(SessionStore::key_of(a)).ok);
    }
    SUBCASE("all, transcripts included") {
        StoreStatus t = store.save_transcript(SessionStore::key_of(b), "# words\n");
        REQUIRE(t.ok);
        CHECK(perms_of(t.message) == (fs::perms::owner_read | fs::perms::owner_write));
        CHECK(store.remove_all().ok);
        CHECK_FALSE(fs::exists(root));
        CHECK(store.list().empty());
        CHECK(store.remove_all().ok);
    }
    SUBCASE("all, the editor's recovery files included") {
        REQUIRE(make_private_folder(root / "recovery").ok);
        std::ofstream(root / "recovery" / "flow.toml.recovery") << "a therapist's unsaved work";
        CHECK(store.remove_all().ok);
        CHECK_FALSE(fs::exists(root));
    }
}

TEST_CASE("sessions, transcripts and their folders are owner-only whatever the umask") {
    for (mode_t mask : {mode_t{0}, mode_t{022}}) {
        CAPTURE(mask);
        TempFolder tmp;
        mode_t old_mask = ::umask(mask);
        SessionStore store(tmp.path / "share" / "heartflow");
        StoreStatus session = store.save(snapshot("calm", 1000, "a"));
        StoreStatus transcript = store.save_transcript("calm-1000", "# my words\n");
        ::umask(old_mask);
        REQUIRE(session.ok);
        REQUIRE(transcript.ok);
        const fs::perms file = fs::perms::owner_read | fs::perms::owner_write;
        CHECK(perms_of(session.message) == file);
        CHECK(perms_of(transcript.message) == file);
        for (const char* dir : {"share", "share/heartflow", "share/heartflow/sessions",
                                "share/heartflow/transcripts"}) {
            CAPTURE(dir);
            CHECK(perms_of(tmp.path / dir) == fs::perms::owner_all);
        }
    }
}

TEST_CASE("a store made private again after its folder was opened up") {
    TempFolder tmp;
    fs::path root = tmp.path / "heartflow";
    fs::create_directories(root / "sessions");
    fs::permissions(root, fs::perms::all);
    fs::permissions(root / "sessions", fs::perms::all);
    SessionStore store(root);
    REQUIRE(store.save(snapshot("calm", 1000, "a")).ok);
    CHECK(perms_of(root) == fs::perms::owner_all);
    CHECK(perms_of(root / "sessions") == fs::perms::owner_all);
}

TEST_CASE("temporary files of killed saves are removed at the next start, fresh ones kept") {
    TempFolder tmp;
    fs::path root = tmp.path / "heartflow";
    SessionStore store(root);
    REQUIRE(store.save(snapshot("calm", 1000, "a")).ok);
    REQUIRE(make_private_folder(root / "recovery").ok);
    auto plant = [](const fs::path& file, bool stale) {
        std::ofstream(file) << "half a save";
        if (stale)
            fs::last_write_time(file, fs::file_time_type::clock::now() - std::chrono::minutes(1));
    };
    std::string tmp_prefix(kTempFilePrefix);
    plant(root / "sessions" / (tmp_prefix + "calm-1000.session.a1b2c3"), true);
    plant(root / "sessions" / (tmp_prefix + "calm-2000.session.d4e5f6"), false);
    plant(root / "recovery" / (tmp_prefix + "flow.toml.g7h8i9"), true);
    plant(root / "sessions" / "calm-3000.session", true);
    CHECK(SessionStore(root).remove_stale_temp_files() == 2);
    CHECK_FALSE(fs::exists(root / "sessions" / (tmp_prefix + "calm-1000.session.a1b2c3")));
    CHECK(fs::exists(root / "sessions" / (tmp_prefix + "calm-2000.session.d4e5f6")));
    CHECK_FALSE(fs::exists(root / "recovery" / (tmp_prefix + "flow.toml.g7h8i9")));
    CHECK(fs::exists(root / "sessions" / "calm-3000.session"));
}

TEST_CASE("the data folder follows XDG_DATA_HOME when it is absolute") {
    const char* old = std::getenv("XDG_DATA_HOME");
    std::string saved = old ? old : "";
    ::setenv("XDG_DATA_HOME", "/tmp/xdg-data", 1);
    CHECK(default_data_dir() == fs::path("/tmp/xdg-data/heartflow"));
    ::setenv("XDG_DATA_HOME", "relative/path", 1);
    CHECK(default_data_dir().is_absolute());
    if (old)
        ::setenv("XDG_DATA_HOME", saved.c_str(), 1);
    else
        ::unsetenv("XDG_DATA_HOME");
}

// Tests of atomic file replacement.
#include <doctest/doctest.h>
#include <heartflow/atomic_file.h>

#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

using namespace heartflow;

namespace {

struct TempDir {
    std::filesystem::path path =
        std::filesystem::temp_directory_path() /
        ("heartflow-atomic-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    TempDir() { std::filesystem::create_directories(path); }
    ~TempDir() { std::filesystem::remove_all(path); }
    static inline int counter = 0;
};

std::string read(const std::filesystem::path& p) {
    std::ifstream in(p);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

unsigned mode_of(const std::filesystem::path& p) {
    struct stat st {};
    REQUIRE(::stat(p.c_str(), &st) == 0);
    return st.st_mode & 0777;
}

} // namespace

TEST_CASE("a write replaces the content and keeps an existing file's mode") {
    TempDir dir;
    auto file = dir.path / "f.toml";
    std::ofstream(file) << "old";
    ::chmod(file.c_str(), 0640);
    REQUIRE(write_file_atomically(file, "new").ok);
    CHECK(read(file) == "new");
    CHECK(mode_of(file) == 0640);
}

TEST_CASE("private files are owner-only") {
    TempDir dir;
    auto file = dir.path / "session.toml";
    REQUIRE(write_file_atomically(file, "journal", FilePrivacy::owner_only).ok);
    CHECK(mode_of(file) == 0600);
}

TEST_CASE("a failed replace leaves the target untouched and no temporary file") {
    TempDir dir;
    auto target = dir.path / "taken";
    std::filesystem::create_directories(target / "inside");
    auto status = write_file_atomically(target, "new");
    CHECK_FALSE(status.ok);
    CHECK(status.message.find("replacing the file") != std::string::npos);
    CHECK(std::filesystem::is_directory(target / "inside"));
    std::size_t entries = 0;
    for ([[maybe_unused]] auto& e : std::filesystem::directory_iterator(dir.path))
        ++entries;
    CHECK(entries == 1);
}

TEST_CASE("a folder that cannot hold files gives a clear error") {
    auto status = write_file_atomically("/proc/heartflow-cannot-write/f.toml", "x");
    CHECK_FALSE(status.ok);
    CHECK(status.message.find("/proc/heartflow-cannot-write/f.toml") != std::string::npos);
}

TEST_CASE("stale temporary files are removed, fresh ones kept") {
    TempDir dir;
    auto stale = dir.path / (std::string(kTempFilePrefix) + "f.toml.abc123");
    auto fresh = dir.path / (std::string(kTempFilePrefix) + "g.toml.def456");
    std::ofstream(stale) << "partial";
    std::ofstream(fresh) << "in progress";
    std::filesystem::last_write_time(stale, std::filesystem::file_time_type::clock::now() -
                                                std::chrono::minutes(5));
    std::ofstream(dir.path / "keep.toml") << "mine";
    CHECK(remove_stale_temp_files(dir.path) == 1);
    CHECK_FALSE(std::filesystem::exists(stale));
    CHECK(std::filesystem::exists(fresh));
    CHECK(std::filesystem::exists(dir.path / "keep.toml"));
}

TEST_CASE("a save removes the stale temporary files of its own file only") {
    TempDir dir;
    auto old_time = std::filesystem::file_time_type::clock::now() - std::chrono::minutes(5);
    auto mine = dir.path / (std::string(kTempFilePrefix) + "f.toml.abc123");
    auto other = dir.path / (std::string(kTempFilePrefix) + "g.toml.def456");
    std::ofstream(mine) << "partial";
    std::ofstream(other) << "partial";
    std::filesystem::last_write_time(mine, old_time);
    std::filesystem::last_write_time(other, old_time);
    REQUIRE(write_file_atomically(dir.path / "f.toml", "new").ok);
    CHECK_FALSE(std::filesystem::exists(mine));
    CHECK(std::filesystem::exists(other));
}

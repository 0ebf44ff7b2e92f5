// The session store: private files under the XDG data folder, atomic writes, one-call wipe.
#include "heartflow/session_store.h"

#include "heartflow/atomic_file.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <sys/stat.h>

namespace heartflow {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kSessionExtension = ".session";

// True for keys this store makes: letters, digits, '-' and '_' only (no path tricks).
bool is_safe_key(std::string_view key) {
    if (key.empty() || key.size() > 200) return false;
    return std::all_of(key.begin(), key.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '-' || c == '_';
    });
}

std::int64_t modified_ms(const fs::path& file) {
    struct stat st {};
    if (::stat(file.c_str(), &st) != 0) return 0;
    return static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000 + st.st_mtim.tv_nsec / 1000000;
}

std::variant<StoredSession, std::string> read_session(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return file.string() + ": cannot open: " + std::strerror(errno);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    auto decoded = decode_session(bytes.str());
    if (auto* why = std::get_if<std::string>(&decoded)) return file.string() + ": " + *why;
    return StoredSession{file.stem().string(), file, std::get<SessionSnapshot>(std::move(decoded)),
                         modified_ms(file)};
}

// Makes the store's root and `dir` under it owner-only folders.
StoreStatus make_private(const fs::path& root, const fs::path& dir) {
    for (const fs::path& d : {root, dir})
        if (WriteStatus made = make_private_folder(d); !made.ok) return {false, made.message};
    return {};
}

} // namespace

fs::path default_data_dir() {
    const char* xdg = std::getenv("XDG_DATA_HOME");
    if (xdg && *xdg && fs::path(xdg).is_absolute()) return fs::path(xdg) / "heartflow";
    const char* home = std::getenv("HOME");
    fs::path base = home && *home ? fs::path(home) : fs::temp_directory_path();
    return base / ".local" / "share" / "heartflow";
}

SessionStore::SessionStore(fs::path root) : root_(std::move(root)) {}

std::string SessionStore::key_of(const SessionSnapshot& s) {
    std::string id = s.flow_id.empty() ? std::string("flow") : s.flow_id.substr(0, 120);
    for (char& c : id)
        if (!is_safe_key(std::string_view(&c, 1))) c = '_';
    return id + "-" + std::to_string(s.started_at_ms);
}

StoreStatus SessionStore::save(const SessionSnapshot& snapshot) {
    if (StoreStatus made = make_private(root_, sessions_dir()); !made.ok) return made;
    fs::path file = sessions_dir() / (key_of(snapshot) + std::string(kSessionExtension));
    WriteStatus written =
        write_file_atomically(file, encode_session(snapshot), FilePrivacy::owner_only);
    return {written.ok, written.ok ? file.string() : written.message};
}

std::vector<StoredSession> SessionStore::list(std::vector<std::string>* problems) const {
    std::vector<StoredSession> out;
    std::error_code ec;
    for (fs::directory_iterator it(sessions_dir(), ec), end; !ec && it != end; it.increment(ec)) {
        const fs::path& file = it->path();
        if (file.extension() != kSessionExtension || !is_safe_key(file.stem().string())) continue;
        auto read = read_session(file);
        if (auto* stored = std::get_if<StoredSession>(&read))
            out.push_back(std::move(*stored));
        else if (problems)
            problems->push_back(std::get<std::string>(read));
    }
    std::sort(out.begin(), out.end(), [](const StoredSession& a, const StoredSession& b) {
        if (a.snapshot.started_at_ms != b.snapshot.started_at_ms)
            return a.snapshot.started_at_ms > b.snapshot.started_at_ms;
        return a.key < b.key;
    });
    return out;
}

std::optional<StoredSession> SessionStore::latest(std::string_view flow_id) const {
    for (StoredSession& s : list())
        if (s.snapshot.flow_id == flow_id) return std::move(s);
    return std::nullopt;
}

std::variant<StoredSession, std::string> SessionStore::load(std::string_view key) const {
    if (!is_safe_key(key)) return "'" + std::string(key) + "' is not a session name";
    return read_session(sessions_dir() / (std::string(key) + std::string(kSessionExtension)));
}

StoreStatus SessionStore::remove(std::string_view key) {
    if (!is_safe_key(key)) return {false, "'" + std::string(key) + "' is not a session name"};
    std::error_code ec;
    fs::path file = sessions_dir() / (std::string(key) + std::string(kSessionExtension));
    if (!fs::remove(file, ec) || ec)
        return {false, "could not delete " + file.string() +
                           (ec ? ": " + ec.message() : ": no such session")};
    fs::remove(root_ / "transcripts" / (std::string(key) + ".md"), ec);
    return {};
}

StoreStatus SessionStore::save_transcript(std::string_view key, std::string_view markdown) {
    if (!is_safe_key(key)) return {false, "'" + std::string(key) + "' is not a session name"};
    fs::path dir = root_ / "transcripts";
    if (StoreStatus made = make_private(root_, dir); !made.ok) return made;
    fs::path file = dir / (std::string(key) + ".md");
    WriteStatus written = write_file_atomically(file, markdown, FilePrivacy::owner_only);
    return {written.ok, written.ok ? file.string() : written.message};
}

StoreStatus SessionStore::remove_all() {
    std::error_code ec;
    if (!fs::exists(root_, ec)) return {};
    fs::remove_all(root_, ec);
    if (ec) return {false, "could not delete " + root_.string() + ": " + ec.message()};
    return {};
}

std::size_t SessionStore::remove_stale_temp_files() const {
    std::size_t removed = heartflow::remove_stale_temp_files(root_);
    std::error_code ec;
    for (fs::directory_iterator it(root_, ec), end; !ec && it != end; it.increment(ec))
        if (it->is_directory(ec) && !it->is_symlink(ec))
            removed += heartflow::remove_stale_temp_files(it->path());
    return removed;
}

} // namespace heartflow

// Atomic file replacement with POSIX calls: mkstemp, write, fsync, rename, fsync(dir).
#include "heartflow/atomic_file.h"

#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace heartflow {

namespace {

std::string reason(const std::filesystem::path& path, const char* what, int error) {
    return "could not save " + path.string() + ": " + what + " failed: " + std::strerror(error) +
           "; the file on disk is unchanged";
}

bool write_all(int fd, std::string_view bytes) {
    while (!bytes.empty()) {
        ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

void sync_folder(const std::filesystem::path& folder) {
    int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return;
    ::fsync(fd); // some filesystems refuse fsync on folders; the rename is done either way
    ::close(fd);
}

} // namespace

WriteStatus write_file_atomically(const std::filesystem::path& path, std::string_view bytes,
                                  FilePrivacy privacy) {
    std::filesystem::path folder =
        path.parent_path().empty() ? std::filesystem::path(".") : path.parent_path();
    remove_stale_temp_files(folder, path.filename().string());
    std::string temp =
        (folder / (std::string(kTempFilePrefix) + path.filename().string() + ".XXXXXX")).string();
    int fd = ::mkstemp(temp.data());
    if (fd < 0) return {false, reason(path, "creating a temporary file", errno)};
    auto fail = [&](const char* what) {
        int error = errno;
        if (fd >= 0) ::close(fd);
        ::unlink(temp.c_str());
        return WriteStatus{false, reason(path, what, error)};
    };
    mode_t mode = 0600;
    if (privacy == FilePrivacy::shared) {
        struct stat existing {};
        mode = ::stat(path.c_str(), &existing) == 0 ? (existing.st_mode & 07777) : 0644;
    }
    if (::fchmod(fd, mode) != 0) return fail("setting permissions");
    if (!write_all(fd, bytes)) return fail("writing");
    if (::fsync(fd) != 0) return fail("flushing to disk");
    int closing = ::close(fd);
    fd = -1;
    if (closing != 0) return fail("closing");
    if (::rename(temp.c_str(), path.c_str()) != 0) return fail("replacing the file");
    sync_folder(folder);
    return {};
}

WriteStatus make_private_folder(const std::filesystem::path& folder) {
    auto failed = [&](const char* what, int error) {
        return WriteStatus{false, "could not " + std::string(what) + " " + folder.string() + ": " +
                                      std::strerror(error)};
    };
    std::filesystem::path parent = folder.parent_path();
    if (!parent.empty() && parent != folder && ::access(parent.c_str(), F_OK) != 0) {
        if (WriteStatus made = make_private_folder(parent); !made.ok) return made;
    }
    // mkdir's mode is masked by the umask, so the folder is made 0700 and then set to exactly
    // 0700: it is never more open than that, even for a moment.
    if (::mkdir(folder.c_str(), 0700) != 0 && errno != EEXIST) return failed("create", errno);
    struct stat st {};
    if (::stat(folder.c_str(), &st) != 0) return failed("create", errno);
    if (!S_ISDIR(st.st_mode)) return failed("create", ENOTDIR);
    if ((st.st_mode & 07777) != 0700 && ::chmod(folder.c_str(), 0700) != 0)
        return failed("make private", errno);
    return {};
}

std::size_t remove_stale_temp_files(const std::filesystem::path& folder, std::string_view target) {
    std::size_t removed = 0;
    std::error_code ec;
    auto now = std::filesystem::file_time_type::clock::now();
    std::string prefix(kTempFilePrefix);
    if (!target.empty()) prefix.append(target).push_back('.');
    for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
        if (entry.path().filename().string().rfind(prefix, 0) != 0) continue;
        auto age = now - entry.last_write_time(ec);
        if (ec || age < std::chrono::seconds(10)) continue; // a save may be in progress
        if (std::filesystem::remove(entry.path(), ec)) ++removed;
    }
    return removed;
}

} // namespace heartflow

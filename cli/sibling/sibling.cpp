// Finding and running sibling executables.
#include "sibling.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <tuple>

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace heartflow::cli {

namespace {

// argv for exec: `program`, then `args`, then a null pointer; valid while `args` lives.
std::vector<char*> make_argv(const std::filesystem::path& program,
                             const std::vector<std::string>& args) {
    std::vector<char*> argv;
    argv.push_back(const_cast<char*>(program.c_str()));
    for (const std::string& a : args)
        argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    return argv;
}

// A pipe whose ends close on exec; the child gets its end through dup2, which clears that flag.
struct Pipe {
    int read = -1;
    int write = -1;
    Pipe() {
        int fds[2];
        if (::pipe2(fds, O_CLOEXEC) == 0) {
            read = fds[0];
            write = fds[1];
        }
    }
    ~Pipe() {
        close_read();
        close_write();
    }
    Pipe(const Pipe&) = delete;
    Pipe& operator=(const Pipe&) = delete;
    [[nodiscard]] bool ok() const { return read >= 0; }
    void close_read() { close_fd(read); }
    void close_write() { close_fd(write); }
    static void close_fd(int& fd) {
        if (fd >= 0) ::close(fd);
        fd = -1;
    }
};

// Feeds `input` to `to_child` and drains `from_out` and `from_err` until both reach end of file.
void exchange(std::string_view input, Pipe& to_child, Pipe& from_out, Pipe& from_err,
              ChildResult& result) {
    // A child that exits before reading all its input must not kill this process with SIGPIPE.
    struct sigaction ignore = {};
    struct sigaction previous = {};
    ignore.sa_handler = SIG_IGN;
    ::sigaction(SIGPIPE, &ignore, &previous);
    std::size_t written = 0;
    if (input.empty()) to_child.close_write();
    char buffer[65536];
    while (from_out.read >= 0 || from_err.read >= 0) {
        pollfd fds[3] = {
            {to_child.write, POLLOUT, 0}, {from_out.read, POLLIN, 0}, {from_err.read, POLLIN, 0}};
        if (::poll(fds, 3, -1) < 0) {
            if (errno == EINTR) continue;
            break;
        }
        if (fds[0].revents) {
            ssize_t n = ::write(to_child.write, input.data() + written, input.size() - written);
            if (n > 0) written += static_cast<std::size_t>(n);
            if (n < 0 && errno != EINTR && errno != EAGAIN) written = input.size();
            if (written == input.size()) to_child.close_write();
        }
        for (auto [index, pipe, text] :
             {std::tuple{1, &from_out, &result.out}, std::tuple{2, &from_err, &result.err}}) {
            if (!fds[index].revents) continue;
            ssize_t n = ::read(pipe->read, buffer, sizeof buffer);
            if (n > 0)
                text->append(buffer, static_cast<std::size_t>(n));
            else if (n == 0 || errno != EINTR)
                pipe->close_read();
        }
    }
    to_child.close_write();
    ::sigaction(SIGPIPE, &previous, nullptr);
}

// The folder of the running binary; empty when /proc cannot say.
std::filesystem::path own_folder() {
    std::error_code error;
    const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", error);
    return error ? std::filesystem::path() : self.parent_path();
}

} // namespace

std::optional<std::filesystem::path> sibling_executable(std::string_view name) {
    std::error_code error;
    const std::filesystem::path folder = own_folder();
    if (folder.empty()) return std::nullopt;
    std::filesystem::path sibling = folder / name;
    if (!std::filesystem::is_regular_file(sibling, error) || ::access(sibling.c_str(), X_OK) != 0)
        return std::nullopt;
    return sibling;
}

std::filesystem::path installed_flows_dir() {
    const std::filesystem::path folder = own_folder();
    return folder.empty()
               ? folder
               : (folder.parent_path() / "share" / "heartflow" / "flows").lexically_normal();
}

std::string exec_program(const std::filesystem::path& program,
                         const std::vector<std::string>& args) {
    std::vector<char*> argv = make_argv(program, args);
    std::fflush(nullptr);
    ::execv(program.c_str(), argv.data());
    return std::strerror(errno);
}

ChildResult run_program(const std::filesystem::path& program, const std::vector<std::string>& args,
                        std::string_view input) {
    ChildResult result;
    Pipe to_child, from_out, from_err;
    if (!to_child.ok() || !from_out.ok() || !from_err.ok()) {
        result.err = std::strerror(errno);
        return result;
    }
    posix_spawn_file_actions_t actions;
    ::posix_spawn_file_actions_init(&actions);
    ::posix_spawn_file_actions_adddup2(&actions, to_child.read, STDIN_FILENO);
    ::posix_spawn_file_actions_adddup2(&actions, from_out.write, STDOUT_FILENO);
    ::posix_spawn_file_actions_adddup2(&actions, from_err.write, STDERR_FILENO);
    std::vector<char*> argv = make_argv(program, args);
    pid_t pid = 0;
    const int spawned =
        ::posix_spawn(&pid, program.c_str(), &actions, nullptr, argv.data(), environ);
    ::posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        result.err = std::strerror(spawned);
        return result;
    }
    to_child.close_read();
    ::fcntl(to_child.write, F_SETFL, O_NONBLOCK); // never block on a child busy writing
    from_out.close_write();
    from_err.close_write();
    exchange(input, to_child, from_out, from_err, result);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (WIFEXITED(status)) result.exit_code = WEXITSTATUS(status);
    return result;
}

} // namespace heartflow::cli

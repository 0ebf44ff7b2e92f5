/* LD_PRELOAD shim that makes one file operation of heartflow's atomic saves fail, for
 * fault_injection.sh and the player's save test. Only the temporary files of atomic saves
 * (".heartflow-tmp-*") are touched, so a windowed program's other pipes and sockets still work.
 * HEARTFLOW_FAULT names it: write (every write), short-write (the first write stores half its
 * bytes, the next fails), fsync, or rename. HEARTFLOW_FAULT_ERRNO is ENOSPC (default) or EIO. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char* const kTempMark = "/.heartflow-tmp-";

/* True when fd is open on a temporary file of an atomic save. */
static int is_temp_file(int fd) {
    char link[64], target[4096];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    ssize_t n = readlink(link, target, sizeof target - 1);
    if (n <= 0) return 0;
    target[n] = 0;
    return strstr(target, kTempMark) != NULL;
}

static int fault_is(const char* name) {
    const char* fault = getenv("HEARTFLOW_FAULT");
    return fault && strcmp(fault, name) == 0;
}

static int fault_errno(void) {
    const char* e = getenv("HEARTFLOW_FAULT_ERRNO");
    return e && strcmp(e, "EIO") == 0 ? EIO : ENOSPC;
}

ssize_t write(int fd, const void* buf, size_t count) {
    static ssize_t (*real_write)(int, const void*, size_t);
    static int writes;
    if (!real_write) real_write = (ssize_t (*)(int, const void*, size_t))dlsym(RTLD_NEXT, "write");
    if (fault_is("write") && is_temp_file(fd)) {
        errno = fault_errno();
        return -1;
    }
    if (fault_is("short-write") && count > 1 && is_temp_file(fd)) {
        if (writes++ == 0) return real_write(fd, buf, count / 2);
        errno = fault_errno();
        return -1;
    }
    return real_write(fd, buf, count);
}

int fsync(int fd) {
    static int (*real_fsync)(int);
    if (!real_fsync) real_fsync = (int (*)(int))dlsym(RTLD_NEXT, "fsync");
    if (fault_is("fsync") && is_temp_file(fd)) {
        errno = fault_errno();
        return -1;
    }
    return real_fsync(fd);
}

int rename(const char* from, const char* to) {
    static int (*real_rename)(const char*, const char*);
    if (!real_rename) real_rename = (int (*)(const char*, const char*))dlsym(RTLD_NEXT, "rename");
    if (fault_is("rename") && strstr(from, kTempMark)) {
        errno = fault_errno();
        return -1;
    }
    return real_rename(from, to);
}

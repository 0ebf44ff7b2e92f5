// Recovery copies.
#include "edit/recovery.h"

#include "heartflow/atomic_file.h"
#include "heartflow/loader.h"
#include "heartflow/session_store.h"
#include "heartflow/writer.h"

#include <cstdio>
#include <functional>

namespace heartflow::editor {

namespace fs = std::filesystem;

fs::path recovery_folder() {
    return default_data_dir() / "recovery";
}

std::string prepare_recovery_folder() {
    const fs::path folder = recovery_folder();
    std::error_code ec;
    fs::create_directories(folder, ec);
    if (ec) return "could not create " + folder.string() + ": " + ec.message();
    for (const fs::path& dir : {folder.parent_path(), folder}) {
        fs::permissions(dir, fs::perms::owner_all, fs::perm_options::replace, ec);
        if (ec) return "could not make " + dir.string() + " private: " + ec.message();
    }
    remove_stale_temp_files(folder);
    return "";
}

fs::path recovery_path(const fs::path& flow_file) {
    if (flow_file.empty()) return recovery_folder() / "untitled.toml";
    std::error_code ec;
    fs::path absolute = fs::weakly_canonical(flow_file, ec);
    if (ec) absolute = fs::absolute(flow_file, ec);
    char hash[24];
    std::snprintf(hash, sizeof hash, "%016zx", std::hash<std::string>{}(absolute.string()));
    return recovery_folder() / (flow_file.stem().string() + "-" + hash + ".toml");
}

std::optional<RecoveredFlow> read_recovery(const fs::path& flow_file) {
    const fs::path path = recovery_path(flow_file);
    std::error_code ec;
    if (!fs::is_regular_file(path, ec)) return std::nullopt;
    auto bytes = read_flow_bytes(path);
    auto* text = std::get_if<std::string>(&bytes);
    if (!text) return std::nullopt;
    ParseResult parsed = parse_flow(*text);
    if (!parsed.flow) return std::nullopt;
    return RecoveredFlow{std::move(*parsed.flow), fs::last_write_time(path, ec)};
}

void remove_recovery(const fs::path& flow_file) {
    std::error_code ec;
    fs::remove(recovery_path(flow_file), ec);
}

std::string Autosaver::tick(Document& doc, const fs::path& flow_file, double now) {
    std::string failed;
    if (job_ && job_->done()) {
        failed = job_->take();
        if (failed.empty()) written_revision_ = job_revision_;
        job_.reset();
    }
    if (!doc.dirty()) {
        if (wrote_any_ && !job_) discard(flow_file);
        return failed;
    }
    if (job_ || doc.revision() == written_revision_ || now - last_write_ < kAutosaveSeconds)
        return failed;
    if (std::string made = prepare_recovery_folder(); !made.empty()) {
        last_write_ = now;
        return "Could not keep a recovery copy: " + made;
    }
    std::shared_ptr<const Flow> flow = doc.share();
    const fs::path path = recovery_path(flow_file);
    const std::string header =
        "# heartflow editor recovery copy of: " +
        (flow_file.empty() ? std::string("(untitled)") : flow_file.string()) + "\n";
    job_revision_ = doc.revision();
    last_write_ = now;
    wrote_any_ = true;
    job_ = std::make_unique<BackgroundJob<std::string>>([flow, path,
                                                         header](const std::atomic<bool>&) {
        WriteStatus status =
            write_file_atomically(path, header + write_flow(*flow), FilePrivacy::owner_only);
        return status.ok ? std::string() : "Could not write the recovery copy: " + status.message;
    });
    return failed;
}

void Autosaver::finish() {
    if (!job_) return;
    (void)job_->take();
    job_.reset();
}

void Autosaver::discard(const fs::path& flow_file) {
    finish();
    remove_recovery(flow_file);
    written_revision_ = ~std::uint64_t{0};
    wrote_any_ = false;
}

} // namespace heartflow::editor

// Recovery copies.
#include "edit/recovery.h"

#include "heartflow/atomic_file.h"
#include "heartflow/loader.h"
#include "heartflow/writer.h"

#include <cstdio>
#include <cstdlib>
#include <functional>

namespace heartflow::editor {

namespace {

std::filesystem::path recovery_folder() {
    if (const char* data = std::getenv("XDG_DATA_HOME"); data && *data)
        return std::filesystem::path(data) / "heartflow" / "recovery";
    const char* home = std::getenv("HOME");
    return std::filesystem::path(home ? home : ".") / ".local" / "share" / "heartflow" / "recovery";
}

} // namespace

std::filesystem::path recovery_path(const std::filesystem::path& flow_file) {
    if (flow_file.empty()) return recovery_folder() / "untitled.toml";
    std::error_code ec;
    std::filesystem::path absolute = std::filesystem::weakly_canonical(flow_file, ec);
    if (ec) absolute = std::filesystem::absolute(flow_file);
    char hash[24];
    std::snprintf(hash, sizeof hash, "%016zx", std::hash<std::string>{}(absolute.string()));
    return recovery_folder() / (flow_file.stem().string() + "-" + hash + ".toml");
}

std::optional<RecoveredFlow> read_recovery(const std::filesystem::path& flow_file) {
    const std::filesystem::path path = recovery_path(flow_file);
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) return std::nullopt;
    auto bytes = read_flow_bytes(path);
    auto* text = std::get_if<std::string>(&bytes);
    if (!text) return std::nullopt;
    ParseResult parsed = parse_flow(*text);
    if (!parsed.flow) return std::nullopt;
    return RecoveredFlow{std::move(*parsed.flow), std::filesystem::last_write_time(path, ec)};
}

std::string Autosaver::tick(Document& doc, const std::filesystem::path& flow_file, double now) {
    if (!doc.dirty() || doc.revision() == written_revision_ || now - last_write_ < kAutosaveSeconds) return "";
    const std::filesystem::path path = recovery_path(flow_file);
    std::error_code ec;
    std::filesystem::create_directories(path.parent_path(), ec);
    const std::string header = "# heartflow editor recovery copy of: " +
                               (flow_file.empty() ? std::string("(untitled)") : flow_file.string()) + "\n";
    WriteStatus status = write_file_atomically(path, header + write_flow(doc.flow()), FilePrivacy::owner_only);
    last_write_ = now;
    if (!status.ok) return "Could not write the recovery copy: " + status.message;
    written_revision_ = doc.revision();
    return "";
}

void Autosaver::discard(const std::filesystem::path& flow_file) {
    std::error_code ec;
    std::filesystem::remove(recovery_path(flow_file), ec);
    written_revision_ = ~std::uint64_t{0};
}

} // namespace heartflow::editor

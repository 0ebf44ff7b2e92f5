// The saveable form of a session, by node id (so it survives edits of the flow), and its codec.
#pragma once

#include "heartflow/value.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace heartflow {

/// Version of the session save format written now. Bump when a field is added or its meaning
/// changes; readers accept [kMinCompatibleSessionVersion, kSessionSaveVersion].
/// Version 2 adds `[visits]`, the visit counts that expressions read. Version 3 adds a step's
/// `flow` (the file of a flow a detour or handover opened) and "file.toml:" before the names of
/// that flow's variables, visits and journal entries. Version 4 adds `[ratings]` and `[picks]`,
/// the answers given at scale and pick steps (flow format 2).
inline constexpr int kSessionSaveVersion = 4;
/// Oldest session save format this build can still read. Bump only when a change makes older
/// saves unreadable (and then say so in docs/).
inline constexpr int kMinCompatibleSessionVersion = 1;

/// Where a walk stands.
enum class SessionStatus { not_started, at_node, finished };

/// One saved step: node id, time entered, the choice index it was left by (if any) and the flow.
struct SnapshotStep {
    std::string node;                   ///< Node id.
    std::int64_t entered_at_ms = 0;     ///< ms since the Unix epoch.
    std::optional<std::size_t> left_by; ///< Choice index; empty for Continue or not left.
    std::string flow = {}; ///< File of the flow it is in, when a detour or handover opened it.
    friend bool operator==(const SnapshotStep&, const SnapshotStep&) = default;
};

/// A whole session, as saved.
struct SessionSnapshot {
    std::string flow_id;                                       ///< [flow] id it walks.
    SessionStatus status = SessionStatus::not_started;         ///< Where the walk stood.
    std::vector<SnapshotStep> path;                            ///< Steps, first to current.
    std::vector<std::pair<std::string, Value>> variables;      ///< Name and value.
    std::vector<std::pair<std::string, std::int64_t>> visits;  ///< Counted step id and visits.
    std::vector<std::pair<std::string, std::string>> journal;  ///< Node id and text.
    std::vector<std::pair<std::string, std::int64_t>> ratings; ///< Scale step id and rating.
    std::vector<std::pair<std::string, std::vector<std::string>>>
        picks; ///< Pick step id and the options picked there, by their words.
    std::optional<int> check_in_before; ///< 0..10, if given.
    std::optional<int> check_in_after;  ///< 0..10, if given.
    std::int64_t started_at_ms = 0;     ///< ms since the Unix epoch.
    friend bool operator==(const SessionSnapshot&, const SessionSnapshot&) = default;
};

/// Encodes a snapshot as a small versioned TOML document.
[[nodiscard]] std::string encode_session(const SessionSnapshot& snapshot);

/// Decodes a snapshot; on failure returns a sentence saying what is wrong (never throws).
[[nodiscard]] std::variant<SessionSnapshot, std::string> decode_session(std::string_view text);

} // namespace heartflow

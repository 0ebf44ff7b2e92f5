// Encoding and decoding session snapshots as a small versioned TOML document.
#include "heartflow/session_snapshot.h"

#include "input_guard.h"
#include "toml_reader.h"
#include "toml_text.h"

namespace heartflow {

namespace {

const char* status_name(SessionStatus s) {
    switch (s) {
    case SessionStatus::not_started:
        return "not_started";
    case SessionStatus::at_node:
        return "at_node";
    case SessionStatus::finished:
        return "finished";
    }
    return "not_started";
}

std::optional<SessionStatus> parse_status(std::string_view s) {
    for (auto st : {SessionStatus::not_started, SessionStatus::at_node, SessionStatus::finished})
        if (s == status_name(st)) return st;
    return std::nullopt;
}

std::string value_text(const Value& v) {
    if (auto s = std::get_if<std::string>(&v)) return toml_text(*s);
    return to_display_string(v);
}

std::optional<int> rating(const toml::table& t, std::string_view key) {
    auto v = t[key].value<std::int64_t>();
    if (!v || *v < 0 || *v > 10) return std::nullopt;
    return static_cast<int>(*v);
}

// `[ratings]` and `[picks]` (version 4); a value of the wrong type is left out.
void read_answers(const toml::table& root, SessionSnapshot& s) {
    if (auto ratings = root["ratings"].as_table())
        for (const auto& [key, value] : entries_in_file_order(*ratings))
            if (auto r = value->as_integer())
                s.ratings.emplace_back(std::string(key->str()), r->get());
    auto picks = root["picks"].as_table();
    if (!picks) return;
    for (const auto& [key, value] : entries_in_file_order(*picks)) {
        const toml::array* items = value->as_array();
        if (!items) continue;
        std::vector<std::string> words;
        for (const toml::node& item : *items)
            if (auto w = item.as_string()) words.push_back(w->get());
        s.picks.emplace_back(std::string(key->str()), std::move(words));
    }
}

} // namespace

std::string encode_session(const SessionSnapshot& s) {
    std::string out = "# heartflow session: private. Written by heartflow; edit with care.\n";
    out += "version = " + std::to_string(kSessionSaveVersion) + "\n";
    out += "flow = " + toml_string(s.flow_id) + "\n";
    out += "status = " + toml_string(status_name(s.status)) + "\n";
    out += "started_at_ms = " + std::to_string(s.started_at_ms) + "\n";
    if (s.check_in_before) out += "check_in_before = " + std::to_string(*s.check_in_before) + "\n";
    if (s.check_in_after) out += "check_in_after = " + std::to_string(*s.check_in_after) + "\n";
    out += "\n[vars]\n";
    for (const auto& [name, value] : s.variables)
        out += toml_key(name) + " = " + value_text(value) + "\n";
    if (!s.visits.empty()) out += "\n[visits]\n";
    for (const auto& [node, count] : s.visits)
        out += toml_key(node) + " = " + std::to_string(count) + "\n";
    out += "\n[journal]\n";
    for (const auto& [node, text] : s.journal)
        out += toml_key(node) + " = " + toml_text(text) + "\n";
    if (!s.ratings.empty()) out += "\n[ratings]\n";
    for (const auto& [node, rating] : s.ratings)
        out += toml_key(node) + " = " + std::to_string(rating) + "\n";
    if (!s.picks.empty()) out += "\n[picks]\n";
    for (const auto& [node, items] : s.picks) {
        std::string list;
        for (const std::string& item : items)
            list += (list.empty() ? "" : ", ") + toml_string(item);
        out += toml_key(node) + " = [" + list + "]\n";
    }
    for (const SnapshotStep& step : s.path) {
        out += "\n[[step]]\nnode = " + toml_string(step.node) +
               "\nat_ms = " + std::to_string(step.entered_at_ms) + "\n";
        if (step.left_by) out += "left_by = " + std::to_string(*step.left_by) + "\n";
        if (!step.flow.empty()) out += "flow = " + toml_string(step.flow) + "\n";
    }
    return out;
}

std::variant<SessionSnapshot, std::string> decode_session(std::string_view text) {
    std::string escaped;
    if (auto guard = guard_for_parser(text, escaped); guard.problem)
        return "the saved session is damaged (line " +
               std::to_string(guard.problem->range.begin.line) + ": " + guard.problem->message +
               ")";
    toml::table root;
    try {
        root = toml::parse(text);
    } catch (const toml::parse_error& e) {
        return "the saved session is damaged (line " + std::to_string(e.source().begin.line) +
               ": " + std::string(e.description()) + ")";
    } catch (const std::exception& e) {
        return std::string("the saved session could not be read: ") + e.what();
    }
    auto version = root["version"].value<std::int64_t>();
    if (!version) return std::string("the saved session has no version");
    if (*version > kSessionSaveVersion)
        return "the saved session was written by a newer heartflow (format " +
               std::to_string(*version) + ")";
    if (*version < kMinCompatibleSessionVersion)
        return "the saved session is too old to read (format " + std::to_string(*version) + ")";
    SessionSnapshot s;
    s.flow_id = root["flow"].value_or(std::string{});
    auto status = parse_status(root["status"].value_or(std::string{}));
    if (!status) return std::string("the saved session has an unknown status");
    s.status = *status;
    s.started_at_ms = root["started_at_ms"].value_or(std::int64_t{0});
    s.check_in_before = rating(root, "check_in_before");
    s.check_in_after = rating(root, "check_in_after");
    if (auto vars = root["vars"].as_table())
        for (const auto& [key, value] : entries_in_file_order(*vars)) {
            std::string name(key->str());
            if (auto v = value->as_string())
                s.variables.emplace_back(name, v->get());
            else if (auto i = value->as_integer())
                s.variables.emplace_back(name, i->get());
            else if (auto b = value->as_boolean())
                s.variables.emplace_back(name, b->get());
        }
    if (auto visits = root["visits"].as_table())
        for (const auto& [key, value] : entries_in_file_order(*visits))
            if (auto count = value->as_integer(); count && count->get() >= 0)
                s.visits.emplace_back(std::string(key->str()), count->get());
    if (auto journal = root["journal"].as_table())
        for (const auto& [key, value] : entries_in_file_order(*journal))
            if (auto t = value->as_string())
                s.journal.emplace_back(std::string(key->str()), t->get());
    read_answers(root, s);
    if (auto steps = root["step"].as_array())
        for (const toml::node& n : *steps) {
            const toml::table* t = n.as_table();
            if (!t) return std::string("the saved session has a damaged step");
            SnapshotStep step;
            step.node = (*t)["node"].value_or(std::string{});
            step.entered_at_ms = (*t)["at_ms"].value_or(std::int64_t{0});
            if (auto by = (*t)["left_by"].value<std::int64_t>(); by && *by >= 0)
                step.left_by = static_cast<std::size_t>(*by);
            step.flow = (*t)["flow"].value_or(std::string{});
            s.path.push_back(std::move(step));
        }
    return s;
}

} // namespace heartflow

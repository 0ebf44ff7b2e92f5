// Typed, located reads from toml++ tables.
#include "toml_reader.h"

#include <algorithm>

namespace heartflow {

SourceRange range_of(const toml::source_region& region) {
    return {{static_cast<std::uint32_t>(region.begin.line),
             static_cast<std::uint32_t>(region.begin.column)},
            {static_cast<std::uint32_t>(region.end.line),
             static_cast<std::uint32_t>(region.end.column)}};
}

const char* toml_type_phrase(const toml::node& node) {
    switch (node.type()) {
    case toml::node_type::string:
        return "a string";
    case toml::node_type::integer:
        return "an integer";
    case toml::node_type::floating_point:
        return "a decimal number";
    case toml::node_type::boolean:
        return "true/false";
    case toml::node_type::array:
        return "an array";
    case toml::node_type::table:
        return "a table";
    case toml::node_type::date:
        return "a date";
    case toml::node_type::time:
        return "a time";
    case toml::node_type::date_time:
        return "a date-time";
    default:
        return "nothing";
    }
}

std::vector<std::pair<const toml::key*, const toml::node*>>
entries_in_file_order(const toml::table& table) {
    std::vector<std::pair<const toml::key*, const toml::node*>> entries;
    entries.reserve(table.size());
    for (const auto& [key, value] : table)
        entries.emplace_back(&key, &value);
    std::stable_sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
        const auto& pa = a.first->source().begin;
        const auto& pb = b.first->source().begin;
        return pa.line != pb.line ? pa.line < pb.line : pa.column < pb.column;
    });
    return entries;
}

namespace {
std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
            diagonal = up;
        }
    }
    return row[b.size()];
}
} // namespace

std::string_view closest_match(std::string_view word,
                               std::initializer_list<std::string_view> candidates) {
    if (word.size() > 64) return {};
    std::string_view best;
    std::size_t best_distance = word.size() <= 4 ? 1 : 2;
    for (std::string_view c : candidates) {
        std::size_t d = edit_distance(word, c);
        if (d <= best_distance && (best.empty() || d < best_distance)) {
            best = c;
            best_distance = d;
        }
    }
    return best;
}

SourceRange ReadContext::range(const toml::source_region& region) const {
    SourceRange r = range_of(region);
    if (r.begin.line) r.begin.line += line_offset;
    if (r.end.line) r.end.line += line_offset;
    return r;
}

void ReadContext::report(DiagCode code, std::string message, SourceRange where) const {
    out.push_back(make_diagnostic(code, std::move(message), where));
}

TomlReader::TomlReader(const toml::table& table, std::string where, const ReadContext& context)
    : table_(table), where_(std::move(where)), context_(context) {
    entries_complete_ = table.size() <= kEntriesKept;
    if (!entries_complete_) return;
    for (const auto& [key, value] : table)
        entries_[entry_count_++] = Entry{key.str(), &value};
}

const toml::node* TomlReader::get(std::string_view key) const {
    if (!entries_complete_) return table_.get(key);
    for (std::size_t i = 0; i < entry_count_; ++i) {
        const std::string_view k = entries_[i].key;
        if (k.size() == key.size() && (k.empty() || k[0] == key[0]) && k == key)
            return entries_[i].value;
    }
    return nullptr;
}

SourceRange TomlReader::value_range(std::string_view key) const {
    const toml::node* n = get(key);
    return n ? context_.range(n->source()) : table_range();
}

void TomlReader::report(DiagCode code, std::string_view key, std::string message) {
    context_.report(code, std::move(message), value_range(key));
}

void TomlReader::wrong_type(std::string_view key, const char* expected) {
    report(DiagCode::wrong_type, key,
           where_ + " '" + std::string(key) + "' must be " + expected + ", not " +
               toml_type_phrase(*get(key)));
}

void TomlReader::warn_unknown_keys(std::initializer_list<std::string_view> known) {
    auto is_known = [&](std::string_view k) {
        for (std::string_view name : known)
            if (name.size() == k.size() && name[0] == k[0] && name == k) return true;
        return false;
    };
    if (entries_complete_ && std::all_of(entries_.begin(), entries_.begin() + entry_count_,
                                         [&](const Entry& e) { return is_known(e.key); }))
        return;
    for (const auto& [key, value] : table_) {
        std::string_view k = key.str();
        if (is_known(k)) continue;
        std::string message = "unknown key '" + std::string(k) + "' in " + where_;
        if (auto near = closest_match(k, known); !near.empty())
            message += "; did you mean '" + std::string(near) + "'?";
        else
            message += " (it is ignored)";
        context_.report(DiagCode::unknown_key, std::move(message), context_.range(key.source()));
    }
}

std::optional<std::string> TomlReader::string(std::string_view key, bool required) {
    const toml::node* n = get(key);
    if (!n) {
        if (required)
            context_.report(DiagCode::missing_key, where_ + " needs '" + std::string(key) + "'",
                            table_range());
        return std::nullopt;
    }
    if (auto s = n->as_string()) return s->get();
    wrong_type(key, "a string");
    return std::nullopt;
}

std::optional<std::int64_t> TomlReader::integer(std::string_view key) {
    const toml::node* n = get(key);
    if (!n) return std::nullopt;
    if (auto i = n->as_integer()) return i->get();
    wrong_type(key, "a whole number");
    return std::nullopt;
}

std::optional<double> TomlReader::number(std::string_view key) {
    const toml::node* n = get(key);
    if (!n) return std::nullopt;
    if (auto i = n->as_integer()) return static_cast<double>(i->get());
    if (auto f = n->as_floating_point()) return f->get();
    wrong_type(key, "a number");
    return std::nullopt;
}

const toml::table* TomlReader::table(std::string_view key) {
    const toml::node* n = get(key);
    if (!n) return nullptr;
    if (auto t = n->as_table()) return t;
    wrong_type(key, "a table");
    return nullptr;
}

const toml::array* TomlReader::array(std::string_view key) {
    const toml::node* n = get(key);
    if (!n) return nullptr;
    if (auto a = n->as_array()) return a;
    wrong_type(key, "an array");
    return nullptr;
}

const toml::array* TomlReader::array_of_tables(std::string_view key) {
    const toml::array* a = array(key);
    if (a && !a->is_array_of_tables() && !a->empty()) {
        report(DiagCode::wrong_type, key,
               where_ + " '" + std::string(key) + "' must be tables, each written [[" +
                   std::string(key) + "]]");
        return nullptr;
    }
    return a;
}

} // namespace heartflow

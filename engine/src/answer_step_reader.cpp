// Reading scale and pick steps' keys, and tests' ratings and picks.
#include "answer_step_reader.h"

namespace heartflow {

namespace {

// `options`: an array of strings; a wrong item is reported and the list read as empty.
std::vector<std::string> read_options(TomlReader& r) {
    const toml::array* a = r.array("options");
    if (!a) return {};
    std::vector<std::string> items;
    for (const toml::node& item : *a) {
        auto s = item.as_string();
        if (!s) {
            r.report(DiagCode::wrong_type, "options",
                     "options must be a list of words in quotes: [\"tired\", \"alone\"]");
            return {};
        }
        items.push_back(s->get());
    }
    return items;
}

} // namespace

void read_answer_fields(TomlReader& r, Node& n) {
    n.into = r.string("into").value_or("");
    n.into_range = r.value_range("into");
    n.scale_min = r.integer("min");
    n.min_range = r.value_range("min");
    n.scale_max = r.integer("max");
    n.max_range = r.value_range("max");
    n.low = r.string("low").value_or("");
    n.low_range = r.value_range("low");
    n.high = r.string("high").value_or("");
    n.high_range = r.value_range("high");
    n.check_in = r.string("check_in").value_or("");
    n.check_in_range = r.value_range("check_in");
    n.options = read_options(r);
    n.options_range = r.value_range("options");
}

void read_answer_tests(TomlReader& r, const ReadContext& ctx, FlowTest& test) {
    if (const toml::table* ratings = r.table("ratings"))
        for (const auto& [key, value] : entries_in_file_order(*ratings)) {
            if (auto i = value->as_integer())
                test.ratings.push_back(
                    {NodeId{std::string(key->str())}, i->get(), ctx.range(key->source())});
            else
                ctx.report(DiagCode::wrong_type, "a rating must be a whole number",
                           ctx.range(value->source()));
        }
    const toml::table* picks = r.table("picks");
    if (!picks) return;
    for (const auto& [key, value] : entries_in_file_order(*picks)) {
        TestPicks p{NodeId{std::string(key->str())}, {}, ctx.range(key->source())};
        const toml::array* items = value->as_array();
        bool ok = items != nullptr;
        for (std::size_t i = 0; ok && i < items->size(); ++i) {
            auto s = (*items)[i].as_string();
            ok = s != nullptr;
            if (ok) p.items.push_back(s->get());
        }
        if (ok)
            test.picks.push_back(std::move(p));
        else
            ctx.report(DiagCode::wrong_type,
                       "picks must be a list of the options' words: [\"tired\"] (or [] for none)",
                       ctx.range(value->source()));
    }
}

} // namespace heartflow

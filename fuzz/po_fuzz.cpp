// Fuzz target: any bytes read as a PO file or as located errors; a file that reads writes and
// reads back to the same entries; its Plural-Forms rule gives forms within its count; applied to
// a small flow with plurals, a translation loads or is refused, and the translated words render.
// The same bytes are also read as a Plural-Forms value alone.
#include "fuzz_check.h"

#include <heartflow/loader.h>
#include <heartflow/plural_forms.h>
#include <heartflow/po_file.h>
#include <heartflow/session.h>
#include <heartflow/translation.h>
#include <heartflow/validator.h>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <string_view>

namespace {

/// A flow whose texts have a placeholder, a condition and a plural for translations to change.
constexpr std::string_view kFlow = R"([flow]
id = "f"
title = "Fuzz"
start = "a"
format = 2

[vars]
n = 0
word = ""

[[node]]
id = "a"
kind = "question"
text = "{plural n: one|# of them} {word|none} {if n > 2: many|few}"

  [[node.choice]]
  label = "Again {plural n: #|#}"
  goto = "a"
  set = { n = "n + 1", word = "'w'" }

  [[node.choice]]
  label = "Stop at {plural n: #|#}"
  goto = "end"

[[node]]
id = "end"
kind = "ending"
text = "Done after {plural n: one|#}."
)";

/// The flow, loaded once.
const heartflow::Program& program() {
    static const heartflow::LoadedFlow loaded = heartflow::load_flow_text(kFlow);
    FUZZ_CHECK(loaded.ok(), "the fuzz target's own flow loads");
    return *loaded.program;
}

bool same_entries(const heartflow::PoFile& a, const heartflow::PoFile& b) {
    if (a.entries.size() != b.entries.size()) return false;
    for (std::size_t i = 0; i < a.entries.size(); ++i) {
        const heartflow::PoEntry& x = a.entries[i];
        const heartflow::PoEntry& y = b.entries[i];
        if (x.context != y.context || x.id != y.id || x.id_plural != y.id_plural ||
            x.translations != y.translations || x.flags != y.flags ||
            x.extracted_comments != y.extracted_comments || x.references != y.references)
            return false;
    }
    return true;
}

void check_rule(const heartflow::PluralRule& rule) {
    FUZZ_CHECK(rule.count() >= 1 && rule.count() <= heartflow::kMaxPluralForms,
               "nplurals is within 1 to 6");
    for (std::int64_t n :
         {std::int64_t{0}, std::int64_t{1}, std::int64_t{2}, std::int64_t{11}, std::int64_t{1001},
          std::numeric_limits<std::int64_t>::max(), std::numeric_limits<std::int64_t>::min()}) {
        const int form = rule.form(n);
        FUZZ_CHECK(form >= 0 && form < rule.count(), "a form lies within nplurals");
    }
}

// Walks the translated flow a few steps, rendering each text.
void walk(const heartflow::TranslationResult& result) {
    heartflow::ValidationResult checked = heartflow::validate(result.flow);
    if (!checked.program) return;
    heartflow::Session session(checked.program);
    if (session.start() != heartflow::SessionError::ok) return;
    for (int i = 0; i < 4; ++i) {
        (void)session.current_text();
        for (const auto& choice : session.choices())
            (void)choice.label;
        if (session.choose(1) != heartflow::SessionError::ok) return;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    auto plural = heartflow::parse_plural_forms(text);
    if (auto* error = std::get_if<heartflow::PluralFormsError>(&plural))
        FUZZ_CHECK(error->offset <= text.size() && !error->message.empty(),
                   "a Plural-Forms error says what, within the value");
    else
        check_rule(std::get<heartflow::PluralRule>(plural));

    heartflow::PoParse parse = heartflow::parse_po(text);
    const auto lines = static_cast<std::uint32_t>(std::count(text.begin(), text.end(), '\n') + 1);
    for (const heartflow::Diagnostic& d : parse.diagnostics)
        FUZZ_CHECK(d.range.begin.line >= 1 && d.range.begin.line <= lines &&
                       d.range.begin.column >= 1,
                   "every PO error is located in the text");
    if (!parse.file) {
        FUZZ_CHECK(!parse.diagnostics.empty(), "a refused PO text says why");
        return 0;
    }
    const std::string written = heartflow::write_po(*parse.file);
    heartflow::PoParse again = heartflow::parse_po(written);
    if (!again.file) std::fprintf(stderr, "written:\n%s\n", written.c_str());
    FUZZ_CHECK(again.file.has_value(), "a PO file heartflow writes reads back");
    FUZZ_CHECK(same_entries(*parse.file, *again.file), "read(write(po)) has the same entries");
    if (auto rule = heartflow::po_plural_rule(*parse.file)) check_rule(*rule);
    walk(heartflow::translate_flow(program(), *parse.file, "fuzz.po"));
    return 0;
}

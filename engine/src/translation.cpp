// The flow's strings with their stable ids, the PO template, and applying a PO file.
#include "heartflow/translation.h"

#include "heartflow/help_lines.h"
#include "heartflow/text_template.h"
#include "heartflow/version.h"

#include <algorithm>
#include <map>
#include <set>
#include <type_traits>
#include <unordered_map>

namespace heartflow {

namespace {

/// Visits a pick step's options as "step.option.N"; a translation goes into `option_labels`,
/// so expressions keep naming the options by the flow's own words.
template <typename NodeT, typename Visit> void visit_options(NodeT& node, Visit visit) {
    if constexpr (!std::is_const_v<NodeT>)
        if (node.option_labels.size() != node.options.size()) node.option_labels = node.options;
    for (std::size_t i = 0; i < node.options.size(); ++i) {
        auto& words = [&]() -> auto& {
            if constexpr (std::is_const_v<NodeT>)
                return node.options[i];
            else
                return node.option_labels[i];
        }
        ();
        visit(node.id.value + ".option." + std::to_string(i + 1), words, node.options_range,
              node.notes, false);
    }
}

/// Calls `visit(context, text, range, note, is_template)` for each person-facing string of
/// `flow`, in file order; `text` is mutable when `flow` is. Empty strings are passed too.
template <typename FlowT, typename Visit> void visit_strings(FlowT& flow, Visit visit) {
    auto& info = flow.info;
    visit(std::string("[flow].title"), info.title, info.range, std::string(), false);
    visit(std::string("[flow].description"), info.description, info.range, std::string(), false);
    visit(std::string("[flow].summary"), info.summary, info.range, std::string(), false);
    visit(std::string("[flow].suits"), info.suits, info.range, std::string(), false);
    for (std::size_t i = 0; i < info.help_lines.size(); ++i)
        visit("[flow].help_lines." + std::to_string(i + 1), info.help_lines[i].text,
              info.help_lines[i].range, std::string(), false);
    for (auto& node : flow.nodes) {
        if (node.kind == NodeKind::route) continue; // never shown: no one reads its words
        const std::string& id = node.id.value;
        visit(id + ".title", node.title, node.range, node.notes, false);
        visit(id + ".text", node.text, node.text_range, node.notes, true);
        visit(id + ".placeholder", node.placeholder, node.placeholder_range, node.notes, false);
        visit(id + ".low", node.low, node.low_range, node.notes, false);
        visit(id + ".high", node.high, node.high_range, node.notes, false);
        visit_options(node, visit);
        std::map<std::string, int> seen; // choices by the step they lead to
        for (auto& choice : node.choices) {
            int n = ++seen[choice.target.value];
            std::string context = id + ".choice." + choice.target.value;
            if (n > 1) context += "." + std::to_string(n);
            visit(context, choice.label, choice.label_range, node.notes, true);
        }
    }
}

/// 1-based number of the character (code point) at byte `offset` of `text`.
std::size_t character_at(std::string_view text, std::size_t offset) {
    std::size_t count = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++count;
    return count;
}

/// The variables (and visited steps) a text names, or an error sentence when it does not parse;
/// `rule` is the language's plural rule (null for the flow's own words).
std::variant<std::set<std::string>, std::string>
names_in(const std::string& text, const Program& program,
         const std::shared_ptr<const PluralRule>& rule = {}) {
    std::set<std::string> names;
    VariableLookup lookup = [&](std::string_view name) -> std::optional<VariableRef> {
        auto slot = program.variable_slot(name);
        if (!slot) return std::nullopt;
        names.insert(std::string(name));
        return VariableRef{*slot, type_of(program.variables[*slot].initial),
                           program.pick_options(*slot)};
    };
    VisitLookup visits;
    if (program.flow->info.format >= 2)
        visits = [&](std::string_view step) -> std::optional<std::uint32_t> {
            if (!program.find(step)) return std::nullopt;
            names.insert("visits(" + std::string(step) + ")");
            return 0;
        };
    auto parsed = parse_text_template(text, lookup, visits, rule);
    if (auto* error = std::get_if<ExpressionError>(&parsed))
        return error->message + " (character " + std::to_string(character_at(text, error->offset)) +
               ")";
    return names;
}

/// The names as a list for a message: "{feeling}, {boundary}" or "none".
std::string list_names(const std::set<std::string>& names) {
    std::string out;
    for (const std::string& name : names)
        out += (out.empty() ? "{" : ", {") + name + "}";
    return out.empty() ? "none" : out;
}

/// Why a translation cannot stand for `source`, or "" when it can.
std::string translation_problem(const FlowString& source, const std::string& translated,
                                const Program& program,
                                const std::shared_ptr<const PluralRule>& rule) {
    if (source.context.starts_with("[flow].help_lines.") &&
        (translated.size() > kMaxHelpLineBytes || translated.find('\n') != std::string::npos))
        return "a help line must be one line of at most " + std::to_string(kMaxHelpLineBytes) +
               " bytes";
    if (!source.is_template) return {};
    auto want = names_in(source.text, program);
    auto got = names_in(translated, program, rule);
    if (auto* error = std::get_if<std::string>(&got)) return *error;
    if (auto* names = std::get_if<std::set<std::string>>(&want);
        names && *names != std::get<std::set<std::string>>(got))
        return "it names " + list_names(std::get<std::set<std::string>>(got)) +
               " but the flow's words name " + list_names(*names);
    return {};
}

Diagnostic located(DiagCode code, std::string message, SourcePos pos) {
    return make_diagnostic(code, std::move(message), {pos, pos});
}

/// Applies one entry to one string (or says why not), counting what was translated.
class Applier {
public:
    Applier(const Program& program, std::string_view po_name,
            std::shared_ptr<const PluralRule> rule, TranslationResult& result)
        : program_(program), po_name_(po_name), rule_(std::move(rule)), result_(result) {}

    void apply(const FlowString& source, const PoEntry* entry, std::string& text) {
        ++result_.strings;
        const std::string quoted = "'" + source.context + "'";
        if (!entry) return missing(source, "no translation of " + quoted);
        if (entry->id_plural)
            return po(located(DiagCode::translation_stale,
                              quoted + " has no plural forms in the flow; translate it with one "
                                       "msgstr (the words may use {plural n: one|other})",
                              entry->position));
        if (entry->id != source.text)
            return po(located(DiagCode::translation_stale,
                              "stale: the flow's words for " + quoted +
                                  " changed since this was translated; update the file from a new "
                                  "template (msgmerge) and review the entry",
                              entry->position));
        if (entry->fuzzy())
            return po(located(DiagCode::translation_missing,
                              quoted + " is marked fuzzy, so the flow's own words show until a "
                                       "translator reviews it and removes the flag",
                              entry->position));
        const std::string& translated = entry->translations.front();
        if (translated.empty()) return missing(source, quoted + " is not translated yet");
        if (std::string problem = translation_problem(source, translated, program_, rule_);
            !problem.empty()) {
            DiagCode code =
                source.is_template ? DiagCode::translation_placeholders : DiagCode::bad_help_line;
            return po(located(code, "the translation of " + quoted + " is not used: " + problem,
                              entry->msgstr_position));
        }
        text = translated;
        ++result_.translated;
    }

private:
    void missing(const FlowString& source, const std::string& what) {
        result_.flow_diagnostics.push_back(make_diagnostic(
            DiagCode::translation_missing, what + " in " + std::string(po_name_), source.range));
    }
    void po(Diagnostic d) { result_.po_diagnostics.push_back(std::move(d)); }

    const Program& program_;
    std::string_view po_name_;
    std::shared_ptr<const PluralRule> rule_;
    TranslationResult& result_;
};

bool by_position(const Diagnostic& a, const Diagnostic& b) {
    return std::pair(a.range.begin.line, a.range.begin.column) <
           std::pair(b.range.begin.line, b.range.begin.column);
}

} // namespace

std::vector<FlowString> flow_strings(const Flow& flow) {
    std::vector<FlowString> strings;
    visit_strings(flow, [&](std::string context, const std::string& text, SourceRange range,
                            const std::string& note, bool is_template) {
        if (!text.empty()) strings.push_back({std::move(context), text, range, note, is_template});
    });
    return strings;
}

PoFile translation_template(const Flow& flow, std::string_view flow_path) {
    PoFile file;
    PoEntry header;
    header.translator_comments = {
        "Translations of \"" + flow.info.title + "\" (" + std::string(flow_path) + ").",
        "Save as FLOW.LANG.po beside the flow; see docs/translations.md."};
    header.flags = {"fuzzy"};
    header.translations = {"Project-Id-Version: " + flow.info.id +
                           "\n"
                           "Report-Msgid-Bugs-To: \n"
                           "PO-Revision-Date: YEAR-MO-DA HO:MI+ZONE\n"
                           "Last-Translator: FULL NAME <EMAIL@ADDRESS>\n"
                           "Language-Team: LANGUAGE <LL@li.org>\n"
                           "Language: \n"
                           "MIME-Version: 1.0\n"
                           "Content-Type: text/plain; charset=UTF-8\n"
                           "Content-Transfer-Encoding: 8bit\n"
                           "X-Generator: heartflow " +
                           std::string(kVersion) + "\n"};
    file.entries.push_back(std::move(header));
    for (FlowString& s : flow_strings(flow)) {
        PoEntry entry;
        if (!s.note.empty()) entry.extracted_comments.push_back(s.note);
        if (s.is_template && s.text.find('{') != std::string::npos)
            entry.extracted_comments.push_back(
                "Keep each {name} as written; in {if ...: a|b} and {plural ...: a|b} translate "
                "only the words after the colon.");
        entry.references.push_back(std::string(flow_path) + ":" +
                                   std::to_string(s.range.begin.line));
        entry.context = std::move(s.context);
        entry.id = std::move(s.text);
        entry.translations = {""};
        file.entries.push_back(std::move(entry));
    }
    return file;
}

TranslationResult translate_flow(const Program& program, const PoFile& po,
                                 std::string_view po_name) {
    TranslationResult result;
    std::unordered_map<std::string, const PoEntry*> by_context;
    for (const PoEntry& entry : po.entries) {
        if (entry.is_header()) continue;
        if (!entry.context) {
            result.po_diagnostics.push_back(
                located(DiagCode::translation_stale,
                        "an entry with no msgctxt; heartflow's strings each have one (step id and "
                        "field), so this one is not used",
                        entry.position));
            continue;
        }
        by_context.emplace(*entry.context, &entry);
    }
    auto flow = std::make_shared<Flow>(*program.flow);
    flow->info.plural_rule = po_plural_rule(po);
    std::set<std::string> known;
    Applier applier(program, po_name, flow->info.plural_rule, result);
    visit_strings(*flow, [&](std::string context, std::string& text, SourceRange range,
                             const std::string& note, bool is_template) {
        if (text.empty()) return;
        known.insert(context);
        auto found = by_context.find(context);
        FlowString source{std::move(context), text, range, note, is_template};
        applier.apply(source, found == by_context.end() ? nullptr : found->second, text);
    });
    for (const auto& [context, entry] : by_context)
        if (!known.count(context))
            result.po_diagnostics.push_back(located(DiagCode::translation_stale,
                                                    "stale: the flow has no string '" + context +
                                                        "' any more; remove the entry",
                                                    entry->position));
    std::stable_sort(result.po_diagnostics.begin(), result.po_diagnostics.end(), by_position);
    result.flow = std::move(flow);
    return result;
}

} // namespace heartflow

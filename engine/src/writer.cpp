// The canonical writer (the form itself is in canonical_form.h) and the checked, atomic saves.
#include "heartflow/writer.h"

#include "canonical_form.h"
#include "heartflow/atomic_file.h"
#include "heartflow/flow_text.h"
#include "heartflow/loader.h"

namespace heartflow {

std::string write_flow(const Flow& flow) {
    std::string out;
    append_table(out, "[flow]", info_entries(flow.info), "", "");
    if (!flow.variables.empty()) {
        out += '\n';
        append_table(out, "[vars]", variable_entries(flow.variables), "", "");
    }
    for (const Node& n : flow.nodes)
        out += '\n' + node_block(n, "  ", "  ");
    for (const FlowTest& t : flow.tests) {
        out += '\n';
        append_table(out, "[[test]]", test_entries(t), "", "");
    }
    return out;
}

namespace {

constexpr const char* kNotSame =
    "the flow could not be written in a form that loads back the same; the file was not "
    "changed (please report this as a bug)";

} // namespace

SaveStatus save_flow_text(const std::filesystem::path& path, const std::string& text,
                          const Flow& flow) {
    ParseResult check = parse_flow(text);
    if (!check.flow || !(*check.flow == flow)) return {false, kNotSame};
    WriteStatus written = write_file_atomically(path, text);
    return {written.ok, written.message};
}

SaveStatus save_flow_edit(const std::filesystem::path& path, std::string_view source,
                          const Flow& base, const Flow& edited, std::string* written) {
    std::string text = update_flow_text(source, base, edited);
    ParseResult check = parse_flow(text);
    if (!check.flow || !loads_as_edited(*check.flow, base, edited)) return {false, kNotSame};
    WriteStatus status = write_file_atomically(path, text);
    if (status.ok && written) *written = std::move(text);
    return {status.ok, status.message};
}

SaveStatus save_flow_file(const std::filesystem::path& path, const Flow& flow) {
    return save_flow_text(path, write_flow(flow), flow);
}

} // namespace heartflow

// `heartflow test FILE...`
#include "arguments.h"
#include "commands.h"
#include "load_report.h"

#include <heartflow/walk.h>

namespace heartflow::cli {

int test_command(const std::vector<std::string>& args) {
    Arguments parsed;
    if (auto e = parse_arguments(args, {}, {}, parsed)) return usage_error("test", *e);
    if (!parsed.unknown.empty())
        return usage_error("test", "unknown option " + parsed.unknown.front());
    if (parsed.files.empty()) return usage_error("test", "name at least one flow file");
    std::size_t passed = 0, failed = 0;
    for (const std::string& file : parsed.files) {
        DiagnosticCounts counts;
        LoadedFlow loaded = load_and_report(file, stdout, false, counts);
        if (!loaded.ok()) {
            std::printf("%s: error: the flow has errors, so its tests cannot run\n", file.c_str());
            ++failed;
            continue;
        }
        if (loaded.flow->tests.empty())
            std::printf("%s: warning: the flow has no [[test]] tables\n", file.c_str());
        TestReport report = run_flow_tests(loaded.program);
        passed += report.passed;
        failed += report.failures.size();
        for (NodeIndex ending : report.untested_endings) {
            const Node& n = loaded.program->node(ending);
            std::printf("%s:%u:%u: warning: no passing test reaches the ending '%s'\n",
                        file.c_str(), n.range.begin.line, n.range.begin.column, n.id.value.c_str());
        }
        for (const TestFailure& f : report.failures) {
            Diagnostic d{DiagCode::bad_test, Severity::error,
                         "test '" + f.test_name + "' failed: " + f.message, f.range};
            std::string line = format_diagnostic(file, d);
            line.erase(line.rfind(" [")); // a failed test is not a diagnostic code of the format
            std::printf("%s\n", line.c_str());
        }
    }
    std::printf("%zu passed, %zu failed\n", passed, failed);
    return failed ? kExitFailure : kExitOk;
}

} // namespace heartflow::cli

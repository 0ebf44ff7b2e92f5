// Scripted walks and the [[test]] runner.
#include "heartflow/walk.h"

namespace heartflow {

namespace {

std::string step_text(const TestStep& step) {
    return step.number ? "choice " + std::to_string(*step.number) : "choice '" + step.label + "'";
}

// Answers the current step as `answers` says: text, a rating or picks (options by their words).
void type_answer(Session& session, const WalkAnswers& answers) {
    auto at = session.current();
    if (!at || session.status() != SessionStatus::at_node) return;
    const Node& node = session.program().node(*at);
    const std::string here = session.program().step_ref(*at);
    if (node.kind == NodeKind::reflection)
        for (const TestAnswer& a : answers.text)
            if (a.node.value == here) (void)session.set_journal(a.text);
    if (node.kind == NodeKind::scale)
        for (const TestRating& r : answers.ratings)
            if (r.node.value == here) (void)session.rate(r.rating);
    if (node.kind != NodeKind::pick) return;
    for (const TestPicks& p : answers.picks) {
        if (p.node.value != here) continue;
        std::vector<std::size_t> options;
        for (const std::string& item : p.items)
            for (std::size_t k = 0; k < node.options.size(); ++k)
                if (node.options[k] == item) options.push_back(k);
        (void)session.set_picks(options);
    }
}

// Records the step just entered, after the routes passed on the way to it.
void enter_step(const Session& session, WalkOutcome& out) {
    const PathStep& step = session.path().back();
    out.entered.insert(out.entered.end(), step.via.begin(), step.via.end());
    out.entered.push_back(step.node);
}

} // namespace

WalkOutcome walk(Session& session, std::span<const TestStep> steps,
                 std::span<const TestAnswer> answers) {
    return walk(session, steps, WalkAnswers{answers, {}, {}});
}

WalkOutcome walk(Session& session, std::span<const TestStep> steps, const WalkAnswers& answers) {
    WalkOutcome out;
    if (session.start() != SessionError::ok) {
        out.error = "the walk could not start";
        return out;
    }
    enter_step(session, out);
    for (std::size_t i = 0; i < steps.size(); ++i) {
        type_answer(session, answers);
        const TestStep& step = steps[i];
        const std::string here = session.program().step_ref(*session.current());
        if (session.status() == SessionStatus::finished) {
            out.error = "step " + std::to_string(i + 1) + " (" + step_text(step) +
                        ") goes past the ending '" + here + "'";
            out.failed_step = i + 1;
            return out;
        }
        SessionError e = step.number ? session.choose(static_cast<std::size_t>(*step.number))
                                     : session.choose_label(step.label);
        if (e != SessionError::ok) {
            auto available = session.choices();
            std::string listing;
            for (std::size_t k = 0; k < available.size(); ++k)
                listing +=
                    (k ? ", " : "") + std::to_string(k + 1) + " '" + available[k].label + "'";
            out.error = "step " + std::to_string(i + 1) + " (" + step_text(step) +
                        ") is not available at '" + here + "', which offers " +
                        (listing.empty() ? "no choices" : listing);
            out.failed_step = i + 1;
            return out;
        }
        enter_step(session, out);
    }
    type_answer(session, answers);
    return out;
}

TestReport run_flow_tests(const std::shared_ptr<const Program>& program) {
    TestReport report;
    std::vector<char> reached(program->nodes.size(), 0);
    for (const FlowTest& test : program->flow->tests) {
        Session session(program);
        WalkOutcome outcome =
            walk(session, test.steps, WalkAnswers{test.answers, test.ratings, test.picks});
        auto fail = [&](SourceRange where, std::string message) {
            report.failures.push_back({test.name, where, std::move(message)});
        };
        if (outcome.error) {
            fail(test.range, *outcome.error);
            continue;
        }
        const std::string at = program->step_ref(*session.current());
        if (at != test.reach.value) {
            fail(test.reach_range, "expected to reach '" + test.reach.value +
                                       "', but the walk ended at '" + at + "'");
            continue;
        }
        bool vars_ok = true;
        for (const ExpectedValue& e : test.expect) {
            auto actual = session.variable(e.variable);
            if (actual && *actual == e.value) continue;
            fail(e.range, "expected " + e.variable + " = " + to_literal(e.value) + ", but it is " +
                              (actual ? to_literal(*actual) : std::string("undeclared")));
            vars_ok = false;
            break;
        }
        if (!vars_ok) continue;
        ++report.passed;
        reached[session.current()->value] = 1;
    }
    for (std::uint32_t i = 0; i < program->flow->nodes.size(); ++i) // the first flow's endings
        if (!reached[i] && program->flow->nodes[i].kind == NodeKind::ending)
            report.untested_endings.push_back(NodeIndex{i});
    return report;
}

} // namespace heartflow

// The flow model: what a flow file says, as plain values. Built by the loader, written by the
// writer, edited by the editor's document; checked and linked into a Program by the validator.
#pragma once

#include "heartflow/plural_forms.h"
#include "heartflow/source_range.h"
#include "heartflow/value.h"

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace heartflow {

/// A node id as written in the file (letters, digits, '-', '_'). Strong type: not a label.
struct NodeId {
    std::string value; ///< The id text.
    friend bool operator==(const NodeId&, const NodeId&) = default;
    friend auto operator<=>(const NodeId&, const NodeId&) = default;
};

/// What a node is for; decides how players show it and which fields it may carry. A `route`
/// (flow format 2) is never shown: the walk goes on at once by its first choice whose `when`
/// holds, its last choice (with no `when`) being the fallback. A `detour` (format 2) is never
/// shown either: the walk goes into another flow file and, at that flow's ending, comes back to
/// the detour's `next`; a `handover` goes on in another flow for good. A `scale` (format 2) asks
/// for a whole-number rating and a `pick` for any number of its options ("pick all that fit");
/// each saves the answer `into` a variable and goes on by `next`.
enum class NodeKind {
    question,
    prompt,
    reflection,
    body_check,
    breathing,
    ending,
    route,
    detour,
    handover,
    scale,
    pick
};

/// True for the kinds a person never sees: the walk goes straight on (route, detour, handover).
[[nodiscard]] bool is_unshown(NodeKind kind);

/// The kind's name as written in files ("body_check", ...).
[[nodiscard]] const char* kind_name(NodeKind kind);

/// Parses a kind name; nullopt when it is not one of the kinds.
[[nodiscard]] std::optional<NodeKind> parse_kind(std::string_view name);

/// True when `id` is a valid id: 1 to 128 of letters, digits, '-' and '_'.
[[nodiscard]] bool is_valid_id(std::string_view id);

/// An expression as written (a `when` condition or a `set` value), with where it was written.
struct ExpressionText {
    std::string source; ///< The expression text.
    SourceRange range;  ///< Where the TOML string holding it starts.
    friend bool operator==(const ExpressionText& a, const ExpressionText& b) {
        return a.source == b.source;
    }
};

/// One effect: `var = expression`, applied in file order.
struct Assignment {
    std::string variable; ///< The variable assigned.
    ExpressionText
        value;         ///< Expression giving the new value (TOML literals are stored as literals).
    SourceRange range; ///< Where the key is written.
    friend bool operator==(const Assignment& a, const Assignment& b) {
        return a.variable == b.variable && a.value == b.value;
    }
};

/// One choice of a node: a label that leads to a node, maybe conditional, maybe with effects.
struct Choice {
    std::string label;                  ///< Button text; may interpolate {variables}.
    NodeId target;                      ///< The node it leads to (`goto`).
    std::optional<ExpressionText> when; ///< Shown only when this boolean expression holds.
    std::vector<Assignment> effects;    ///< `set`: applied when the choice is taken.
    SourceRange range;                  ///< Where the [[node.choice]] table starts.
    SourceRange label_range;            ///< Where the label value is written.
    SourceRange target_range;           ///< Where the `goto` value is written.
    friend bool operator==(const Choice& a, const Choice& b) {
        return a.label == b.label && a.target == b.target && a.when == b.when &&
               a.effects == b.effects;
    }
};

/// Breathing timings in seconds: in, hold, out, hold.
using BreathPattern = std::array<double, 4>;

/// The pattern a breathing node uses when it names none: 4 in, 0 hold, 6 out, 0 hold.
inline constexpr BreathPattern kDefaultBreathPattern = {4.0, 0.0, 6.0, 0.0};

/// The rounds a breathing node uses when it names none.
inline constexpr int kDefaultBreathRounds = 3;

/// The lowest rating of a scale that names no `min`.
inline constexpr std::int64_t kDefaultScaleMin = 0;
/// The highest rating of a scale that names no `max`.
inline constexpr std::int64_t kDefaultScaleMax = 10;
/// The most ratings a scale may offer (max - min + 1).
inline constexpr std::int64_t kMaxScaleSteps = 101;
/// The furthest from 0 a scale's `min` or `max` may be.
inline constexpr std::int64_t kMaxScaleMagnitude = 1000000;
/// The most options a pick step may offer (they are kept as bits of one whole number).
inline constexpr std::size_t kMaxPickOptions = 32;

/// One step of a flow.
struct Node {
    NodeId id;                        ///< Unique in the flow.
    NodeKind kind = NodeKind::prompt; ///< What the node is for.
    std::string title;                ///< Short label for charts; empty means "use the id".
    std::string text;                 ///< What the person reads; may interpolate {variables}.
    std::optional<std::array<double, 2>> pos; ///< Editor position (x, y); never changes behaviour.
    std::optional<NodeId> next;               ///< Single "Continue" target.
    std::vector<Choice> choices;              ///< The choices, in file order.
    std::vector<Assignment> effects;          ///< `set`: applied when the node is entered.
    std::string notes;                        ///< Author/host notes; never shown to the person.
    std::string save_as;                      ///< Reflection only: variable that keeps the answer.
    std::string placeholder;                  ///< Reflection only: hint shown in an empty box.
    std::optional<BreathPattern> pattern;     ///< Breathing only: seconds in, hold, out, hold.
    std::optional<int> rounds;                ///< Breathing only: how many breaths.
    std::string flow; ///< Detour and handover only: the other flow's file, relative to this one.
    std::optional<NodeId> at; ///< Detour and handover only: the other flow's step (else its start).
    std::string into;         ///< Scale and pick only: the variable the answer is saved into.
    std::optional<std::int64_t> scale_min; ///< Scale only: `min`, the lowest rating (default 0).
    std::optional<std::int64_t> scale_max; ///< Scale only: `max`, the highest rating (default 10).
    std::string low;      ///< Scale only: words for the low end ("calm"); may be empty.
    std::string high;     ///< Scale only: words for the high end ("overwhelmed"); may be empty.
    std::string check_in; ///< Scale only: "before" or "after" when it is the player's check-in.
    std::vector<std::string> options; ///< Pick only: the items, in order; expressions name them.
    std::vector<std::string> option_labels; ///< Pick only: translated words shown for `options`
                                            ///< (same count), empty when untranslated; never in
                                            ///< a file.
    SourceRange range;                      ///< Where the [[node]] table starts.
    SourceRange id_range;                   ///< Where the id value is written.
    SourceRange text_range;                 ///< Where the text value is written.
    SourceRange next_range;                 ///< Where the `next` value is written.
    SourceRange save_as_range;              ///< Where `save_as` is written.
    SourceRange placeholder_range;          ///< Where `placeholder` is written.
    SourceRange pattern_range;              ///< Where `pattern` is written.
    SourceRange rounds_range;               ///< Where `rounds` is written.
    SourceRange flow_range;                 ///< Where `flow` is written.
    SourceRange at_range;                   ///< Where `at` is written.
    SourceRange into_range;                 ///< Where `into` is written.
    SourceRange min_range;                  ///< Where `min` is written.
    SourceRange max_range;                  ///< Where `max` is written.
    SourceRange low_range;                  ///< Where `low` is written.
    SourceRange high_range;                 ///< Where `high` is written.
    SourceRange check_in_range;             ///< Where `check_in` is written.
    SourceRange options_range;              ///< Where `options` is written.

    /// The title, or the id when the title is empty.
    [[nodiscard]] const std::string& display_title() const {
        return title.empty() ? id.value : title;
    }
    /// A scale's lowest rating: `min`, or 0.
    [[nodiscard]] std::int64_t rating_min() const { return scale_min.value_or(kDefaultScaleMin); }
    /// A scale's highest rating: `max`, or 10.
    [[nodiscard]] std::int64_t rating_max() const { return scale_max.value_or(kDefaultScaleMax); }
    /// The words shown for a pick's option `i`: its translation, else the option itself.
    [[nodiscard]] const std::string& option_label(std::size_t i) const {
        return i < option_labels.size() && !option_labels[i].empty() ? option_labels[i]
                                                                     : options[i];
    }
    friend bool operator==(const Node& a, const Node& b) {
        return a.id == b.id && a.kind == b.kind && a.title == b.title && a.text == b.text &&
               a.pos == b.pos && a.next == b.next && a.choices == b.choices &&
               a.effects == b.effects && a.notes == b.notes && a.save_as == b.save_as &&
               a.placeholder == b.placeholder && a.pattern == b.pattern && a.rounds == b.rounds &&
               a.flow == b.flow && a.at == b.at && a.into == b.into && a.scale_min == b.scale_min &&
               a.scale_max == b.scale_max && a.low == b.low && a.high == b.high &&
               a.check_in == b.check_in && a.options == b.options;
    }
};

/// A declared variable and its starting value.
struct Variable {
    std::string name;  ///< Letters, digits and '_', not starting with a digit.
    Value initial;     ///< Starting value; its type is the variable's type.
    SourceRange range; ///< Where it is declared.
    friend bool operator==(const Variable& a, const Variable& b) {
        return a.name == b.name && a.initial == b.initial;
    }
};

/// One step of a `[[test]]` walk: a 1-based choice number or an exact choice label.
struct TestStep {
    std::optional<int> number; ///< 1-based number among the available choices, or
    std::string label;         ///< the exact label (used when number is empty).
    friend bool operator==(const TestStep&, const TestStep&) = default;
};

/// An expected variable value at the end of a test walk.
struct ExpectedValue {
    std::string variable; ///< The variable.
    Value value;          ///< The value it must hold.
    SourceRange range;    ///< Where it is written.
    friend bool operator==(const ExpectedValue& a, const ExpectedValue& b) {
        return a.variable == b.variable && a.value == b.value;
    }
};

/// A typed journal answer used by a test walk at a reflection node.
struct TestAnswer {
    NodeId node;       ///< The reflection node (`file.toml:id` in a flow it opens).
    std::string text;  ///< What the walk types there.
    SourceRange range; ///< Where it is written.
    friend bool operator==(const TestAnswer& a, const TestAnswer& b) {
        return a.node == b.node && a.text == b.text;
    }
};

/// A rating a test walk gives at a scale step.
struct TestRating {
    NodeId node;             ///< The scale step (`file.toml:id` in a flow it opens).
    std::int64_t rating = 0; ///< The rating given there.
    SourceRange range;       ///< Where it is written.
    friend bool operator==(const TestRating& a, const TestRating& b) {
        return a.node == b.node && a.rating == b.rating;
    }
};

/// The options a test walk picks at a pick step.
struct TestPicks {
    NodeId node;                    ///< The pick step (`file.toml:id` in a flow it opens).
    std::vector<std::string> items; ///< The options picked, by their words (none: empty).
    SourceRange range;              ///< Where it is written.
    friend bool operator==(const TestPicks& a, const TestPicks& b) {
        return a.node == b.node && a.items == b.items;
    }
};

/// A `[[test]]` table: a named walk and where it must arrive.
struct FlowTest {
    std::string name;            ///< What the test checks, in words.
    std::vector<TestStep> steps; ///< `choose`: the choices to make from the start.
    NodeId reach; ///< The node the walk must end at (`file.toml:id`: a step of a flow it opens).
    std::vector<ExpectedValue> expect; ///< `vars`: values the walk must end with.
    std::vector<TestAnswer> answers;   ///< `answers`: journal text typed at reflection nodes.
    std::vector<TestRating> ratings;   ///< `ratings`: the rating given at each scale step.
    std::vector<TestPicks> picks;      ///< `picks`: the options picked at each pick step.
    SourceRange range;                 ///< Where the [[test]] table starts.
    SourceRange reach_range;           ///< Where `reach` is written.
    friend bool operator==(const FlowTest& a, const FlowTest& b) {
        return a.name == b.name && a.steps == b.steps && a.reach == b.reach &&
               a.expect == b.expect && a.answers == b.answers && a.ratings == b.ratings &&
               a.picks == b.picks;
    }
};

/// One line of the flow's `help_lines`: a way to reach a person now, shown on the help path.
struct HelpLineText {
    std::string text;  ///< The line as written.
    SourceRange range; ///< Where it is written.
    friend bool operator==(const HelpLineText& a, const HelpLineText& b) {
        return a.text == b.text;
    }
};

/// The `[flow]` table.
struct FlowInfo {
    std::string id;          ///< Letters, digits, '-', '_'.
    std::string title;       ///< Shown to the person.
    NodeId start;            ///< The first node.
    std::string description; ///< Optional longer description.
    std::string author;      ///< Optional author credit.
    std::string summary; ///< Optional: what the flow is for, in one line (the chooser shows it).
    std::string suits;   ///< Optional: who it suits, in one line.
    std::optional<std::array<int, 2>> minutes; ///< Optional: how long it takes, fewest to most.
    std::optional<NodeId> help;           ///< Optional node for the always-visible "Get help now".
    std::vector<HelpLineText> help_lines; ///< Optional lines to reach help, shown on the help path.
    SourceRange range;                    ///< Where [flow] starts.
    SourceRange start_range;              ///< Where `start` is written.
    SourceRange help_range;               ///< Where `help` is written.
    SourceRange minutes_range;            ///< Where `minutes` is written.
    int format = 1;           ///< `format`: 1, or 2 for a flow that uses format 2's constructs.
    SourceRange format_range; ///< Where `format` is written.
    /// The plural rule of the language the words are in: set by a translation's Plural-Forms
    /// (translate_flow); null for the flow's own words ({plural n: one|other}). Not in the file.
    std::shared_ptr<const PluralRule> plural_rule;
    friend bool operator==(const FlowInfo& a, const FlowInfo& b) {
        return a.id == b.id && a.title == b.title && a.start == b.start &&
               a.description == b.description && a.author == b.author && a.summary == b.summary &&
               a.suits == b.suits && a.minutes == b.minutes && a.help == b.help &&
               a.help_lines == b.help_lines && a.format == b.format;
    }
};

/// The newest format version this engine reads and writes (it reads 1 and 2).
inline constexpr int kFlowFormatVersion = 2;

/// A whole flow file. Equality ignores source positions: it is "same meaning and layout".
struct Flow {
    FlowInfo info;                   ///< The [flow] table.
    std::vector<Variable> variables; ///< The [vars] table, in file order.
    std::vector<Node> nodes;         ///< The [[node]] tables, in file order.
    std::vector<FlowTest> tests;     ///< The [[test]] tables, in file order.
    friend bool operator==(const Flow&, const Flow&) = default;

    /// The node with this id, or nullptr. Linear; use a Program for repeated look-ups.
    [[nodiscard]] const Node* find_node(std::string_view id) const;
};

} // namespace heartflow

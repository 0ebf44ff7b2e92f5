// Node and flow templates.
#include "document/templates.h"

#include <cctype>

namespace heartflow::editor {

namespace {

Node make(const char* id, NodeKind kind, const char* title, const char* text, Vec2 at) {
    Node n;
    n.id.value = id;
    n.kind = kind;
    n.title = title;
    n.text = text;
    n.pos = at;
    return n;
}

Choice choice(const char* label, const char* target) {
    Choice c;
    c.label = label;
    c.target.value = target;
    return c;
}

Node urgent_help(Vec2 at) {
    return make("urgent_help", NodeKind::ending, "Get help now",
                "If you might hurt yourself or someone else, call your local emergency number now, "
                "or go to the nearest emergency department.\n\nYou deserve support right now.",
                at);
}

Flow blank_flow() {
    Flow f;
    f.info.id = "my-flow";
    f.info.title = "My flow";
    f.info.start.value = "welcome";
    f.info.help = NodeId{"urgent_help"};
    Node welcome = make("welcome", NodeKind::question, "Welcome",
                        "Welcome. This is a guide for reflection. It is not therapy.", {0, 0});
    welcome.choices = {choice("Let's begin", "close"),
                       choice("I don't feel safe right now", "urgent_help")};
    f.nodes = {
        welcome,
        make("close", NodeKind::ending, "Close", "Thank you for taking this time.", {-160, 220}),
        urgent_help({200, 220})};
    return f;
}

Flow check_in_flow() {
    Flow f = blank_flow();
    f.info.id = "check-in";
    f.info.title = "A Short Check-In";
    f.nodes[0].choices[0].target.value = "breathe";
    Node breathe = node_template(NodeKind::breathing, {-160, 200});
    breathe.id.value = "breathe";
    breathe.next = NodeId{"feeling"};
    Node feeling = node_template(NodeKind::question, {-160, 400});
    feeling.id.value = "feeling";
    feeling.text = "What are you feeling most right now?";
    feeling.choices = {choice("Tired", "words"), choice("Worried", "words"),
                       choice("Not sure", "words")};
    Node words = node_template(NodeKind::reflection, {-160, 640});
    words.id.value = "words";
    words.next = NodeId{"close"};
    Node close = f.nodes[1];
    close.pos = Vec2{-160, 860};
    f.nodes = {f.nodes[0], breathe, feeling, words, close, urgent_help({260, 200})};
    return f;
}

} // namespace

Node node_template(NodeKind kind, Vec2 at) {
    switch (kind) {
    case NodeKind::question: {
        // No choices here: add_question gives a new one two that work.
        return make("question", kind, "A question", "What feels most true right now?", at);
    }
    case NodeKind::prompt:
        return make("prompt", kind, "A prompt", "Take a moment to notice what is here.", at);
    case NodeKind::reflection: {
        Node n = make("reflection", kind, "In your own words",
                      "If you like, write a few words about it. Nobody else sees them.", at);
        n.save_as = "own_words";
        n.placeholder = "A few words...";
        return n;
    }
    case NodeKind::body_check:
        return make("body_check", kind, "Check in the body",
                    "Notice your body. Where do you feel this? Is it tight, heavy, or calm?", at);
    case NodeKind::breathing: {
        Node n = make("breathing", kind, "A slow breath",
                      "Let's take three slow breaths: in for 4, and out for 6.", at);
        n.pattern = kDefaultBreathPattern;
        n.rounds = kDefaultBreathRounds;
        return n;
    }
    case NodeKind::ending:
        return make("ending", kind, "Close", "Thank you for taking this time for yourself.", at);
    case NodeKind::route: // no text: it goes on by its choices' conditions (format 2)
        return make("route", kind, "A route", "", at);
    case NodeKind::detour: // no text: it opens another flow and comes back (format 2)
    case NodeKind::handover:
        return make(kind_name(kind), kind, "Another flow", "", at);
    case NodeKind::scale: // its variable is given by shape_for_kind's scale_variable
        return make("scale", kind, "How big", "How big does this feel right now?", at);
    case NodeKind::pick: {
        Node n = make("pick", kind, "What fits", "Which of these fit how you feel?", at);
        n.options = {"tired", "alone", "worried"};
        return n;
    }
    }
    return make("node", kind, "", "", at);
}

Flow empty_flow(std::string_view file_stem) {
    Flow f;
    for (char c : file_stem) {
        const unsigned char u = static_cast<unsigned char>(c);
        if (std::isalnum(u) || c == '-' || c == '_')
            f.info.id += static_cast<char>(std::tolower(u));
        else if (c == ' ' && !f.info.id.empty() && f.info.id.back() != '-')
            f.info.id += '-';
    }
    if (f.info.id.empty() || f.info.id.size() > 128) f.info.id = "my-flow";
    for (char c : file_stem)
        f.info.title += c == '-' || c == '_' ? ' ' : c;
    if (f.info.title.empty()) f.info.title = "My flow";
    f.info.title[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(f.info.title[0])));
    return f;
}

std::vector<FlowTemplate> flow_templates() {
    return {
        {"Blank flow", "A welcome, a close and a way to urgent help.", blank_flow()},
        {"Short check-in", "A breath, a feeling, a few words of your own, and a kind close.",
         check_in_flow()},
    };
}

} // namespace heartflow::editor

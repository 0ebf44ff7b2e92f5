// The heartflow HTML player: plays the flow held as JSON data in the "flow-data" element. Flow
// text is only ever set as textContent, never parsed as markup or run as code. The rules mirror
// the engine's Session: effects on entering a step, a reflection's words copied into its save_as
// variable when it is left, then the choice's effects; back undoes a step's changes; restart keeps
// the words written; leaving the help path undoes all its steps at once. Expressions run on the
// engine's own stack program, whole numbers as BigInt saturating at the 64-bit bounds.
(function () {
  "use strict";
  var flow = JSON.parse(document.getElementById("flow-data").textContent);
  var INT_MAX = 9223372036854775807n, INT_MIN = -9223372036854775808n;
  var STRING_LIMIT = 65536;

  function value(v) {
    if (v.t === "i") return BigInt(v.v);
    return v.v;
  }
  function saturate(n) { return n > INT_MAX ? INT_MAX : (n < INT_MIN ? INT_MIN : n); }
  function clampString(s) {
    var bytes = new TextEncoder().encode(s);
    if (bytes.length <= STRING_LIMIT) return s;
    var cut = STRING_LIMIT;
    while (cut > 0 && (bytes[cut] & 0xC0) === 0x80) cut--;
    return new TextDecoder().decode(bytes.slice(0, cut));
  }
  function evaluate(expr, vars) {
    var stack = [], pc = 0, ops = expr.ops;
    while (pc < ops.length) {
      var op = ops[pc][0], arg = ops[pc][1], a, b;
      pc++;
      switch (op) {
        case "push": stack.push(value(expr.consts[arg])); break;
        case "load": stack.push(vars[arg]); break;
        case "neg": stack.push(saturate(-stack.pop())); break;
        case "not": stack.push(stack.pop() !== true); break;
        case "add":
          b = stack.pop(); a = stack.pop();
          stack.push(typeof a === "string" ? clampString(a + b) : saturate(a + b));
          break;
        case "sub": b = stack.pop(); a = stack.pop(); stack.push(saturate(a - b)); break;
        case "eq": b = stack.pop(); a = stack.pop(); stack.push(a === b); break;
        case "ne": b = stack.pop(); a = stack.pop(); stack.push(a !== b); break;
        case "lt": b = stack.pop(); a = stack.pop(); stack.push(a < b); break;
        case "le": b = stack.pop(); a = stack.pop(); stack.push(a <= b); break;
        case "gt": b = stack.pop(); a = stack.pop(); stack.push(a > b); break;
        case "ge": b = stack.pop(); a = stack.pop(); stack.push(a >= b); break;
        case "jf": if (stack[stack.length - 1] !== true) pc = arg; break;
        case "jt": if (stack[stack.length - 1] === true) pc = arg; break;
        case "pop": stack.pop(); break;
        case "cnt": stack.push(popcount(stack.pop())); break;
        case "bit": stack.push(((stack.pop() >> BigInt(arg)) & 1n) === 1n); break;
        default: throw new Error("unknown operation");
      }
    }
    return stack[stack.length - 1];
  }
  function popcount(n) {
    var count = 0n;
    for (; n > 0n; n >>= 1n) count += n & 1n;
    return count;
  }
  // The options whose bits are set, joined in words: "a", "a and b", "a, b and c".
  function joinPicked(bits, options) {
    var chosen = options.filter(function (o, k) { return ((bits >> BigInt(k)) & 1n) === 1n; });
    if (chosen.length < 2) return chosen.join("");
    return chosen.slice(0, -1).join(", ") + " and " + chosen[chosen.length - 1];
  }
  // One step of a plural rule on two numbers, in unsigned 64-bit arithmetic like the engine's
  // PluralRule: division by zero gives 0, comparisons and logic give 0 or 1.
  function pluralStep(name, a, b) {
    switch (name) {
      case "add": return BigInt.asUintN(64, a + b);
      case "sub": return BigInt.asUintN(64, a - b);
      case "mul": return BigInt.asUintN(64, a * b);
      case "div": return b === 0n ? 0n : a / b;
      case "mod": return b === 0n ? 0n : a % b;
      case "lt": return a < b ? 1n : 0n;
      case "le": return a <= b ? 1n : 0n;
      case "gt": return a > b ? 1n : 0n;
      case "ge": return a >= b ? 1n : 0n;
      case "eq": return a === b ? 1n : 0n;
      case "ne": return a !== b ? 1n : 0n;
      case "and": return a !== 0n && b !== 0n ? 1n : 0n;
      case "or": return a !== 0n || b !== 0n ? 1n : 0n;
      default: throw new Error("unknown plural step");
    }
  }
  // The form a plural takes for n, like PluralRule.form: a translation's Plural-Forms rule (its
  // postfix steps) run on n's size, a form past the language's last being form 0; without a
  // rule, English's: the first form for 1, else the second.
  function pluralForm(rule, n) {
    if (!rule) return n === 1n ? 0 : 1;
    var stack = [], size = n < 0n ? -n : n, a, b;
    rule.ops.forEach(function (op) {
      if (op[0] === "n") stack.push(size);
      else if (op[0] === "num") stack.push(BigInt(op[1]));
      else if (op[0] === "not") stack.push(stack.pop() === 0n ? 1n : 0n);
      else if (op[0] === "choose") {
        b = stack.pop(); a = stack.pop();
        stack.push(stack.pop() !== 0n ? a : b);
      } else {
        b = stack.pop(); a = stack.pop();
        stack.push(pluralStep(op[0], a, b));
      }
    });
    var chosen = stack.length ? stack[stack.length - 1] : 0n;
    return chosen < BigInt(rule.count) ? Number(chosen) : 0;
  }
  function display(v) { return typeof v === "bigint" ? v.toString() : String(v); }
  // A piece is literal text, a variable slot, [slot, fallback shown when the value is ""], a
  // branch ({if: expr, forms}: the first form when true; {plural: expr, forms, rule}: the form
  // pluralForm gives, the last form standing for any left out), or {count: 1}, the number of
  // the plural it is in.
  function render(pieces, vars, count) {
      var out = "";
      for (var i = 0; i < pieces.length; i++) {
          var p = pieces[i];
          if (typeof p === "string")
              out += p;
          else if (Array.isArray(p))
              out += display(vars[p[0]]) || p[1];
          else if (typeof p === "number")
              out += display(vars[p]);
          else if (p.count)
              out += count === undefined ? "#" : display(count);
          else if (p.picks !== undefined)
              out += joinPicked(vars[p.picks], p.options) || p.fallback;
          else if (p.plural) {
              var n = evaluate(p.plural, vars);
              out += render(p.forms[Math.min(pluralForm(p.rule, n), p.forms.length - 1)], vars, n);
          } else
              out += render(p.forms[evaluate(p["if"], vars) === true ? 0 : 1], vars, count);
      }
      return out;
  }

  // [Session] all walk state in one place.
  var vars = [], path = [], journal = {}, ratings = {}, picks = {};
  function resetVars() {
      vars = flow.vars.map(function(v) { return value(v.value); });
      for (var k = 0; k < flow.counters; k++)
          vars.push(0n); // visit counts, after the variables
  }
  function apply(effects, undo) {
    effects.forEach(function (e) {
      var v = evaluate(e.expr, vars);
      undo.push([e.slot, vars[e.slot]]);
      vars[e.slot] = v;
    });
  }
  // Like Session.enter: a step's visit is counted, its effects applied, and a route goes on at
  // once by its first choice that holds (its last has no condition), never shown; a detour goes
  // into the other flow (embedded in `flow.nodes`), keeping its next to come back to in
  // `returns`, and a hand-over goes into it for good.
  function enter(index, undo, returns) {
      returns = returns.slice();
      for (;;) {
          var node = flow.nodes[index];
          if (node.visit !== null) {
              undo.push([ node.visit, vars[node.visit] ]);
              vars[node.visit] += 1n;
          }
          apply(node.effects, undo);
          if (node.kind === "detour" || node.kind === "handover") {
              if (node.kind === "detour") returns.push(node.next);
              index = node.opens;
              continue;
          }
          if (node.kind !== "route") break;
          var pick = node.choices.find(function(
              c) { return c.when === null || evaluate(c.when, vars) === true; });
          apply(pick.effects, undo);
          index = pick.target;
      }
    path.push({ node: index, undo: undo, returns: returns });
  }
  function current() { return flow.nodes[path[path.length - 1].node]; }
  function returns() { return path[path.length - 1].returns; }
  // True at an ending that ends the walk (not one of a flow a detour opened).
  function finished() { return current().kind === "ending" && returns().length === 0; }
  function available() {
    var node = current();
    if (node.kind === "ending" && returns().length > 0)
      return [{ label: "Continue", target: returns()[returns().length - 1], choice: null }];
    if (node.kind === "ending") return [];
    if (node.next !== null) return [{ label: "Continue", target: node.next, choice: null }];
    var out = [];
    node.choices.forEach(function (c) {
      if (c.when === null || evaluate(c.when, vars) === true)
        out.push({ label: render(c.label, vars), target: c.target, choice: c });
    });
    return out;
  }
  function take(option) {
    var from = path[path.length - 1].node, node = flow.nodes[from], undo = [];
    if (node.save !== null) {
      undo.push([node.save, vars[node.save]]);
      vars[node.save] = journal[from] || "";
    }
    saveAnswer(from, node, undo);
    if (option.choice) apply(option.choice.effects, undo);
    var back = returns();
    if (node.kind === "ending") back = back.slice(0, -1);
    enter(option.target, undo, back);
  }
  // Like Session.save_answer: a pick's picks (none too) or a scale's rating, if one was given,
  // go into the step's variable as the walk goes on.
  function saveAnswer(from, node, undo) {
    if (node.into === null) return;
    if (node.kind === "scale" && ratings[from] === undefined) return;
    undo.push([node.into, vars[node.into]]);
    vars[node.into] = node.kind === "scale" ? ratings[from] : (picks[from] || 0n);
  }
  function back() {
    if (path.length < 2) return;
    var last = path.pop();
    for (var i = last.undo.length - 1; i >= 0; i--) vars[last.undo[i][0]] = last.undo[i][1];
  }
  function restart() { path = []; resetVars(); enter(flow.start, [], []); }
  // How many steps at the end of the path are on the help path.
  function helpSteps() {
    var n = 0;
    while (n < path.length && flow.nodes[path[path.length - 1 - n].node].helpPath) n++;
    return n;
  }
  // Like Session.leave_help: back past every help-path step in one go, when a step is left.
  function canLeaveHelp() { var n = helpSteps(); return n > 0 && n < path.length; }
  function leaveHelp() {
    if (!canLeaveHelp()) return;
    for (var n = helpSteps(); n > 0; n--) back();
  }

  // [View]
  var el = function (id) { return document.getElementById(id); };
  function paragraphs(container, text) {
    container.textContent = "";
    text.split("\n").forEach(function (line) {
      if (line.trim() === "") return;
      var p = document.createElement("p");
      p.textContent = line;
      container.appendChild(p);
    });
  }
  function seconds(n) { return n + (n === 1 ? " second" : " seconds"); }
  function breathingText(node) {
    var p = node.pattern, words = "Breathe in for " + seconds(p[0]);
    if (p[1] > 0) words += ", hold for " + seconds(p[1]);
    words += ", out for " + seconds(p[2]);
    if (p[3] > 0) words += ", hold for " + seconds(p[3]);
    return words + ". " + (node.rounds === 1 ? "One breath." : node.rounds + " breaths.");
  }
  function listItems(list, lines) {
    lines.forEach(function (line) {
      var li = document.createElement("li");
      li.textContent = line;
      list.appendChild(li);
    });
  }
  // The help lines, the same on every help-path step; with none, the engine's default text.
  function fillHelp() {
    var words = flow.helpWords, hasLines = flow.helpLines.length > 0;
    el("help-heading").textContent = hasLines ? words.heading : words.defaultHeading;
    listItems(el("help-list"), hasLines ? flow.helpLines : words.defaultSteps);
    el("help-box").classList.toggle("default", !hasLines);
    el("help-ending-words").textContent = words.ending;
    el("leave-help").textContent = words.back;
  }
  // A help-path ending: the calm sentence and the way back, no summary of the way here.
  function showHelpEnding() {
    el("help-ending").hidden = false;
    el("leave-help").hidden = !canLeaveHelp();
  }
  function showEnding() {
    var list = el("path-list"), words = el("words-list");
    list.textContent = "";
    words.textContent = "";
    listItems(list, path.map(function (step) { return flow.nodes[step.node].title; }));
    Object.keys(journal).forEach(function (k) {
      if (!journal[k]) return;
      var dt = document.createElement("dt"), dd = document.createElement("dd");
      dt.textContent = flow.nodes[k].title;
      dd.textContent = journal[k];
      words.appendChild(dt);
      words.appendChild(dd);
    });
    el("summary").hidden = false;
    el("words-block").hidden = words.childNodes.length === 0;
  }
  function show() {
    var step = path[path.length - 1], node = current();
    document.body.setAttribute("data-node", node.id);
    el("help-box").hidden = !node.helpPath;
    el("step-title").textContent = node.title;
    paragraphs(el("step-text"), render(node.text, vars));
    var breath = el("breath");
    breath.hidden = node.kind !== "breathing";
    if (node.kind === "breathing") {
      el("breath-words").textContent = breathingText(node);
      var total = node.pattern[0] + node.pattern[1] + node.pattern[2] + node.pattern[3];
      el("breath-circle").style.animationDuration = total + "s";
    }
    var writing = el("writing");
    writing.hidden = node.kind !== "reflection";
    if (node.kind === "reflection") {
      var box = el("journal");
      box.value = journal[step.node] || "";
      box.placeholder = node.placeholder;
    }
    showScale(step, node);
    showPick(step, node);
    var list = el("choices");
    list.textContent = "";
    available().forEach(function (option, i) {
      var li = document.createElement("li"), button = document.createElement("button");
      button.type = "button";
      button.className = "choice";
      button.setAttribute("data-number", String(i + 1));
      var number = document.createElement("span");
      number.className = "number";
      number.setAttribute("aria-hidden", "true");
      number.textContent = String(i + 1);
      if (i < 9) button.setAttribute("aria-keyshortcuts", String(i + 1));
      var label = document.createElement("span");
      label.textContent = option.label;
      button.appendChild(number);
      button.appendChild(label);
      button.addEventListener("click", function () { take(option); show(); });
      li.appendChild(button);
      list.appendChild(li);
    });
    el("summary").hidden = true;
    el("help-ending").hidden = true;
    el("leave-help").hidden = true;
    if (finished() && node.helpPath) showHelpEnding();
    else if (finished()) showEnding();
    el("back").disabled = path.length < 2;
    window.scrollTo(0, 0);
    announce(el(node.helpPath ? "help-heading" : "step-title"));
  }
  // A labelled control for each rating or item: radio buttons (one rating) or checkboxes.
  function control(container, type, name, words, checked, onChange) {
    var label = document.createElement("label"), input = document.createElement("input");
    input.type = type;
    input.name = name;
    input.checked = checked;
    input.addEventListener("change", onChange);
    label.appendChild(input);
    label.appendChild(document.createTextNode(" " + words));
    container.appendChild(label);
  }
  function showScale(step, node) {
    el("scale").hidden = node.kind !== "scale";
    if (node.kind !== "scale") return;
    var box = el("scale-options");
    box.textContent = "";
    el("scale-legend").textContent = "Your rating, " + node.min + (node.low ? " (" + node.low + ")" : "") +
        " to " + node.max + (node.high ? " (" + node.high + ")" : "");
    for (var r = node.min; r <= node.max; r++) {
      var words = String(r) + (r === node.min && node.low ? " " + node.low : "") +
          (r === node.max && node.high ? " " + node.high : "");
      control(box, "radio", "rating", words, ratings[step.node] === BigInt(r),
              (function (value) { return function () { ratings[step.node] = value; }; })(BigInt(r)));
    }
  }
  function showPick(step, node) {
    el("pick").hidden = node.kind !== "pick";
    if (node.kind !== "pick") return;
    var box = el("pick-options");
    box.textContent = "";
    node.options.forEach(function (words, k) {
      var bit = 1n << BigInt(k);
      control(box, "checkbox", "pick" + k, words, ((picks[step.node] || 0n) & bit) !== 0n,
              function (event) {
                var bits = picks[step.node] || 0n;
                picks[step.node] = event.target.checked ? bits | bit : bits & ~bit;
              });
    });
  }
  // Each new step is announced by moving focus to its first heading; when focus is there
  // already (a key pressed on the last step's heading), it leaves and returns, so that a screen
  // reader reads the new words.
  function announce(heading) {
    if (document.activeElement === heading) heading.blur();
    heading.focus();
  }
  el("journal").addEventListener("input", function (event) {
    journal[path[path.length - 1].node] = event.target.value;
  });
  el("back").addEventListener("click", function () { back(); show(); });
  el("restart").addEventListener("click", function () { restart(); show(); });
  el("leave-help").addEventListener("click", function () { leaveHelp(); show(); });
  function openHelp() { enter(flow.help, [], returns()); show(); }
  if (flow.help !== null) el("help").addEventListener("click", openHelp);
  document.addEventListener("keydown", function (event) {
    var tag = event.target && event.target.tagName;
    if (tag === "TEXTAREA" || tag === "INPUT" || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key >= "1" && event.key <= "9") {
      var button = document.querySelector('button.choice[data-number="' + event.key + '"]');
      if (button) { event.preventDefault(); button.click(); }
    } else if (event.key === "b" || event.key === "B") {
      event.preventDefault(); back(); show();
    } else if (event.key === "r" || event.key === "R") {
      event.preventDefault(); restart(); show();
    } else if ((event.key === "h" || event.key === "H") && flow.help !== null) {
      event.preventDefault(); openHelp();
    }
  });
  // Whatever focus or a link scrolls to stays clear of the dock, however tall its choices are.
  new ResizeObserver(function () {
    document.documentElement.style.scrollPaddingBottom = el("dock").offsetHeight + "px";
  }).observe(el("dock"));
  document.title = flow.title;
  el("flow-title").textContent = flow.title;
  fillHelp();
  restart();
  show();
})();

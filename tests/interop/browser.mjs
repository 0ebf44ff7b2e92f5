// Headless Chromium (Debian's) as the real consumer of three exports, in one browser start:
//  - the SVG chart of every flow loads and draws;
//  - Mermaid's own parser accepts every Mermaid export, and Mermaid renders the shipped ones
//    with one box per step;
//  - the HTML player plays every flow offline (no request leaves the page, no console error):
//    random walks by mouse and by keyboard enter the same steps as `heartflow walk` with the
//    same choice numbers, typed words reach the ending, back and restart work, and flow text
//    stays text (no script or markup from it runs);
//  - the player's help path, exported with --resources, at 320x480, 800x600 and 1200x800: "Get
//    help now" stays in view at the bottom of a long step and is reached by keyboard, the lines
//    come first (the file's, then the flow's, each once, as text), a help-path ending shows no
//    recap and "Back to where I was" returns to the step before help; with no lines at all, the
//    engine's default text. Screenshots of each size are left in the npm tree for a look;
//  - the player's layout: every choice of the flagship's "Name the feeling" and of a step with
//    nine long choices lies inside the window, uncovered, with its number, at 800x560, 1024x700
//    and 1200x820 (the flagship's at 320x480 too, screenshots left at 800x560 and 320x480), and
//    a text too long for the window scrolls under them;
//  - no raw text: no step kind shown as a label and no placeholder unfilled on any step of the
//    shipped flows' walks; fallbacks and counts read right;
//  - accessibility: axe-core finds no violation at WCAG 2.2 AA on each kind of screen (a choice
//    step, a writing step, breathing, an ending, the help step, a help-path ending), walked by
//    keyboard alone with a visible focus; each new step's heading takes focus, also when a key
//    was pressed on the last one's; with reduced motion asked for, nothing is animated.
// Usage: node browser.mjs HEARTFLOW SOURCE_DIR GENERATED_FLOW   (HEARTFLOW_INTEROP_WORK: npm tree)
import { createRequire } from "node:module";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const [bin, src, generated] = process.argv.slice(2);
const npmTree = process.env.HEARTFLOW_INTEROP_WORK;
const require = createRequire(path.join(npmTree, "package.json"));
const { chromium } = require("playwright-core");
const axeSource = fs.readFileSync(path.join(npmTree, "node_modules/axe-core/axe.min.js"), "utf8");

let passed = 0, failed = 0;
const fail = (message) => { failed++; console.log("FAIL: " + message); };
const ok = () => { passed++; };
const work = fs.mkdtempSync(path.join(os.tmpdir(), "heartflow-browser-"));
const exportTo = (file, format, out, ...options) =>
  execFileSync(bin, ["export", file, "--to", format, "-o", out, ...options], { encoding: "utf8" });
// The steps `heartflow walk` enters, less the routes: a route is passed, never shown, so the
// page never names it (the ink export tags each step with its kind).
const walkIds = (file, choices) => {
  const ink = execFileSync(bin, ["export", file, "--to", "ink"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  const routes = new Set([...ink.matchAll(/# node: (\S+)\n# kind: route\n/g)].map((m) => m[1]));
  const ids = execFileSync(bin, ["walk", file, "--choose", choices.join(",")], { encoding: "utf8" }).trim().split("\n");
  return ids.filter((id) => !routes.has(id));
};

function random(seed) {
  let state = BigInt(seed);
  return (below) => {
    state = (state * 6364136223846793005n + 1442695040888963407n) & 0xffffffffffffffffn;
    return Number((state >> 33n) % BigInt(below));
  };
}

// A page that records console errors and any request that is not the page's own file.
async function watchedPage(context, label) {
  const page = await context.newPage();
  page.on("console", (m) => { if (m.type() === "error") fail(`${label}: console error: ${m.text()}`); });
  page.on("pageerror", (e) => fail(`${label}: page error: ${e.message}`));
  page.on("request", (r) => { if (!r.url().startsWith("file://")) fail(`${label}: the page asked the network for ${r.url()}`); });
  page.on("dialog", (d) => { fail(`${label}: a dialog opened (flow text ran as code): ${d.message()}`); d.dismiss(); });
  return page;
}

async function checkSvg(context, file) {
  const name = path.basename(file, ".toml"), out = path.join(work, name + ".svg");
  exportTo(file, "svg", out);
  const page = await watchedPage(context, name + ".svg");
  await page.goto("file://" + out);
  const box = await page.evaluate(() => {
    const root = document.documentElement, b = root.getBBox();
    return { tag: root.tagName, width: b.width, height: b.height, titles: document.querySelectorAll("g > title").length };
  });
  if (box.tag !== "svg" || !(box.width > 100 && box.height > 100)) fail(`${name}.svg did not draw: ${JSON.stringify(box)}`);
  else ok();
  if (name === "heart-of-the-matter") await page.screenshot({ path: path.join(npmTree, "heart-of-the-matter-svg.png") });
  await page.close();
}

async function checkMermaid(context, files) {
  const page = await watchedPage(context, "mermaid");
  await page.setContent("<!DOCTYPE html><html><body></body></html>");
  await page.addScriptTag({ path: path.join(npmTree, "node_modules/mermaid/dist/mermaid.min.js") });
  await page.evaluate(() => mermaid.initialize({ startOnLoad: false, maxTextSize: 50000000, maxEdges: 100000 }));
  for (const [file, render] of files) {
    const name = path.basename(file, ".toml"), out = path.join(work, name + ".mmd");
    exportTo(file, "mermaid", out);
    const text = fs.readFileSync(out, "utf8");
    const steps = (fs.readFileSync(file, "utf8").match(/^\[\[node\]\]/gm) || []).length;
    const result = await page.evaluate(async ({ text, render, name }) => {
      try {
        await mermaid.parse(text);
        if (!render) return { nodes: -1 };
        const { svg } = await mermaid.render("chart-" + name.replace(/[^a-z0-9]/gi, ""), text);
        const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
        return { nodes: doc.querySelectorAll("g.node").length };
      } catch (e) {
        return { error: String(e.message || e).slice(0, 400) };
      }
    }, { text, render, name });
    if (result.error) fail(`${name}: Mermaid rejected the export: ${result.error}`);
    else if (render && result.nodes !== steps) fail(`${name}: Mermaid drew ${result.nodes} boxes for ${steps} steps`);
    else ok();
  }
  await page.close();
}

// Plays one walk in the player: random choices by click or key; returns the ids entered. With
// checkText, every step is checked for raw text (see rawText).
async function playWalk(page, next, maxSteps, byKeyboard, words, checkText) {
  const entered = [await page.getAttribute("body", "data-node")], choices = [];
  for (let step = 0; step < maxSteps; step++) {
    if (checkText) {
      const raw = await rawText(page, words);
      if (raw.length) fail(`${entered[entered.length - 1]} shows raw text: ${raw.join(" | ")}`);
    }
    const buttons = await page.$$("button.choice");
    if (buttons.length === 0) break;
    if (await page.isVisible("#journal")) await page.fill("#journal", words);
    const k = 1 + next(buttons.length);
    choices.push(k);
    if (byKeyboard && k <= 9) {
      await page.focus("#step-title");
      await page.keyboard.press(String(k));
    } else {
      await buttons[k - 1].click();
    }
    entered.push(await page.getAttribute("body", "data-node"));
  }
  return { entered, choices };
}

async function checkPlayer(context, file, walks, maxSteps, checkText) {
  const name = path.basename(file, ".toml"), out = path.join(work, name + ".html");
  exportTo(file, "html", out);
  const page = await watchedPage(context, name + ".html");
  await page.goto("file://" + out);
  const next = random(11);
  const words = "My words: <b>bold?</b> {said} & \"quoted\"";
  for (let w = 0; w < walks; w++) {
    await page.click("#restart");
    const walk = await playWalk(page, next, maxSteps, w % 2 === 1, words, checkText);
    const expected = walkIds(file, walk.choices);
    if (JSON.stringify(expected) !== JSON.stringify(walk.entered)) {
      fail(`${name}: choices ${walk.choices.join(",")}: heartflow walk entered ${expected.join(" ")}, the player ${walk.entered.join(" ")}`);
      break;
    }
    ok();
    if (walk.entered.length >= 2) { // back, by key, returns to the step before
      await page.focus("#step-title");
      await page.keyboard.press("b");
      const back = await page.getAttribute("body", "data-node");
      if (back !== walk.entered[walk.entered.length - 2]) fail(`${name}: back went to ${back}, not ${walk.entered[walk.entered.length - 2]}`);
      else ok();
    }
  }
  // Flow text added no script, and restart returns to the start.
  const scripts = await page.evaluate(() => document.querySelectorAll("script").length);
  if (scripts !== 2) fail(`${name}: the page holds ${scripts} scripts, not its 2`);
  else ok();
  await page.click("#restart");
  const start = await page.getAttribute("body", "data-node");
  if (start !== walkIds(file, [])[0]) fail(`${name}: restart went to ${start}`);
  else ok();
  await page.close();
}

async function checkAwkwardText(context) {
  const file = path.join(src, "tests/interop/data/awkward.toml"), out = path.join(work, "awkward-text.html");
  exportTo(file, "html", out);
  const page = await watchedPage(context, "awkward.html");
  await page.goto("file://" + out);
  const shown = await page.evaluate(() => ({
    title: document.getElementById("step-title").textContent,
    text: document.getElementById("step-text").textContent,
    flowTitle: document.title,
    images: document.images.length,
  }));
  const expectations = [
    [shown.title === "Start: <script>alert(1)</script>", "a title with markup shows as written"],
    [shown.text.includes("<img src=x onerror=alert(1)> -> DONE") && shown.images === 0, "markup in text shows as written"],
    [shown.text.includes("{curly}") && shown.text.includes("😀🫶🏽"), "braces and emoji show as written"],
    [shown.flowTitle.startsWith("Awkward <b>\"quotes\"</b> & [brackets] {{braces}}"), "the page title is the flow title"],
  ];
  for (const [good, what] of expectations) good ? ok() : fail(`awkward.html: ${what}: ${JSON.stringify(shown)}`);
  // Keyboard alone: Tab reaches the first choice, Enter takes it; then the help button.
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  const afterEnter = await page.getAttribute("body", "data-node");
  afterEnter === "write" ? ok() : fail(`awkward.html: Tab then Enter went to ${afterEnter}`);
  // Words typed at a reflection come back as text, in a later step and at the ending.
  const typed = "I mean <em>this</em> {said} & \"that\"";
  await page.fill("#journal", typed);
  await page.focus("#step-title");
  await page.keyboard.press("1"); // the reflection's Continue
  const later = await page.evaluate(() => document.getElementById("step-text").textContent);
  later.includes("You wrote: " + typed) ? ok() : fail(`awkward.html: the typed words came back as ${later}`);
  await page.click("button.choice >> nth=1");
  await page.click("button.choice >> nth=0");
  const ending = await page.evaluate(() => ({ node: document.body.dataset.node, words: document.getElementById("words-list").textContent }));
  ending.node === "end" && ending.words.includes(typed) ? ok() : fail(`awkward.html: the ending shows ${JSON.stringify(ending)}`);
  await page.click("#help");
  (await page.getAttribute("body", "data-node")) === "help-now" ? ok() : fail("awkward.html: Get help now did not open the help step");
  await page.close();
}

// The page's state for the help checks: where each part is, and what the help box holds.
function helpState(page) {
  return page.evaluate(() => {
    const box = (id) => {
      const e = document.getElementById(id);
      if (!e || e.hidden || e.closest("[hidden]")) return null;
      const r = e.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
    };
    return {
      node: document.body.dataset.node,
      width: innerWidth, height: innerHeight,
      help: box("help"), bar: box("bar"), helpBox: box("help-box"), title: box("step-title"), text: box("step-text"),
      heading: document.getElementById("help-heading").textContent,
      lines: [...document.querySelectorAll("#help-list li")].map((li) => li.textContent),
      markup: document.querySelectorAll("#help-list *:not(li)").length,
      summary: box("summary"), ending: box("help-ending"), leave: box("leave-help"),
      endingWords: document.getElementById("help-ending-words").textContent,
      leaveLabel: document.getElementById("leave-help").textContent,
      words: JSON.parse(document.getElementById("flow-data").textContent).helpWords,
      focused: document.activeElement && document.activeElement.id,
    };
  });
}

const inView = (b, s) => b && b.top >= 0 && b.left >= 0 && b.bottom <= s.height && b.right <= s.width;

// The help path of help-path.toml with a resources file, at one window size.
async function checkHelpPath(context, width, height) {
  const label = `help-path ${width}x${height}`, dir = path.join(work, "help");
  fs.mkdirSync(dir, { recursive: true });
  const resources = path.join(dir, "crisis-resources.txt"), out = path.join(dir, "help-path.html");
  fs.writeFileSync(resources, "# from my therapist\nDr. Rivera after hours: 555 0142\n" +
    "Shared line: the clinic front desk, 555 0199\n");
  exportTo(path.join(src, "tests/interop/data/help-path.toml"), "html", out, "--resources", resources);
  const page = await watchedPage(context, label);
  await page.setViewportSize({ width, height });
  await page.goto("file://" + out);
  const expect = (good, what, state) => good ? ok() : fail(`${label}: ${what}: ${JSON.stringify(state)}`);
  await page.click("button.choice >> nth=0"); // to the long step
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  let s = await helpState(page);
  const scrolled = await page.evaluate(() => window.scrollY > 0);
  expect(s.node === "long" && scrolled, "the long step scrolls", s);
  expect(inView(s.help, s), "Get help now is in view at the bottom of a long step", s);
  await page.screenshot({ path: path.join(npmTree, `help-long-${width}x${height}.png`) });
  // By keyboard: from the step's title, Shift+Tab reaches the button and Enter opens help.
  await page.focus("#step-title");
  await page.keyboard.press("Shift+Tab");
  s = await helpState(page);
  expect(s.focused === "help", "Shift+Tab from the step reaches Get help now", s);
  await page.keyboard.press("Enter");
  s = await helpState(page);
  expect(s.node === "help", "Get help now opens the help step", s);
  expect(JSON.stringify(s.lines) === JSON.stringify([
    "Dr. Rivera after hours: 555 0142", "Shared line: the clinic front desk, 555 0199",
    "Practice after-hours line: 555 0100", "A line with <b>markup</b> and </script> in it"]) && s.markup === 0,
    "the file's lines, then the flow's, each once and as text", s);
  expect(s.heading === s.words.heading, "the lines are under their heading", s);
  expect(s.helpBox && s.title && s.text && s.helpBox.bottom <= s.title.top && s.title.bottom <= s.text.top,
    "the lines come before the step's title and text", s);
  expect(s.helpBox.top >= s.bar.bottom && inView(s.help, s), "the bar covers no line and stays in view", s);
  expect(s.focused === "help-heading", "focus moves to the lines", s);
  await page.screenshot({ path: path.join(npmTree, `help-${width}x${height}.png`) });
  await page.click("button.choice >> nth=0"); // I will call someone now
  s = await helpState(page);
  expect(s.node === "call" && s.helpBox, "a step reached only through help shows the lines too", s);
  await page.click("button.choice >> nth=0"); // Continue, to the help-path ending
  s = await helpState(page);
  expect(s.node === "reached" && s.helpBox && s.lines.length === 4, "the help-path ending shows the lines", s);
  expect(s.summary === null, "the help-path ending shows no recap of the way here", s);
  expect(s.ending && s.endingWords === s.words.ending && s.leave && s.leaveLabel === s.words.back,
    "the help-path ending has the calm sentence and the way back", s);
  await page.screenshot({ path: path.join(npmTree, `help-ending-${width}x${height}.png`), fullPage: true });
  await page.click("#leave-help");
  s = await helpState(page);
  expect(s.node === "long" && s.helpBox === null, "Back to where I was returns to the step before help", s);
  await page.click("button.choice >> nth=0"); // Continue, to the flow's own ending
  s = await helpState(page);
  expect(s.node === "end" && s.summary && s.helpBox === null && s.ending === null, "the flow's own ending keeps its recap", s);
  await page.keyboard.press("h");
  expect((await helpState(page)).node === "help", "H opens help", s);
  await page.close();
}

// A flow with no help lines, exported without --resources: the engine's default text.
async function checkDefaultHelp(context) {
  const out = path.join(work, "awkward-help.html");
  exportTo(path.join(src, "tests/interop/data/awkward.toml"), "html", out);
  const page = await watchedPage(context, "awkward default help");
  await page.setViewportSize({ width: 320, height: 480 });
  await page.goto("file://" + out);
  await page.click("#help");
  const s = await helpState(page);
  const good = s.node === "help-now" && s.heading === s.words.defaultHeading && s.helpBox &&
    JSON.stringify(s.lines) === JSON.stringify(s.words.defaultSteps) && s.lines.length >= 3 && s.summary === null;
  good ? ok() : fail(`awkward.html: no lines did not show the default help text: ${JSON.stringify(s)}`);
  await page.screenshot({ path: path.join(npmTree, "help-default-320x480.png"), fullPage: true });
  await page.click("#leave-help");
  (await page.getAttribute("body", "data-node")) === "start" ? ok() : fail("awkward.html: Back to where I was did not return to the start");
  await page.close();
}

// For the layout checks: where each choice is, and whether it is seen (nothing covers the middle
// of its edges or its number).
function layoutState(page) {
  return page.evaluate(() => {
    const rect = (e) => { const r = e.getBoundingClientRect(); return { top: r.top, bottom: r.bottom, left: r.left, right: r.right }; };
    const uncovered = (e, r) => [[r.left + 3, (r.top + r.bottom) / 2], [r.right - 3, (r.top + r.bottom) / 2],
      [(r.left + r.right) / 2, r.top + 3], [(r.left + r.right) / 2, r.bottom - 3]]
      .every(([x, y]) => e.contains(document.elementFromPoint(x, y)));
    return {
      node: document.body.dataset.node, width: innerWidth, height: innerHeight, scrollY,
      scrolls: document.documentElement.scrollHeight > innerHeight,
      bar: rect(document.getElementById("bar")), help: rect(document.getElementById("help")),
      choices: [...document.querySelectorAll("button.choice")].map((b) => {
        const number = b.querySelector(".number"), r = rect(b), n = rect(number);
        return { label: b.textContent, number: number.textContent, rect: r,
          seen: uncovered(b, r) && b.contains(document.elementFromPoint((n.left + n.right) / 2, (n.top + n.bottom) / 2)) };
      }),
    };
  });
}

// Every choice in view without scrolling, whole and with its number, under the bar; the step's
// text, when it does not fit, scrolls under the choices and can be read to its last line.
async function checkChoicesInView(context) {
  const flagship = path.join(src, "flows/heart-of-the-matter.toml"), many = path.join(src, "tests/interop/data/many-choices.toml");
  const cases = [[flagship, [1, 1, 1], "name_feeling", 9], [many, [], "start", 9]];
  const sizes = [[800, 560], [1024, 700], [1200, 820]];
  for (const [file, choices, node, count] of cases) {
    const name = path.basename(file, ".toml"), out = path.join(work, name + "-layout.html");
    exportTo(file, "html", out);
    for (const [width, height] of node === "name_feeling" ? [...sizes, [320, 480]] : sizes) {
      const label = `${name} ${node} ${width}x${height}`;
      const page = await watchedPage(context, label);
      await page.setViewportSize({ width, height });
      await page.goto("file://" + out);
      for (const k of choices) await page.click(`button.choice >> nth=${k - 1}`);
      const s = await layoutState(page);
      const expect = (good, what) => good ? ok() : fail(`${label}: ${what}: ${JSON.stringify(s)}`);
      expect(s.node === node && s.choices.length === count && s.scrollY === 0, `the step shows its ${count} choices`);
      s.choices.forEach((c, i) => inView(c.rect, s) && c.rect.top >= s.bar.bottom && c.seen && c.number === String(i + 1)
        ? ok() : fail(`${label}: choice ${i + 1} is not in view, whole and with its number: ${JSON.stringify(c)}`));
      expect(inView(s.help, s), "Get help now is in view");
      if (node === "name_feeling" && (width === 800 || width === 320)) {
        await page.screenshot({ path: path.join(npmTree, `name-feeling-${width}x${height}.png`) });
        const violations = await axeViolations(page);
        expect(violations.length === 0, `axe-core: ${violations.join("; ")}`);
      }
      if (name === "many-choices" && width === 800) {
        expect(s.scrolls, "the long text scrolls at 800x560");
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        const last = await page.evaluate(() => {
          const p = document.querySelector("#step-text p:last-child"), r = p.getBoundingClientRect();
          return document.elementFromPoint(r.left + 2, r.bottom - 4) === p;
        });
        expect(last, "the text's last line can be scrolled into view above the choices");
        const after = await layoutState(page);
        expect(after.choices.every((c) => inView(c.rect, after) && c.rect.top >= after.bar.bottom && c.seen),
          "the choices stay in view as the text scrolls");
      }
      await page.close();
    }
  }
}

// Text a person reads: no step kind shown as a label, no placeholder left unfilled, counts that
// read right; a placeholder shows its value, or its fallback while the value is empty.
async function checkReadableText(context) {
  const out = path.join(work, "many-choices-text.html");
  exportTo(path.join(src, "tests/interop/data/many-choices.toml"), "html", out);
  const page = await watchedPage(context, "many-choices text");
  await page.goto("file://" + out);
  const text = () => page.evaluate(() => document.getElementById("step").innerText);
  const expect = async (good, what) => good ? ok() : fail(`many-choices: ${what}: ${await text()}`);
  await expect((await text()).includes("Right now the feeling is not named yet."), "an empty value shows the fallback");
  await page.click("button.choice >> nth=8"); // Something else: the feeling stays empty
  await expect((await text()).includes("You chose: a mix, or something else."), "an empty value shows its fallback");
  await page.click("#back");
  await page.click("button.choice >> nth=1"); // On edge
  await expect((await text()).includes("You chose: on edge."), "a value fills its placeholder");
  await page.click("button.choice >> nth=0");
  await expect((await text()).includes("Breathe in for 1 second, out for 1 second. One breath."), "one second and one breath read right");
  await page.close();
}

// Text shown on a step that no person should read: a kind name as a label, or a placeholder. The
// words the person typed (`typed`) are theirs, braces and all.
function rawText(page, typed = "") {
  return page.evaluate((typed) => {
    const kinds = ["prompt", "question", "reflection", "breathing", "ending"];
    const lines = document.body.innerText.split("\n").map((l) => (typed ? l.split(typed).join("") : l).trim());
    return lines.filter((l) => kinds.includes(l.toLowerCase()) || /\{[A-Za-z_][A-Za-z0-9_ ]*(\|[^}]*)?\}/.test(l));
  }, typed);
}

// axe-core at WCAG 2.2 AA on one screen; returns the violations, one line each.
async function axeViolations(page) {
  if (!(await page.evaluate(() => typeof axe === "object"))) await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(() => axe.run(document, {
    runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } }));
  return result.violations.map((v) => `${v.id} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

// Every kind of screen under axe-core, walked by keyboard alone: focus always visible, each new
// step's heading takes focus (so a screen reader reads it), the breathing circle still when the
// person asks for less motion.
async function checkAccessible(context, width, height, reducedMotion) {
  const label = `many-choices a11y ${width}x${height}${reducedMotion ? " reduced motion" : ""}`;
  const out = path.join(work, "many-choices-a11y.html");
  exportTo(path.join(src, "tests/interop/data/many-choices.toml"), "html", out);
  const page = await watchedPage(context, label);
  await page.setViewportSize({ width, height });
  if (reducedMotion) await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto("file://" + out);
  await page.evaluate(() => {
    window.focusedHeadings = 0;
    document.addEventListener("focusin", (e) => { if (e.target.tagName === "H2") window.focusedHeadings++; });
  });
  const state = () => page.evaluate(() => {
    const a = document.activeElement, style = getComputedStyle(a);
    return { node: document.body.dataset.node, focused: a.id || a.className, headings: window.focusedHeadings,
      ring: a.matches(":focus-visible") && style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
      animations: document.getAnimations().length };
  });
  const screen = async (what, node, heading) => {
    const s = await state();
    s.node === node ? ok() : fail(`${label}: ${what}: on ${s.node}, not ${node}`);
    s.focused === heading ? ok() : fail(`${label}: ${what}: focus is on ${s.focused}, not the heading ${heading}`);
    const violations = await axeViolations(page);
    violations.length === 0 ? ok() : fail(`${label}: ${what}: axe-core: ${violations.join("; ")}`);
    const raw = await rawText(page);
    raw.length === 0 ? ok() : fail(`${label}: ${what}: raw text shown: ${raw.join(" | ")}`);
  };
  // Tab to a control, and check its focus is visible.
  const tabTo = async (target, presses) => {
    for (let i = 0; i < presses; i++) await page.keyboard.press("Tab");
    const s = await state();
    s.focused === target && s.ring ? ok() : fail(`${label}: Tab did not reach ${target} with a visible focus: ${JSON.stringify(s)}`);
  };
  await screen("a step with choices", "start", "step-title");
  await tabTo("choice", 1);
  await page.keyboard.press("Enter");
  await screen("a writing step", "write", "step-title");
  await tabTo("journal", 1);
  await page.keyboard.type("Tired of carrying it all");
  await tabTo("choice", 1);
  await page.keyboard.press("Enter");
  await screen("a breathing step", "breathe", "step-title");
  const moving = (await state()).animations;
  (reducedMotion ? moving === 0 : moving > 0) ? ok() : fail(`${label}: the breathing circle has ${moving} animations`);
  // A number key pressed on the heading that has focus: the new step's heading takes it again.
  const before = (await state()).headings;
  await page.keyboard.press("1");
  await screen("an ending", "end", "step-title");
  (await state()).headings > before ? ok() : fail(`${label}: the ending's heading did not take focus anew`);
  await page.keyboard.press("h");
  await screen("the help path", "help", "help-heading");
  await tabTo("choice", 1);
  await page.keyboard.press("Enter");
  await screen("a help-path ending", "reached", "help-heading");
  await tabTo("leave-help", 1);
  await page.keyboard.press("Enter");
  (await state()).node === "end" ? ok() : fail(`${label}: Back to where I was did not return to the ending`);
  await page.close();
}

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"],
});
try {
  const context = await browser.newContext({ offline: true });
  const shipped = fs.readdirSync(path.join(src, "flows")).filter((f) => f.endsWith(".toml")).map((f) => path.join(src, "flows", f));
  const awkward = path.join(src, "tests/interop/data/awkward.toml");
  for (const file of [...shipped, awkward, generated]) await checkSvg(context, file);
  await checkMermaid(context, [...shipped.map((f) => [f, true]), [awkward, true], [generated, false]]);
  for (const file of shipped) await checkPlayer(context, file, 6, 60, true);
  await checkPlayer(context, awkward, 6, 60, false); // its text holds braces on purpose
  await checkPlayer(context, generated, 2, 120);
  await checkAwkwardText(context);
  for (const [width, height] of [[320, 480], [800, 600], [1200, 800]]) await checkHelpPath(context, width, height);
  await checkDefaultHelp(context);
  await checkChoicesInView(context);
  await checkReadableText(context);
  for (const [width, height] of [[800, 600], [320, 480]]) await checkAccessible(context, width, height, false);
  await checkAccessible(context, 800, 600, true);
} finally {
  await browser.close();
  fs.rmSync(work, { recursive: true, force: true });
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

// The words a translation's plural rule and a pick's options give, in the ink story (inkjs's
// compiler and runtime) and the HTML page (headless Chromium), the same as the engine's own
// (`heartflow play --tty`): Polish's three forms for 1 to 25 breaths ("jeden oddech", "2 oddechy",
// "5 oddechów"), an odd rule (a division by zero, subtraction below zero, a form past those the
// translation gives), and a pick's options in words ("tired, alone and scared", "nothing").
// Usage: node plural_and_pick.mjs HEARTFLOW SOURCE_DIR   (HEARTFLOW_INTEROP_WORK: npm tree)
import { createRequire } from "node:module";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const [bin, src] = process.argv.slice(2);
const require = createRequire(path.join(process.env.HEARTFLOW_INTEROP_WORK, "package.json"));
const { Compiler, CompilerOptions } = require("inkjs/full");
const { chromium } = require("playwright-core");

let passed = 0, failed = 0;
const fail = (message) => { failed++; console.log("FAIL: " + message); };
const same = (what, got, want) => {
  if (JSON.stringify(got) === JSON.stringify(want)) passed++;
  else fail(`${what}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
};
const work = fs.mkdtempSync(path.join(os.tmpdir(), "heartflow-plural-"));
// play --tty keeps the walk it was playing (--fresh starts anew): a home of its own keeps the
// person's clean.
const env = { ...process.env, HOME: work, XDG_CONFIG_HOME: path.join(work, "config"),
  XDG_DATA_HOME: path.join(work, "data"), XDG_STATE_HOME: path.join(work, "state") };
const run = (args, input) => execFileSync(bin, args, { input, env, encoding: "utf8", stdio: ["pipe", "pipe", "ignore"] });

// breaths.toml and a translation beside it whose rule is odd on purpose: n % 0 and n / (n - n)
// are 0, 2 * n - 6 goes below zero for n < 3 (unsigned in the engine, so never 0 there), form 3
// (n = 3, 12, 16...) is past the three forms given, so the last stands for it.
const breaths = path.join(src, "tests/data/translations/breaths.toml");
const odd = path.join(work, "odd", "breaths.toml");
fs.mkdirSync(path.dirname(odd));
fs.copyFileSync(breaths, odd);
fs.writeFileSync(path.join(work, "odd", "breaths.xx.po"), `msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=4; plural=n % 0 + n / (n - n) + (2 * n - 6 == 0 ? 3 : "
"!(n % 4) + (n > 9 ? 2 : 0));\\n"

msgctxt "count.text"
msgid "You took {plural breaths: one breath|# breaths}."
msgstr "Took {plural breaths: A #|B #|C #}."
`);
const cases = [
  { name: "Polish", file: breaths, lang: "pl", count: 25, line: /^Wziąłeś / },
  { name: "the odd rule", file: odd, lang: "xx", count: 16, line: /^Took / },
];

// What the engine shows at the counting step after 1, 2, ... count breaths.
function engineTexts({ file, lang, count, line }) {
  const input = "\n1\n" + "1\n1\n".repeat(count - 1); // skip the check-in; done; one more, done...
  return run(["play", "--tty", "--fresh", "--lang", lang, file], input).split("\n")
    .map((l) => l.replace(/^> /, "")).filter((l) => line.test(l));
}

function compileInk(source, what) {
  const messages = [];
  const options = new CompilerOptions(null, [], false, (message) => messages.push(message));
  let story = null;
  try { story = new Compiler(source, options).Compile(); } catch (e) { messages.push(String(e.message || e)); }
  if (!story || messages.length) fail(`${what}: inkjs did not compile the ink export: ${messages.slice(0, 5).join("; ")}`);
  return messages.length ? null : story;
}

function inkTexts({ name, file, lang, count }) {
  const story = compileInk(run(["export", file, "--to", "ink", "--lang", lang]), name);
  if (!story) return [];
  const texts = [];
  story.ContinueMaximally();
  for (let n = 1; n <= count; n++) {
    if (n > 1) { story.ChooseChoiceIndex(0); story.ContinueMaximally(); } // one more
    story.ChooseChoiceIndex(0); // done
    texts.push(story.ContinueMaximally().trim());
  }
  return texts;
}

async function pageTexts(context, { name, file, lang, count }) {
  const out = path.join(work, `breaths-${lang}.html`);
  run(["export", file, "--to", "html", "--lang", lang, "-o", out]);
  const page = await context.newPage();
  page.on("pageerror", (e) => fail(`${name} page: ${e.message}`));
  await page.goto("file://" + out);
  const texts = [];
  for (let n = 1; n <= count; n++) {
    if (n > 1) await page.click("button.choice >> nth=0"); // one more
    await page.click("button.choice >> nth=0"); // done
    texts.push((await page.textContent("#step-text")).trim());
  }
  await page.close();
  return texts;
}

// A pick's options in words at the ending of scale-and-pick.toml, for each set of options picked.
const pickFlow = path.join(src, "tests/data/flows/scale-and-pick.toml");
const pickings = [[], ["alone"], ["tired", "scared"], ["tired", "alone", "scared"]];
const options = ["tired", "alone", "scared"];

function enginePickTexts() {
  return pickings.map((picked) => {
    const answer = picked.length ? picked.map((o) => options.indexOf(o) + 1).join(" ") : "none";
    return run(["play", "--tty", "--fresh", pickFlow], `7\n${answer}\n`).split("\n").find((l) => /picked/.test(l));
  });
}

function inkPickTexts() {
  const story = compileInk(run(["export", pickFlow, "--to", "ink"]), "scale-and-pick");
  if (!story) return [];
  return pickings.map((picked) => {
    story.ResetState();
    story.ContinueMaximally();
    story.ChooseChoiceIndex(7); // the rating 7
    story.ContinueMaximally();
    for (const option of picked) {
      story.ChooseChoiceIndex(story.currentChoices.findIndex((c) => c.text === option));
      story.ContinueMaximally();
    }
    story.ChooseChoiceIndex(story.currentChoices.length - 1); // That's all
    return story.ContinueMaximally().trim();
  });
}

async function pagePickTexts(context) {
  const out = path.join(work, "scale-and-pick.html");
  run(["export", pickFlow, "--to", "html", "-o", out]);
  const page = await context.newPage();
  page.on("pageerror", (e) => fail(`scale-and-pick page: ${e.message}`));
  await page.goto("file://" + out);
  const texts = [];
  for (const picked of pickings) {
    await page.click("#restart");
    await page.click("button.choice >> nth=0"); // Continue from the scale
    for (const option of options) // the page keeps the last walk's ticks: set each
      await page.setChecked(`#pick-options label:has-text("${option}") input`, picked.includes(option));
    await page.click("button.choice >> nth=0"); // Continue from the pick
    texts.push((await page.textContent("#step-text")).trim());
  }
  await page.close();
  return texts;
}

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
});
try {
  const context = await browser.newContext({ offline: true });
  for (const c of cases) {
    const engine = engineTexts(c);
    same(`${c.name}: the engine shows a text for each count`, engine.length, c.count);
    same(`${c.name}: the ink story`, inkTexts(c), engine);
    same(`${c.name}: the HTML page`, await pageTexts(context, c), engine);
  }
  const polish = engineTexts(cases[0]);
  same("Polish for 1, 2, 5, 12 and 22", [0, 1, 4, 11, 21].map((i) => polish[i]), ["Wziąłeś jeden oddech.",
    "Wziąłeś 2 oddechy.", "Wziąłeś 5 oddechów.", "Wziąłeś 12 oddechów.", "Wziąłeś 22 oddechy."]);
  const picks = enginePickTexts();
  same("the engine's pick words", picks, ["You picked nothing.", "You picked alone.",
    "You picked tired and scared: 2 things.", "You picked tired, alone and scared: 3 things."]);
  same("the ink story's pick words", inkPickTexts(), picks);
  same("the HTML page's pick words", await pagePickTexts(context), picks);
} finally {
  await browser.close();
  fs.rmSync(work, { recursive: true, force: true });
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

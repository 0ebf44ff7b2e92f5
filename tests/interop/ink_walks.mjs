// ink's own compiler and runtime (inkjs) on the ink export of every shipped flow, a flow full of
// awkward characters and a large generated flow: each compiles without errors, and random walks
// taken in the ink story enter the same steps as `heartflow walk` with the same choice numbers.
// Usage: node ink_walks.mjs HEARTFLOW SOURCE_DIR GENERATED_FLOW   (HEARTFLOW_INTEROP_WORK: npm tree)
import { createRequire } from "node:module";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const [bin, src, generated] = process.argv.slice(2);
const require = createRequire(path.join(process.env.HEARTFLOW_INTEROP_WORK, "package.json"));
const { Compiler, CompilerOptions } = require("inkjs/full");

let passed = 0, failed = 0;
const fail = (message) => { failed++; console.log("FAIL: " + message); };

function random(seed) {
  let state = BigInt(seed);
  return (below) => {
    state = (state * 6364136223846793005n + 1442695040888963407n) & 0xffffffffffffffffn;
    return Number((state >> 33n) % BigInt(below));
  };
}

function compile(file) {
  const source = execFileSync(bin, ["export", file, "--to", "ink"], { encoding: "utf8", maxBuffer: 1 << 28 });
  const messages = [];
  const options = new CompilerOptions(null, [], false, (message, type) => messages.push(message));
  let story = null;
  try { story = new Compiler(source, options).Compile(); } catch (e) { messages.push(String(e.message || e)); }
  return { story, messages };
}

// One walk in ink: the steps entered (from each knot's "# node:" tag), the choices taken, and the
// answers given at scale and pick steps (from the "# kind:" tag), as `heartflow walk` takes them.
// A scale's ratings and a pick's options are ink choices but one Continue in heartflow; a walk
// gives each step one answer, so a walk that comes back to an answered step stops there.
function inkWalk(story, next, maxSteps) {
  story.ResetState();
  const entered = [], choices = [], rate = [], pick = [];
  const answered = new Set();
  let node = "", kind = "";
  const run = () => {
    while (story.canContinue) {
      story.Continue();
      for (const tag of story.currentTags) {
        if (tag.startsWith("node: ")) { node = tag.slice(6); kind = ""; entered.push(node); }
        if (tag.startsWith("kind: ")) kind = tag.slice(6);
      }
    }
  };
  for (let step = 0; ; step++) {
    run();
    const n = story.currentChoices.length;
    if (n === 0 || step >= maxSteps) break;
    if (kind === "scale" || kind === "pick") {
      if (answered.has(node)) break;
      answered.add(node);
      choices.push(1);
      if (kind === "scale") {
        const k = next(n); // the last choice skips
        if (k < n - 1) rate.push(`${node}=${parseInt(story.currentChoices[k].text, 10)}`);
        story.ChooseChoiceIndex(k);
        continue;
      }
      const options = story.currentChoices.slice(0, n - 1).map((c) => c.text);
      const picked = options.filter(() => next(2) === 1);
      for (const option of picked) {
        story.ChooseChoiceIndex(story.currentChoices.findIndex((c) => c.text === option));
        run();
      }
      pick.push(`${node}=${picked.map((o) => options.indexOf(o) + 1).join("+")}`);
      story.ChooseChoiceIndex(story.currentChoices.length - 1); // "That's all"
      continue;
    }
    const k = 1 + next(n);
    choices.push(k);
    story.ChooseChoiceIndex(k - 1);
  }
  return { entered, choices, rate, pick };
}

function heartflowWalk(file, ink) {
  const args = ["walk", file, "--choose", ink.choices.join(","), "--rate", ink.rate.join(","), "--pick", ink.pick.join(",")];
  const out = execFileSync(bin, args, { encoding: "utf8" });
  return out.trim().split("\n");
}

function checkFlow(file, walks, maxSteps) {
  const name = path.basename(file);
  const { story, messages } = compile(file);
  if (!story || messages.length) return fail(`${name}: inkjs did not compile the ink export: ${messages.slice(0, 5).join("; ")}`);
  const next = random(7);
  for (let w = 0; w < walks; w++) {
    const ink = inkWalk(story, next, maxSteps);
    const expected = heartflowWalk(file, ink);
    if (JSON.stringify(expected) !== JSON.stringify(ink.entered))
      return fail(`${name}: choices ${ink.choices.join(",")} rate ${ink.rate.join(",")} pick ${ink.pick.join(",")}: heartflow walk entered ${expected.join(" ")}, ink entered ${ink.entered.join(" ")}`);
    passed++;
  }
}

const flows = fs.readdirSync(path.join(src, "flows")).filter((f) => f.endsWith(".toml")).map((f) => path.join(src, "flows", f));
const more = ["tests/interop/data/awkward.toml", "tests/data/flows/scale-and-pick.toml"].map((f) => path.join(src, f));
for (const file of [...flows, ...more]) checkFlow(file, 25, 80);
checkFlow(generated, 6, 200);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

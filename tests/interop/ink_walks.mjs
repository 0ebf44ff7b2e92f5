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

// One walk in ink: the steps entered (from each knot's "# node:" tag) and the choices taken.
function inkWalk(story, next, maxSteps) {
  story.ResetState();
  const entered = [], choices = [];
  for (let step = 0; ; step++) {
    while (story.canContinue) {
      story.Continue();
      for (const tag of story.currentTags) if (tag.startsWith("node: ")) entered.push(tag.slice(6));
    }
    const n = story.currentChoices.length;
    if (n === 0 || step >= maxSteps) break;
    const k = 1 + next(n);
    choices.push(k);
    story.ChooseChoiceIndex(k - 1);
  }
  return { entered, choices };
}

function heartflowWalk(file, choices) {
  const out = execFileSync(bin, ["walk", file, "--choose", choices.join(",")], { encoding: "utf8" });
  return out.trim().split("\n");
}

function checkFlow(file, walks, maxSteps) {
  const name = path.basename(file);
  const { story, messages } = compile(file);
  if (!story || messages.length) return fail(`${name}: inkjs did not compile the ink export: ${messages.slice(0, 5).join("; ")}`);
  const next = random(7);
  for (let w = 0; w < walks; w++) {
    const ink = inkWalk(story, next, maxSteps);
    const expected = heartflowWalk(file, ink.choices);
    if (JSON.stringify(expected) !== JSON.stringify(ink.entered))
      return fail(`${name}: choices ${ink.choices.join(",")}: heartflow walk entered ${expected.join(" ")}, ink entered ${ink.entered.join(" ")}`);
    passed++;
  }
}

const flows = fs.readdirSync(path.join(src, "flows")).filter((f) => f.endsWith(".toml")).map((f) => path.join(src, "flows", f));
for (const file of [...flows, path.join(src, "tests/interop/data/awkward.toml")]) checkFlow(file, 25, 80);
checkFlow(generated, 6, 200);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

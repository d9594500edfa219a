// Fails when folders import each other in a cycle: the folders under lib/, and the simulator folders under lib/sim/.
// A file directly inside one of those parents (lib/random.ts, lib/sim/types.ts) counts as a unit of its own.
// Type-only imports count: a cycle of types is still two folders that cannot be understood apart.
// Run by `npm run lint`; `node scripts/check-cycles.mjs [repo root]`.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

/** Parents whose child folders (and files) must form an acyclic graph. Add one to check its children too. */
const PARENTS = ["lib", "lib/sim"];
const SKIP = new Set(["lib/db/generated"]);

const root = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, ".."));

function sourceFiles(dir) {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const file = `${dir}/${name}`;
    if (SKIP.has(file)) return [];
    if (statSync(path.join(root, file)).isDirectory()) return sourceFiles(file);
    return /\.(ts|tsx|mts|mjs|js)$/.test(name) && !name.endsWith(".d.ts") ? [file] : [];
  });
}

function resolve(fromFile, specifier) {
  let base;
  if (specifier.startsWith("@/")) base = path.posix.normalize(specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.posix.join(path.posix.dirname(fromFile), specifier);
  else return null;
  base = base.replace(/\.js$/, "");
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    const full = path.join(root, candidate);
    if (existsSync(full) && statSync(full).isFile()) return candidate;
  }
  return null;
}

/** The unit of `file` among the children of `parent`: `parent/<child>`, or null when the file is not under it. */
function unitOf(parent, file) {
  if (!file.startsWith(`${parent}/`)) return null;
  return `${parent}/${file.slice(parent.length + 1).split("/")[0]}`;
}

const files = sourceFiles("lib");
/** file -> [imported file, specifier] */
const imports = new Map(
  files.map((file) => {
    const { importedFiles } = ts.preProcessFile(readFileSync(path.join(root, file), "utf8"), true, true);
    const targets = importedFiles
      .map(({ fileName }) => [resolve(file, fileName), fileName])
      .filter(([target]) => target !== null);
    return [file, targets];
  }),
);

/** The cycles among the units of one parent, each as its list of edges with one import that makes the edge. */
function cyclesUnder(parent) {
  const edges = new Map(); // unit -> Map(unit -> example "file imports 'specifier'")
  for (const [file, targets] of imports) {
    const from = unitOf(parent, file);
    if (from === null) continue;
    for (const [target, specifier] of targets) {
      const to = unitOf(parent, target);
      if (to === null || to === from) continue;
      if (!edges.has(from)) edges.set(from, new Map());
      if (!edges.get(from).has(to)) edges.get(from).set(to, `${file} imports "${specifier}"`);
    }
  }
  // Tarjan's strongly connected components; every component of more than one unit holds a cycle.
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const components = [];
  let next = 0;
  const visit = (unit) => {
    index.set(unit, next);
    low.set(unit, next);
    next += 1;
    stack.push(unit);
    onStack.add(unit);
    for (const to of edges.get(unit)?.keys() ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(unit, Math.min(low.get(unit), low.get(to)));
      } else if (onStack.has(to)) low.set(unit, Math.min(low.get(unit), index.get(to)));
    }
    if (low.get(unit) === index.get(unit)) {
      const component = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        component.push(member);
      } while (member !== unit);
      if (component.length > 1) components.push(component);
    }
  };
  for (const unit of [...edges.keys()].sort()) if (!index.has(unit)) visit(unit);

  // One shortest cycle through each component's first unit, found breadth-first inside the component.
  return components.map((component) => {
    const members = new Set(component);
    const start = [...component].sort()[0];
    const previous = new Map([[start, null]]);
    const queue = [start];
    let closing = null;
    while (queue.length > 0 && closing === null) {
      const unit = queue.shift();
      for (const to of edges.get(unit)?.keys() ?? []) {
        if (!members.has(to)) continue;
        if (to === start) {
          closing = unit;
          break;
        }
        if (!previous.has(to)) {
          previous.set(to, unit);
          queue.push(to);
        }
      }
    }
    const path = [];
    for (let unit = closing; unit !== null; unit = previous.get(unit)) path.unshift(unit);
    path.push(start);
    return {
      units: component.sort(),
      steps: path.slice(0, -1).map((unit, i) => `${unit} -> ${path[i + 1]}: ${edges.get(unit).get(path[i + 1])}`),
    };
  });
}

let failed = false;
for (const parent of PARENTS) {
  for (const { units, steps } of cyclesUnder(parent)) {
    failed = true;
    console.error(`Folder cycle under ${parent}/: ${units.join(", ")}`);
    for (const step of steps) console.error(`  ${step}`);
  }
}
if (failed) {
  console.error("Folders must not import each other in a cycle: move what both need into one of them, or below both.");
  process.exit(1);
}
console.log(`check-cycles: no folder cycles under ${PARENTS.map((parent) => `${parent}/`).join(", ")}`);

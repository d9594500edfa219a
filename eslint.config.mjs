// Lint rules, and the folder boundaries of STYLE.md ("The shape we are moving to") as rules.
// `npm run lint` runs this and scripts/check-cycles.mjs (folder cycles, which ESLint cannot see file by file).
import { builtinModules } from "node:module";
import path from "node:path";
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import nextPlugin from "@next/eslint-plugin-next";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

const ROOT = import.meta.dirname;

/** The isomorphic core: no framework, no database, no Node; runs in the browser, the server and the CLI alike. */
const CORE_MODULES = ["content", "exam", "quiz", "srs", "sim", "i18n", "validation"];
const CORE_FILES = [`lib/{${CORE_MODULES.join(",")}}/**`, "lib/random.ts"];
/** Under these the folders one level down are entry points too (each simulator has an index.ts; each i18n
 * catalogue is its own module so a page loads only the texts it shows). */
const ONE_LEVEL_DEEP = new Set(["sim", "i18n"]);

const SOURCE = "**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}";
const PRODUCTION = ["app/**", "components/**", "config/**", "lib/**", "*.{ts,tsx,mjs,js}"];

const toApp = { regex: "^@/app(/.*)?$", message: "lib/ and components/ never import app/: move the shared code down." };
const coreRestrictions = [
  { regex: "^next(/.*)?$", message: "The core is framework-free: no next." },
  { regex: "^next-auth(/.*)?$", message: "The core is framework-free: no next-auth." },
  { regex: "^react(-dom)?(/.*)?$", message: "The core is framework-free: no react." },
  { regex: "^@prisma/", message: "The core knows no database: no @prisma." },
  { regex: "^pg(/.*)?$", message: "The core knows no database: no pg." },
  { regex: "^server-only$", message: "The core runs in the browser too: no server-only." },
  {
    regex: `^(node:.*|(${builtinModules.filter((name) => !name.startsWith("_")).join("|")})(/.*)?)$`,
    message: "The core runs in the browser too: no Node built-ins.",
  },
  {
    regex: "^@/lib/(db|server|auth|mail)(/.*)?$",
    message: "The core imports no lib/db, lib/server, lib/auth or lib/mail.",
  },
  { regex: "^@/components(/.*)?$", message: "The core imports no components." },
  { ...toApp, message: "The core imports no app/." },
];
const componentRestrictions = [
  { regex: "^@/app(/.*)?$", message: "components/ are presentational: they never import app/." },
  {
    regex: "^@/lib/server(/.*)?$",
    allowTypeImports: true,
    message: "components/ take data as props: only `import type` of view types from lib/server.",
  },
  {
    regex: "^@/lib/(auth|db|mail)(/.*)?$",
    message: "components/ know no session, no database and no mail (lib/auth, lib/db, lib/mail).",
  },
];

const RAW_SQL = "/^\\$(queryRaw|executeRaw)(Unsafe)?$/";
const rawSqlMessage = "Raw SQL lives in lib/db (and scripts/, tests/): call a lib/db/sql function instead.";

// ---------------------------------------------------------------------------------------------------------------
// Two checks that need the imported path resolved, which no-restricted-imports cannot do.

/** Repo-relative path, without extension or trailing /index, that a specifier names; null for packages. */
function targetOf(specifier, fromFile) {
  let target;
  if (specifier.startsWith("@/")) target = path.posix.normalize(specifier.slice(2));
  else if (specifier === "." || specifier.startsWith("./") || specifier.startsWith("../"))
    target = path.posix.join(path.posix.dirname(fromFile), specifier);
  else return null;
  return target.replace(/\.(ts|tsx|js|jsx|mjs)$/, "").replace(/\/index$/, "");
}

/** The module a repo path belongs to for "use @/ across modules": lib/<folder>, a file directly under lib/ or the
 * root, or the top folder (app, components, …). */
function unitOf(file) {
  const parts = file.split("/");
  if (parts.length === 1) return file;
  if (parts[0] === "lib") return parts.length === 2 ? file : `lib/${parts[1]}`;
  return parts[0];
}

function importSources(context, check) {
  const visit = (node) => {
    if (node.source && node.source.type === "Literal" && typeof node.source.value === "string")
      check(node, node.source.value);
  };
  return {
    ImportDeclaration: visit,
    ExportNamedDeclaration: visit,
    ExportAllDeclaration: visit,
    ImportExpression: visit,
  };
}

/** A module that starts with the "use client" directive. */
function isClientModule(context) {
  const [first] = context.sourceCode.ast.body;
  return first?.type === "ExpressionStatement" && first.directive === "use client";
}

const relFile = (context) => path.relative(ROOT, context.filename).split(path.sep).join("/");

const boundaries = {
  meta: { name: "gureum-boundaries" },
  rules: {
    "alias-across-modules": {
      meta: {
        type: "problem",
        fixable: "code",
        docs: { description: "Imports that leave their module use the @/ alias, so the folder rules can see them." },
        messages: { alias: "Import across modules with the alias: '{{alias}}'." },
        schema: [],
      },
      create(context) {
        const file = relFile(context);
        return importSources(context, (node, specifier) => {
          if (!specifier.startsWith(".")) return;
          const target = path.posix.join(path.posix.dirname(file), specifier);
          if (unitOf(target) === unitOf(file)) return;
          const alias = `@/${target}`;
          context.report({
            node: node.source,
            messageId: "alias",
            data: { alias },
            fix: (fixer) => fixer.replaceText(node.source, JSON.stringify(alias)),
          });
        });
      },
    },
    "core-through-index": {
      meta: {
        type: "problem",
        docs: { description: "Code outside a core module imports it only through its index." },
        messages: {
          index: "Import '{{module}}' through its index ('@/{{module}}'), not '{{specifier}}'.",
        },
        schema: [],
      },
      create(context) {
        const file = relFile(context);
        // Code that ends up in the browser may import the one core file it needs: an index re-exports zod schemas
        // and every simulator, which a bundle keeps whole (measured in commit 6c7737e and BENCHMARKS.md).
        if (file.startsWith("components/") || isClientModule(context)) return {};
        return importSources(context, (node, specifier) => {
          const target = targetOf(specifier, file);
          if (target === null) return;
          const parts = target.split("/");
          if (parts[0] !== "lib" || !CORE_MODULES.includes(parts[1]) || parts.length <= 2) return;
          // The simulators are one family: ec2 is built on ebs's block store and outcome types.
          if (file.startsWith("lib/sim/") && parts[1] === "sim") return;
          const inside = (module) => file.startsWith(`${module}/`);
          if (ONE_LEVEL_DEEP.has(parts[1])) {
            // lib/sim/iam and lib/i18n/messages are entry points; what lies below them belongs to that folder.
            if (parts.length === 3) return;
            const module = parts.slice(0, 3).join("/");
            if (inside(module)) return;
            context.report({ node: node.source, messageId: "index", data: { module, specifier } });
            return;
          }
          const module = parts.slice(0, 2).join("/");
          if (inside(module)) return;
          context.report({ node: node.source, messageId: "index", data: { module, specifier } });
        });
      },
    },
  },
};

// ---------------------------------------------------------------------------------------------------------------

export default defineConfig(
  {
    ignores: [
      "node_modules/",
      ".next/",
      ".data/",
      "lib/db/generated/",
      "next-env.d.ts",
      "test-results/",
      "tmp/",
      ".scratch/",
      "content/",
    ],
  },
  { files: [SOURCE], extends: [js.configs.recommended, tseslint.configs.recommended] },
  {
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks, "@next/next": nextPlugin },
    rules: { ...reactHooks.configs.flat.recommended.rules, ...nextPlugin.configs["core-web-vitals"].rules },
  },
  {
    rules: {
      // Unused arguments and caught errors named with a leading underscore are deliberate.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
    },
  },

  // ----- Boundaries -----
  {
    files: PRODUCTION.map((glob) => glob.replace(/\*\*$/, SOURCE)),
    plugins: { boundaries },
    rules: { "boundaries/alias-across-modules": "error", "boundaries/core-through-index": "error" },
  },
  { files: CORE_FILES, rules: { "no-restricted-imports": ["error", { patterns: coreRestrictions }] } },
  {
    files: ["lib/**"],
    ignores: CORE_FILES,
    rules: { "no-restricted-imports": ["error", { patterns: [toApp] }] },
  },
  { files: ["components/**"], rules: { "no-restricted-imports": ["error", { patterns: componentRestrictions }] } },
  {
    files: [SOURCE],
    ignores: ["lib/db/**", "scripts/**", "tests/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: `MemberExpression[property.name=${RAW_SQL}]`, message: rawSqlMessage },
        { selector: `MemberExpression[property.value=${RAW_SQL}]`, message: rawSqlMessage },
        { selector: `ObjectPattern > Property[key.name=${RAW_SQL}]`, message: rawSqlMessage },
      ],
    },
  },
);

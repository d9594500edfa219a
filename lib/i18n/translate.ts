import { isJosaOption, pickJosa } from "./josa";
import type { Language } from "./localized";

/** A parameter's value; `{ code }` marks an identifier that `formatParts` keeps apart (shown as code). */
export type MessageParams = Record<string, string | number | { code: string }>;

/**
 * A lookup of interface text in one language. Placeholders in a message:
 * - `{name}`: the parameter as given;
 * - `{name|이/가}`: the parameter followed by the Korean particle its last syllable takes (see `pickJosa`);
 * - `{n, plural, one {# day} other {# days}}`: the branch `Intl.PluralRules` picks for the number (`=0` matches it
 *   exactly first), `#` standing for the number. A missing branch falls back to `other`.
 * A placeholder whose parameter is missing is left as written, so the gap shows.
 */
export type Translate<K extends string> = (key: K, params?: MessageParams) => string;

const pluralRules = new Map<string, Intl.PluralRules>();

function pluralCategory(language: Language, value: number): string {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  return rules.select(value);
}

/** The index just past the `}` that closes the `{` at `open`, or -1. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return i + 1;
  }
  return -1;
}

/** The `selector {text}` branches of a plural placeholder. */
function pluralBranches(body: string): Map<string, string> {
  const branches = new Map<string, string>();
  let rest = body.trim();
  while (rest !== "") {
    const selector = /^(=\d+|zero|one|two|few|many|other)\s*\{/.exec(rest);
    if (!selector) break;
    const open = selector[0].length - 1;
    const end = closing(rest, open);
    if (end < 0) break;
    branches.set(selector[1]!, rest.slice(open + 1, end - 1));
    rest = rest.slice(end).trim();
  }
  return branches;
}

/** A piece of a filled message: text, or a parameter the caller asked to keep apart (an identifier shown as code). */
export type MessagePart = string | { code: string };

function placeholder(body: string, params: MessageParams | undefined, language: Language): MessagePart[] | null {
  const plural = /^\s*(\w+)\s*,\s*plural\s*,([\s\S]*)$/.exec(body);
  if (plural) {
    const value = params?.[plural[1]!];
    if (typeof value !== "number") return null;
    const branches = pluralBranches(plural[2]!);
    const branch = branches.get(`=${value}`) ?? branches.get(pluralCategory(language, value)) ?? branches.get("other");
    return branch === undefined ? null : formatParts(branch.replaceAll("#", String(value)), params, language);
  }
  const particle = /^(\w+)\|(.+)$/.exec(body);
  const name = particle ? particle[1]! : /^\w+$/.test(body) ? body : null;
  const value = name === null ? undefined : params?.[name];
  if (value === undefined) return null;
  const part: MessagePart = typeof value === "object" ? { code: value.code } : String(value);
  if (!particle) return [part];
  const option = particle[2]!;
  if (!isJosaOption(option)) return null;
  return [part, pickJosa(typeof part === "string" ? part : part.code, option)];
}

/**
 * A message filled as parts: parameters given as `{ code }` come back as code parts, so that the interface can show
 * them as identifiers (a field path, a security group id); the rest is text, neighbouring text parts joined.
 */
export function formatParts(template: string, params: MessageParams | undefined, language: Language): MessagePart[] {
  const parts: MessagePart[] = [];
  const push = (part: MessagePart) => {
    const last = parts.at(-1);
    if (typeof part === "string" && typeof last === "string") parts[parts.length - 1] = last + part;
    else if (part !== "") parts.push(part);
  };
  let at = 0;
  while (at < template.length) {
    const open = template.indexOf("{", at);
    if (open < 0) break;
    const end = closing(template, open);
    if (end < 0) break;
    push(template.slice(at, open));
    const filled = placeholder(template.slice(open + 1, end - 1), params, language);
    for (const part of filled ?? [template.slice(open, end)]) push(part);
    at = end;
  }
  push(template.slice(at));
  return parts;
}

function format(template: string, params: MessageParams | undefined, language: Language): string {
  return formatParts(template, params, language)
    .map((part) => (typeof part === "string" ? part : part.code))
    .join("");
}

/** The parameter names a message's placeholders read, sorted and without repeats (for checks across languages). */
export function placeholderNames(template: string): string[] {
  const names = new Set<string>();
  const scan = (text: string) => {
    for (let at = text.indexOf("{"); at >= 0;) {
      const end = closing(text, at);
      if (end < 0) return;
      const body = text.slice(at + 1, end - 1);
      const plural = /^\s*(\w+)\s*,\s*plural\s*,([\s\S]*)$/.exec(body);
      if (plural) {
        names.add(plural[1]!);
        for (const branch of pluralBranches(plural[2]!).values()) scan(branch);
      } else {
        const name = /^(\w+)(?:\|.+)?$/.exec(body)?.[1];
        if (name !== undefined) names.add(name);
      }
      at = text.indexOf("{", end);
    }
  };
  scan(template);
  return [...names].sort();
}

/**
 * The lookup for one language's messages. It holds no catalogue of its own, so a client component can build its
 * lookup from the messages its server component picked, and the browser never receives the other language.
 * `language` chooses the plural rules; without it English's are used, which leave Korean messages (written without
 * plural branches: Korean nouns do not inflect for number) unchanged.
 */
export function translateWith<K extends string>(
  messages: Readonly<Record<K, string>>,
  language: Language = "en",
): Translate<K> {
  return (key, params) => format(messages[key], params, language);
}

/** Like `Translate`, but identifiers (parameters given as `{ code }`) come back as parts of their own. */
export type TranslateParts<K extends string> = (key: K, params?: MessageParams) => MessagePart[];

/** The parts lookup for one language's messages, for text that shows identifiers apart from the words around them. */
export function translatePartsWith<K extends string>(
  messages: Readonly<Record<K, string>>,
  language: Language = "en",
): TranslateParts<K> {
  return (key, params) => formatParts(messages[key], params, language);
}

/** The keys of a catalogue that belong to the given groups (`"auth"` holds every `auth.*` key). */
export type GroupKey<K extends string, G extends string> = Extract<K, `${G}.${string}`>;

/**
 * The messages of the given key groups only: what a server component hands to a client component, so the browser
 * gets the texts that client shows and nothing else.
 */
export function pickGroups<K extends string, G extends string>(
  messages: Readonly<Record<K, string>>,
  groups: readonly G[],
): Record<GroupKey<K, G>, string> {
  const picked = Object.entries<string>(messages).filter(([key]) =>
    groups.some((group) => key.startsWith(`${group}.`)),
  );
  return Object.fromEntries(picked) as Record<GroupKey<K, G>, string>;
}

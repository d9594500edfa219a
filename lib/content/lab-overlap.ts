import type { SimExample } from "@/lib/sim/examples";
import { cidrContains, isVpcPrivateAddress, parseCidr, parseIp, type Cidr } from "@/lib/sim/net";
import { canonicalJson } from "./canonical-json";
import type { ContentIssue, TopicQuestion } from "./validate";

/** What the overlap check reads of a Lab example. */
export type LabExample = Pick<SimExample, "id" | "sim" | "input">;

/** AWS resource ids (`sg-web`, `i-1`, `vol-0abc`, `vpc-1`, `lc-old`…): names, wherever they appear. */
const RESOURCE_ID =
  /^(?:sg|i|vol|snap|vpc|vpce|subnet|eni|ami|eipalloc|lt|lc|fs|fsmt|fsap|tg|acl|rtb|igw)-[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/;
/** An AWS account id. */
const ACCOUNT_ID = /^\d{12}$/;
/** Keys whose string value is a name whatever its shape: a group's or target's id, a Sid, a launch template's name. */
const NAME_KEYS = new Set(["id", "Sid", "name"]);
/** A wildcard or policy variable: matched against other strings, so kept as written. */
const PATTERN = /[*?]|\$\{/;

/**
 * Replaces names by placeholders numbered in order of first appearance, so `sg-web … sg-web … sg-db` and
 * `sg-a … sg-a … sg-b` both become `#0 … #0 … #1`. The same string always gets the same placeholder, so which things
 * refer to which survives; only the spelling of the names is lost.
 */
class Renamer {
  private readonly names = new Map<string, string>();

  constructor(private readonly cidrs: readonly { text: string; cidr: Cidr }[]) {}

  private placeholder(text: string, label: string): string {
    let found = this.names.get(text);
    if (found === undefined) {
      found = `<${label}#${this.names.size}>`;
      this.names.set(text, found);
    }
    return found;
  }

  key(key: string): string {
    return RESOURCE_ID.test(key) ? this.placeholder(key, "name") : key;
  }

  string(text: string, key: string): string {
    if (NAME_KEYS.has(key) || RESOURCE_ID.test(text) || ACCOUNT_ID.test(text)) return this.placeholder(text, "name");
    if (text.startsWith("arn:")) return this.arn(text);
    const ip = parseIp(text);
    if (ip !== null) {
      // A host address is a name too, but what the simulators can observe of it stays: whether it is a private
      // address and which of the input's CIDR blocks contain it.
      const within = this.cidrs.filter((c) => cidrContains(c.cidr, ip)).map((c) => c.text);
      return `${this.placeholder(text, "ip")}(${isVpcPrivateAddress(ip) ? "private" : "public"} in ${within.join(" ")})`;
    }
    return text;
  }

  /**
   * `arn:partition:service:region:account:resource`: the account and the resource's names are renamed; the partition,
   * service, region, the resource type (`user/`, `instance/`, `assumed-role/`; an S3 ARN has none, its first part is
   * the bucket), the account root (`:root`) and any part holding a wildcard or policy variable are kept.
   */
  private arn(text: string): string {
    const parts = text.split(":");
    if (parts.length < 6) return text;
    const [arn, partition, service, region, account = ""] = parts;
    const renamedAccount = account === "" || PATTERN.test(account) ? account : this.placeholder(account, "name");
    const segments = parts.slice(5).join(":").split("/");
    const resource = segments.map((segment, index) => {
      if (segment === "" || PATTERN.test(segment)) return segment;
      if (service !== "s3" && index === 0 && (segments.length > 1 || segment === "root")) return segment; // the type
      return this.placeholder(segment, "name");
    });
    return [arn, partition, service, region, renamedAccount, resource.join("/")].join(":");
  }
}

function cidrsOf(value: unknown, into: { text: string; cidr: Cidr }[] = []): { text: string; cidr: Cidr }[] {
  if (typeof value === "string") {
    const cidr = value.includes("/") ? parseCidr(value) : null;
    if (cidr !== null && !into.some((c) => c.text === value)) into.push({ text: value, cidr });
  } else if (Array.isArray(value)) {
    for (const item of value) cidrsOf(item, into);
  } else if (value && typeof value === "object") {
    for (const item of Object.values(value)) cidrsOf(item, into);
  }
  return into;
}

function rename(value: unknown, key: string, renamer: Renamer): unknown {
  if (typeof value === "string") return renamer.string(value, key);
  if (Array.isArray(value)) return value.map((item) => rename(item, key, renamer));
  if (value && typeof value === "object") {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([k, v]) => [renamer.key(k), rename(v, k, renamer)]));
  }
  return value;
}

/**
 * A simulator input with every name replaced by a placeholder (see {@link labOverlapIssues} for what counts as a name),
 * as canonical JSON: two inputs that differ only in how their things are named give the same text.
 */
export function renamedInputKey(input: unknown): string {
  return canonicalJson(rename(input, "", new Renamer(cidrsOf(input))));
}

/**
 * Public Labs must not show a question's answer: an issue for every question whose scenario input is, for the same
 * simulator, the input of a Lab example (lib/sim/examples) or a trivial rename of it.
 *
 * - **Identical**: equal canonical JSON (object keys sorted at every depth).
 * - **Trivial rename**: equal after every name is replaced by a placeholder numbered in order of first appearance (the
 *   same name always maps to the same placeholder, so which rule refers to which group is kept). Names are: AWS
 *   resource ids (`sg-…`, `i-…`, `vol-…`, `vpc-…`, `lc-…`; as values or as map keys such as `launchedAt`), any value
 *   under `id`, `Sid` or `name`, 12-digit account ids, the account and resource names inside ARNs (bucket, object key
 *   parts, user and role names; never the service, region, resource type, wildcards or policy variables) and host IP
 *   addresses, whose placeholder keeps whether the address is private and which of the input's CIDR blocks contain it.
 *
 * Everything else stays as written: numbers (ports, rule numbers, sizes, times), CIDR blocks, protocols, actions,
 * effects, AZs, Regions, instance and volume types, condition keys and values. A scenario that differs in any of
 * those is a different scenario. (A rename that changes the sorted order of names used as map keys can slip through.)
 */
export function labOverlapIssues(
  questions: readonly Pick<TopicQuestion, "id" | "file" | "scenario">[],
  examples: readonly LabExample[],
): ContentIssue[] {
  const keyed = examples.map((example) => ({
    example,
    exact: canonicalJson(example.input),
    renamed: renamedInputKey(example.input),
  }));
  const found: ContentIssue[] = [];
  for (const q of questions) {
    if (!q.scenario) continue;
    const exact = canonicalJson(q.scenario.input);
    const renamed = renamedInputKey(q.scenario.input);
    for (const k of keyed) {
      if (k.example.sim !== q.scenario.sim) continue;
      const how = k.exact === exact ? "identical to" : k.renamed === renamed ? "a renamed copy of" : null;
      if (how === null) continue;
      found.push({
        file: q.file,
        id: q.id,
        field: "scenario.input",
        message: `the public Lab example ${k.example.sim}/${k.example.id} (lib/sim/examples/${k.example.sim}.ts) is ${how} this scenario, so the Lab shows the answer: change the example`,
      });
    }
  }
  return found;
}

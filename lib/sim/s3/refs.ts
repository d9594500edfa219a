/**
 * The contract's refs: `identity[i].Statement[j]`, `boundary.Statement[j]`, `bucketPolicy.Statement[j]`,
 * `bucketAcl[k]`, `objectAcl[k]`, 0-based.
 */
export type RefSource = "identity" | "boundary" | "bucketPolicy" | "bucketAcl" | "objectAcl";

const ORDER: readonly RefSource[] = ["identity", "boundary", "bucketPolicy", "bucketAcl", "objectAcl"];

export function refText(source: RefSource, index: number, policy = 0): string {
  switch (source) {
    case "identity":
      return `identity[${policy}].Statement[${index}]`;
    case "boundary":
    case "bucketPolicy":
      return `${source}.Statement[${index}]`;
    case "bucketAcl":
    case "objectAcl":
      return `${source}[${index}]`;
  }
}

/** A ref read back: its source, the policy index (identity only) and the statement or grant index. */
export function parseRef(ref: string): { source: RefSource; policy: number; index: number } | null {
  const match = /^(identity|boundary|bucketPolicy|bucketAcl|objectAcl)(?:\[(\d+)\])?(?:\.Statement\[(\d+)\])?$/.exec(
    ref,
  );
  if (match?.[1] === undefined) return null;
  const source = match[1] as RefSource;
  const statement = match[3];
  const bracket = match[2];
  if (source === "identity") return { source, policy: Number(bracket ?? 0), index: Number(statement ?? 0) };
  return { source, policy: 0, index: Number(statement ?? bracket ?? 0) };
}

function rank(ref: string): [number, number, number] {
  const parsed = parseRef(ref);
  return parsed === null ? [ORDER.length, 0, 0] : [ORDER.indexOf(parsed.source), parsed.policy, parsed.index];
}

/** Canonical order (identity by policy then statement, boundary, bucketPolicy, bucketAcl, objectAcl), no duplicates. */
export function canonical(refs: readonly string[]): string[] {
  return [...new Set(refs)].sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  });
}

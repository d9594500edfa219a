import type { ContextValue } from "./types";

/** Looks up a condition key (any case); `undefined` = the key is absent from the request context. */
export type ContextLookup = (key: string) => ContextValue | undefined;

/**
 * Condition key names are case-insensitive ("`aws:CurrentTime` is equivalent to `AWS:currenttime`"), so the context is
 * indexed by lower-cased key. Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html
 */
export function contextLookup(context: Readonly<Record<string, ContextValue>>): ContextLookup {
  const byKey = new Map<string, ContextValue>();
  for (const [key, value] of Object.entries(context)) byKey.set(key.toLowerCase(), value);
  return (key) => byKey.get(key.toLowerCase());
}

/**
 * The address a sign-in attempt came from, for the per-address throttle. Each proxy in front of the app appends the
 * address it saw to X-Forwarded-For, so with `trustedProxies` of them the client's address is that many entries
 * from the right; everything to its left was written by the client and could be anything. Without a proxy Next.js
 * sets the header to the socket's address only when the request has none, so a client talking to the app directly
 * can still choose it: the per-account throttle is the one that holds either way.
 */
export function clientAddress(headers: Record<string, unknown> | undefined, trustedProxies: number): string | null {
  const forwarded = headers?.["x-forwarded-for"];
  const entries =
    typeof forwarded === "string"
      ? forwarded
          .split(",")
          .map((e) => e.trim())
          .filter(Boolean)
      : [];
  const chosen = entries[Math.max(0, entries.length - trustedProxies)];
  const real = headers?.["x-real-ip"];
  return chosen ?? (typeof real === "string" && real.trim() !== "" ? real.trim() : null);
}

const BASE = "http://gureum.invalid";

/**
 * The path to go to after signing in or up: only a path of this site, whatever the link says. The value is parsed the
 * way a browser parses it (tabs and line breaks removed, backslashes read as slashes), so "/\t/evil.example" or
 * "/\\evil.example" cannot become another origin; anything that is not a same-origin path gives "/".
 */
export function safeCallbackUrl(value: string | string[] | undefined): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw || !raw.startsWith("/")) return "/";
  let parsed: URL;
  try {
    parsed = new URL(raw, BASE);
  } catch {
    return "/";
  }
  if (parsed.origin !== BASE) return "/";
  const path = `${parsed.pathname}${parsed.search}${parsed.hash}`;
  // "/.//evil" normalises to "//evil", which a browser reads as another host: check the result the same way.
  return new URL(path, BASE).origin === BASE && !path.startsWith("//") ? path : "/";
}

/**
 * The page's Content-Security-Policy. Scripts run only with this response's nonce (Next.js reads it from the request's
 * CSP header and puts it on its own scripts), and 'strict-dynamic' lets those scripts load the app's chunks: an
 * injected <script> or inline handler does not run. Styles keep 'unsafe-inline' because React and the charts set
 * style attributes, which a nonce cannot cover. Development adds 'unsafe-eval' for React's debugging tools.
 */
export function contentSecurityPolicy(nonce: string, development: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** 128 random bits, base64: unguessable and fresh for every response. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

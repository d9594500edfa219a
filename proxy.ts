import { NextResponse, type NextRequest } from "next/server";
import { clientAddress } from "@/lib/auth/client-address";
import { AddressWindow } from "@/lib/http/address-window";
import { contentSecurityPolicy, newNonce } from "@/lib/http/content-security-policy";
import { guardActionRequest } from "@/lib/http/server-action-guard";

function malformedPath(pathname: string): boolean {
  try {
    for (const segment of pathname.split("/")) decodeURIComponent(segment);
    return false;
  } catch {
    return true;
  }
}

// Pages whose actions cost an Argon2 hash or an e-mail: a flood from one address is refused here, cheaply.
const METERED_ACTION_PAGES = new Set(["/sign-up", "/forgot-password"]);
const meteredPosts = new AddressWindow(3 * Number(process.env.SIGN_UP_LIMIT_PER_ADDRESS ?? 10), 15 * 60 * 1000);

const FLOOD_ANSWER_DELAY_MS = 1000;

function floodRetryAfter(request: NextRequest): number {
  if (request.method !== "POST" || !METERED_ACTION_PAGES.has(request.nextUrl.pathname)) return 0;
  const headers = Object.fromEntries(request.headers.entries());
  const address = clientAddress(headers, Number(process.env.TRUSTED_PROXIES ?? 1)) ?? "unknown";
  return meteredPosts.retryAfter(address, Date.now());
}

/**
 * Gives every page a fresh CSP nonce (lib/http/content-security-policy.ts); holds back floods of sign-up and reset
 * posts from one address (429); and turns requests Next.js cannot decode into 4xx answers with a message: paths with
 * broken percent-encoding (Next.js fails on them in dynamic segments with a 500), and server-action requests it would
 * answer with a 500 — cross-origin ones (403), oversized bodies (413, by Content-Length or by a running count),
 * undecodable ones (400/415); see lib/http/server-action-guard.ts.
 */
export async function proxy(request: NextRequest) {
  if (malformedPath(request.nextUrl.pathname))
    return NextResponse.json({ error: "Malformed URL: invalid percent-encoding" }, { status: 400 });
  const wait = floodRetryAfter(request);
  if (wait > 0) {
    // Answering a flood at once only invites the next request: held for a second, 32 connections cost 32 cheap
    // answers a second instead of all the CPU a closed loop can take (a timer holds no CPU).
    await new Promise((resolve) => setTimeout(resolve, FLOOD_ANSWER_DELAY_MS));
    return NextResponse.json(
      { error: `Too many requests from this address; try again in ${wait} s` },
      { status: 429, headers: { "Retry-After": String(wait) } },
    );
  }
  const verdict = await guardActionRequest(request);
  if (verdict) return NextResponse.json({ error: verdict.message }, { status: verdict.status });
  const policy = contentSecurityPolicy(newNonce(), process.env.NODE_ENV === "development");
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

// Every page request passes here for its nonce (measured on 2 cores: a trivial route went from about 690 to 500
// requests/s with a proxy in front); static files, API routes and prefetches do not, since no document renders from
// them. Action posts (a Next-Action header, or a multipart post to a page, which Next.js decodes as a form action)
// and paths with a percent sign pass here for the guard, API paths included.
export const config = {
  matcher: [
    {
      source: "/((?!api/|_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
    { source: "/((?!_next/static|_next/image|favicon.ico).*)", has: [{ type: "header", key: "next-action" }] },
    { source: "/(.*%.*)" },
  ],
};

// Security headers for every response. A page's Content-Security-Policy is set by proxy.ts, since it carries a fresh
// nonce for each response; API routes get a fixed one that allows nothing.
/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket"],
  // authInterrupts: forbidden() answers 403 (the maintainer pages, for learners).
  experimental: {
    serverActions: { bodySizeLimit: "64kb" },
    authInterrupts: true,
    // Next.js copies the body of every request the proxy sees into memory (up to 10 MB by default) whatever the proxy
    // then decides. The proxy refuses action bodies over 64 KB (lib/http/server-action-guard.ts) and must see one
    // chunk past the limit (Node.js hands over at most 64 KiB at a time) to notice a chunked body crossing it; beyond
    // this Next.js drops the rest of the body unbuffered.
    proxyClientMaxBodySize: "128kb",
  },
  async headers() {
    return [
      // API answers are JSON and files: nothing in them may run, frame or load anything.
      {
        source: "/api/:path*",
        headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }],
      },
      {
        source: "/:path*",
        headers: [
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default nextConfig;

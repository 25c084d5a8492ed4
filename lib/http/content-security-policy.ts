/**
 * The Content-Security-Policy of every page. Scripts run only with this response's nonce ('strict-dynamic' lets
 * Next's own chunk loader add the scripts it needs), so an injected <script> or event-handler attribute does
 * nothing even if some text ever reached the HTML unescaped. Styles may be inline: React's style attributes and
 * the chart theme need it, and CSS cannot run code. Images may come from https (avatars by URL) and data: (the
 * two-factor QR code). Nothing may frame a page. Development adds 'unsafe-eval' for React's dev tooling.
 * Next.js reads the nonce from the request's CSP header and puts it on its own <script> tags (proxy.ts sets both).
 */
export function contentSecurityPolicy(nonce: string, { development = false } = {}) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** JSON and files under /api render nothing: they may load nothing and never be framed. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/**
 * Uploaded files (avatars) besides: opened on their own they are a sandboxed, unique origin, so even a file a
 * browser would misread as a page could run nothing and reach no cookie. Set in next.config.ts: a route's own
 * Content-Security-Policy is replaced by the config's headers for /api.
 */
export const UPLOAD_CONTENT_SECURITY_POLICY = `${API_CONTENT_SECURITY_POLICY}; sandbox`;

/** 128 random bits, base64: unguessable and new for every response. */
export function newNonce() {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

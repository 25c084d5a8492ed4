/**
 * Whether a state-changing, cookie-authenticated request comes from Curtain's own pages. Browsers send `Origin`
 * on every cross-site POST (and `Origin: null` from sandboxed frames, data: URLs and some redirects — refused);
 * without it, `Sec-Fetch-Site` still tells a browser's cross-site request apart. A request with neither comes
 * from no browser, so no other site's page can have sent it with the user's cookie.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (origin !== null) {
    let host: string;
    try {
      host = new URL(origin).host;
    } catch {
      return false; // "null" and anything else that is not a URL
    }
    return ownHosts(request).includes(host);
  }
  const site = request.headers.get("sec-fetch-site");
  return site === null || site === "same-origin" || site === "none";
}

// The host the browser used: behind a proxy that is X-Forwarded-Host, otherwise Host (or the URL Next saw).
function ownHosts(request: Request): string[] {
  const hosts = [request.headers.get("x-forwarded-host")?.split(",")[0]?.trim(), request.headers.get("host")];
  try {
    hosts.push(new URL(request.url).host);
  } catch {
    // a malformed URL adds nothing
  }
  return hosts.filter((h): h is string => Boolean(h));
}

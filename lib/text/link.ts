/**
 * The URL itself when it is an absolute http(s) address, else null. Links built from stored or received data (a
 * platform's answer, a post's media) go through this, so a javascript:, data: or vbscript: URL never becomes an
 * href — whatever an old import, a compromised connector or a direct database write left behind.
 */
export function httpUrlOrNull(value: unknown): string | null {
  if (typeof value !== "string") return null;
  try {
    const { protocol } = new URL(value);
    return protocol === "https:" || protocol === "http:" ? value : null;
  } catch {
    return null;
  }
}

/**
 * An image address that is an absolute http(s) URL or a path on this site (an uploaded avatar), else undefined —
 * the image then shows its fallback instead of the browser trying a javascript: or data: address.
 */
export function imageSrcOrUndefined(value: unknown): string | undefined {
  if (typeof value === "string" && /^\/(?![/\\])/.test(value)) return value;
  return httpUrlOrNull(value) ?? undefined;
}

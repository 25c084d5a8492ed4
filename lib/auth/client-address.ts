import { curtainEnv } from "@/lib/env";

/**
 * The address the per-address sign-in throttle counts against, from X-Forwarded-For.
 *
 * Behind N trusted proxies (CURTAIN_TRUSTED_PROXY_HOPS=N) the client is the N-th entry from the right: each proxy
 * appends the address it saw, so entries further left are whatever the client sent. Without a proxy (N = 0, the
 * default) Next.js fills the header with the socket address only when the request has none, so a client that
 * sends its own header chooses its key: the per-address limit is then best effort, while the per-account limit
 * (keyed by the email) still holds. Deployments behind a proxy should set the hop count.
 */
export function clientAddress(headers: Headers | undefined, trustedHops: number): string {
  const entries = (headers?.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const index = entries.length - Math.max(1, trustedHops);
  return entries[Math.max(0, index)] ?? headers?.get("x-real-ip") ?? "unknown";
}

export function trustedProxyHops(): number {
  return curtainEnv().CURTAIN_TRUSTED_PROXY_HOPS;
}

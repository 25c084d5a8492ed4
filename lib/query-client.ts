import { isServer, QueryClient } from "@tanstack/react-query";

function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      // Server-prefetched data stays fresh briefly so hydration does not refetch at once.
      queries: { staleTime: 30_000, refetchOnWindowFocus: true, retry: 1 },
      // A change made offline fails at once instead of pausing and going through whenever the browser is back.
      mutations: { networkMode: "always", retry: false },
    },
  });
}

let browserClient: QueryClient | undefined;

/** A new client per server request (no data shared between users), one for the whole browser session. */
export function getQueryClient() {
  if (isServer) return makeQueryClient();
  browserClient ??= makeQueryClient();
  return browserClient;
}
